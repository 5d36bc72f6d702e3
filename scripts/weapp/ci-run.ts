import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sumByPackage } from './app-json';
import type { CiProject, CiQualityItem, MiniprogramCi } from './ci-types';
import { withQuietConsole } from './quiet';

/** A step's value, or the message it failed with. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** What miniprogram-ci said about the built weapp. */
export interface CiReport {
  analysedSizes: Outcome<Map<string, number>>;
  moduleErrors: string[];
  quality: Outcome<CiQualityItem[]>;
  compiledSizes: Outcome<Map<string, number>>;
  compileSeconds: number;
  captured: string[];
}

async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function readAppid(projectConfigFile: string): string {
  try {
    const config: unknown = JSON.parse(readFileSync(projectConfigFile, 'utf8'));
    const appid: unknown =
      config !== null && typeof config === 'object' ? Reflect.get(config, 'appid') : null;
    return typeof appid === 'string' && appid !== '' ? appid : 'touristappid';
  } catch {
    return 'touristappid';
  }
}

async function runSteps(ci: MiniprogramCi, project: CiProject, roots: string[]): Promise<CiReport> {
  const analysis = await attempt(async () => {
    const result = await ci.analyseCode(project, { silent: true });
    if (!result) throw new Error('analyseCode returned nothing');
    return result;
  });
  const analysedSizes: Outcome<Map<string, number>> = analysis.ok
    ? { ok: true, value: sumByPackage(analysis.value.files, roots) }
    : analysis;
  const moduleErrors = analysis.ok
    ? analysis.value.modules.flatMap((module) =>
        [...(module.errors ?? []), ...(module.buildError ? [module.buildError] : [])].map(
          (error) => `${module.path}: ${error}`,
        ),
      )
    : [];

  const quality = await attempt(() => ci.checkCodeQuality(project));

  const started = Date.now();
  const compiled = await attempt(() =>
    ci.getCompiledResult({ project, version: '0.0.0', setting: { useProjectConfig: true } }),
  );
  const compiledFiles = compiled.ok
    ? Object.entries(compiled.value).map(([file, content]) => ({
        path: file,
        size: Buffer.byteLength(content),
      }))
    : [];

  return {
    analysedSizes,
    moduleErrors,
    quality,
    compiledSizes: compiled.ok ? { ok: true, value: sumByPackage(compiledFiles, roots) } : compiled,
    compileSeconds: (Date.now() - started) / 1000,
    captured: [],
  };
}

/**
 * Runs miniprogram-ci's offline analysis, code quality check and compile on the built weapp.
 * Runs in a scratch working directory because the compiler leaves a cache folder in it.
 */
export async function runMiniprogramCi(
  ci: MiniprogramCi,
  weappDir: string,
  subpackageRoots: string[],
): Promise<CiReport> {
  const home = process.cwd();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'weapp-check-'));
  const appid = readAppid(path.resolve(__dirname, '../../project.config.json'));

  process.chdir(scratch);
  try {
    const project = new ci.Project({
      appid,
      type: 'miniProgram',
      projectPath: weappDir,
      privateKey: 'offline-check',
    });
    // Without this the compiler first asks a WeChat host for the app's size limits.
    project.attr = async () => ci.DefaultProjectAttr;

    const { value, captured } = await withQuietConsole(() =>
      runSteps(ci, project, subpackageRoots),
    );
    return { ...value, captured };
  } finally {
    process.chdir(home);
    rmSync(scratch, { recursive: true, force: true });
  }
}
