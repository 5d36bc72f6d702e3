// The net guard comes first so nothing loaded after it can reach the network.
import { blockedAttempts } from './weapp/net-guard.cjs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSubpackageRoots, sumByPackage } from './weapp/app-json';
import { loadBudgets } from './weapp/budgets';
import { loadMiniprogramCi } from './weapp/ci-loader';
import { runMiniprogramCi, type CiReport } from './weapp/ci-run';
import { summariseCi } from './weapp/ci-summary';
import { listWeappFiles } from './weapp/file-tree';
import { formatTable } from './weapp/format';
import { findSyntaxErrors } from './weapp/js-syntax';
import { withQuietConsole } from './weapp/quiet';
import { buildSizeRows } from './weapp/size-rows';

const WEAPP_DIR = path.resolve(process.env.WEAPP_DIR ?? path.join(__dirname, '../dist/weapp'));

interface CiOutcome {
  report?: CiReport;
  lines: string[];
  failures: string[];
}

/** miniprogram-ci's checks, or a clear note that they were skipped and whether that fails. */
async function checkWithMiniprogramCi(roots: string[]): Promise<CiOutcome> {
  // Loading it already prints progress lines of its own.
  const { value: loaded } = await withQuietConsole(async () => loadMiniprogramCi());
  if (!loaded.ok) {
    const required = process.env.REQUIRE_MINIPROGRAM_CI === '1';
    return {
      lines: [
        `miniprogram-ci check SKIPPED: ${loaded.reason}.`,
        '  (.ci/run installs it; with REQUIRE_MINIPROGRAM_CI=1 a missing one fails the check)',
      ],
      failures: required ? [`miniprogram-ci is required but missing: ${loaded.reason}`] : [],
    };
  }

  const report = await runMiniprogramCi(loaded.ci, WEAPP_DIR, roots);
  const summary = summariseCi(report);
  const lines = [`${loaded.label}:`, ...summary.lines.map((line) => `  ${line}`)];
  if (summary.failures.length > 0 && report.captured.length > 0) {
    lines.push('  its own output:', ...report.captured.map((line) => `    ${line}`));
  }

  return { report, lines, failures: summary.failures };
}

/** miniprogram-ci asks servicewechat.com for its file-type list and uses a built-in one without. */
function describeNetwork(blocked: string[]): string {
  if (blocked.length === 0) return 'network: no connection attempted';

  const known = blocked.every((target) => target.includes('servicewechat.com'));
  const why = known ? ' (its file-type list; it falls back to the built-in one)' : '';
  const targets = blocked.join(', ');
  return `network: ${blocked.length} attempt(s) refused by the net guard: ${targets}${why}`;
}

function finish(failures: string[]): never {
  console.log(failures.length === 0 ? '\nweapp check: PASS' : '\nweapp check: FAIL');
  for (const failure of failures) console.log(`  - ${failure}`);
  process.exit(failures.length === 0 ? 0 : 1);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(WEAPP_DIR, 'app.json'))) {
    console.log(`weapp check: no build at ${WEAPP_DIR} (run npm run build:weapp first)`);
    finish([`${WEAPP_DIR}/app.json is missing`]);
  }

  const budgets = loadBudgets();
  const roots = readSubpackageRoots(WEAPP_DIR);
  const { shipped, skipped } = listWeappFiles(WEAPP_DIR);
  const syntaxErrors = findSyntaxErrors(WEAPP_DIR, shipped);
  const ci = await checkWithMiniprogramCi(roots);

  const sizes = buildSizeRows(
    {
      tree: sumByPackage(shipped, roots),
      analysed: ci.report?.analysedSizes.ok ? ci.report.analysedSizes.value : undefined,
      compiled: ci.report?.compiledSizes.ok ? ci.report.compiledSizes.value : undefined,
    },
    budgets.weapp,
  );

  console.log(`weapp check of ${WEAPP_DIR}, budgets from budgets.json\n`);
  const header = ['package', 'file tree', 'analyseCode', 'compiled', 'budget', 'status'];
  console.log(formatTable(header, sizes.rows));
  if (skipped.length > 0) {
    console.log(
      `\nnot counted (WeChat does not ship them): ${skipped.map((f) => f.path).join(', ')}`,
    );
  }
  console.log(`\n${ci.lines.join('\n')}`);
  console.log(describeNetwork(blockedAttempts()));

  finish([
    ...sizes.failures,
    ...syntaxErrors.map((error) => `syntax error in ${error}`),
    ...ci.failures,
  ]);
}

main().catch((error: unknown) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.log(`weapp check crashed: ${detail}\n\nweapp check: FAIL`);
  process.exit(1);
});
