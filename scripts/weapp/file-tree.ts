import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * File types WeChat puts in a mini-program package (miniprogram-ci's built-in list, used when
 * it cannot fetch the current one); anything else, such as *.LICENSE.txt, is left out.
 */
const SHIPPED_EXTENSIONS = new Set(
  (
    '.wxml .wxss .wxs .js .json .png .jpg .jpeg .gif .svg .cer .crt .cert .ico .cur ' +
    '.mp3 .aac .m4a .mp4 .wav .ogg .silk .wasm .br .skel'
  ).split(' '),
);

/**
 * WeChat's compiler drops project.private.config.json and replaces project.config.json with a
 * 64-byte stub; sitemap.json does ship.
 */
const TOOL_FILES = new Set(['project.config.json', 'project.private.config.json']);

/** A file of the built weapp: posix path relative to the weapp root, size in bytes. */
export interface TreeFile {
  path: string;
  size: number;
}

function walk(root: string, relative: string, found: TreeFile[]): void {
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(root, child, found);
      continue;
    }
    found.push({ path: child, size: statSync(path.join(root, child)).size });
  }
}

/** The files of dist/weapp WeChat would ship, and those it would leave out. */
export function listWeappFiles(weappDir: string): { shipped: TreeFile[]; skipped: TreeFile[] } {
  const all: TreeFile[] = [];
  walk(weappDir, '', all);

  const isShipped = (file: TreeFile): boolean =>
    !TOOL_FILES.has(file.path) && SHIPPED_EXTENSIONS.has(path.extname(file.path).toLowerCase());

  return { shipped: all.filter(isShipped), skipped: all.filter((file) => !isShipped(file)) };
}
