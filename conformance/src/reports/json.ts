import type { RunReport } from '../run.ts';

/**
 * report.json: the run as data, valid against conformance/schema/report.schema.json. Evidence comes in
 * only through the check results, which the runner has already redacted (tokens, 個人番号).
 */
export function jsonReport(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
