import type { CiReport } from './ci-run';

/** The quality item that means a package is over WeChat's own size limit. */
const SIZE_LIMIT_ITEM = 'PACKAGE_SIZE_LIMIT';

/** Report lines about miniprogram-ci's findings, and the ones that fail the check. */
export function summariseCi(report: CiReport): { lines: string[]; failures: string[] } {
  const lines: string[] = [];
  const failures: string[] = [];

  if (report.compiledSizes.ok) {
    lines.push(`offline compile: ok in ${report.compileSeconds.toFixed(1)} s`);
  } else {
    failures.push(`offline compile failed: ${report.compiledSizes.error}`);
  }

  if (!report.analysedSizes.ok) failures.push(`analyseCode failed: ${report.analysedSizes.error}`);
  for (const error of report.moduleErrors) failures.push(`analyseCode: ${error}`);
  if (report.analysedSizes.ok && report.moduleErrors.length === 0) {
    lines.push('analyseCode: ok, no module errors');
  }

  if (!report.quality.ok) {
    failures.push(`checkCodeQuality failed: ${report.quality.error}`);
    return { lines, failures };
  }

  const sizeItem = report.quality.value.find((item) => item.name === SIZE_LIMIT_ITEM);
  if (sizeItem?.success === false)
    failures.push(`checkCodeQuality: ${sizeItem.text ?? SIZE_LIMIT_ITEM}`);
  lines.push(`checkCodeQuality: package size ${sizeItem?.success === false ? 'FAILED' : 'ok'}`);

  const advice = report.quality.value.filter(
    (item) => item.success === false && item.name !== SIZE_LIMIT_ITEM,
  );
  for (const item of advice)
    lines.push(`  advice (not a failure): ${item.text ?? item.name ?? '?'}`);

  return { lines, failures };
}
