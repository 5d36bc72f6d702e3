/**
 * The few parts of miniprogram-ci 2.1.42 the check uses, typed here because the package is not a
 * project dependency (its own .d.ts files live in .ci-tools, outside the type check).
 */

/** Limits WeChat would normally send for the app; DefaultProjectAttr holds offline defaults. */
export type CiProjectAttr = Readonly<Record<string, unknown>>;

/** Options of `new ci.Project(...)`. */
export interface CiProjectOptions {
  appid: string;
  type: 'miniProgram';
  projectPath: string;
  privateKey: string;
}

/** A project handle; `attr` is replaced so nothing asks a WeChat host for the app's limits. */
export interface CiProject {
  attr: () => Promise<CiProjectAttr>;
}

/** One file of analyseCode's result; subPackage is 'root/' or null for the main package. */
export interface CiPackageFile {
  path: string;
  size: number;
  subPackage: string | null;
}

/** One analysed module (page, component, script...) with whatever went wrong building it. */
export interface CiModule {
  path: string;
  errors?: string[];
  buildError?: string;
}

/** What analyseCode returns. */
export interface CiAnalyseResult {
  files: CiPackageFile[];
  modules: CiModule[];
}

/** One line of checkCodeQuality's report (PACKAGE_SIZE_LIMIT, JS_COMPRESS_OPEN, ...). */
export interface CiQualityItem {
  name?: string;
  success?: boolean;
  text?: string;
  detail?: unknown;
}

/** Options of getCompiledResult; useProjectConfig compiles with project.config.json settings. */
export interface CiCompileOptions {
  project: CiProject;
  version: string;
  setting: { useProjectConfig: boolean };
}

/** The module itself. */
export interface MiniprogramCi {
  Project: new (options: CiProjectOptions) => CiProject;
  DefaultProjectAttr: CiProjectAttr;
  analyseCode: (
    project: CiProject,
    option: { silent: boolean },
  ) => Promise<CiAnalyseResult | undefined>;
  checkCodeQuality: (project: CiProject) => Promise<CiQualityItem[]>;
  getCompiledResult: (options: CiCompileOptions) => Promise<Record<string, string | Buffer>>;
}
