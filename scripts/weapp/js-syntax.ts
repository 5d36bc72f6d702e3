import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';
import type { TreeFile } from './file-tree';

/**
 * Parses (never runs) every shipped script as WeChat would load it, as a CommonJS function body.
 * With `es6: false` in project.config.json the offline compile passes scripts through unparsed,
 * so it would not notice a syntax error on its own.
 */
export function findSyntaxErrors(weappDir: string, files: TreeFile[]): string[] {
  const scripts = files.filter((file) => path.extname(file.path) === '.js');

  return scripts.flatMap((file) => {
    const code = readFileSync(path.join(weappDir, file.path), 'utf8');
    try {
      new Script(`(function (require, module, exports) {\n${code}\n})`, { filename: file.path });
      return [];
    } catch (error) {
      return [`${file.path}: ${error instanceof Error ? error.message : String(error)}`];
    }
  });
}
