import type { ReportedRequirement, RunReport } from '../run.ts';
import { CLASS_NAMES, VERDICT_LABELS } from './labels.ts';

/** The columns of a procurement checklist (調達仕様書の機能要件チェックリスト), in its order. */
export const CSV_COLUMNS = ['機能ID', '機能名称', '実装区分', '判定', '理由', '証跡'] as const;

/** A cell Excel would read as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe (CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

/** One field by RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** 証跡: the checks that gave the verdict and their results, one a line (the exchanges are in report.json). */
const evidence = (r: ReportedRequirement) => r.checks.map((c) => `${c.id}: ${c.status}`).join('\n');

/**
 * verdicts.csv: the verdict table, a row per requirement, for a procurement checklist. UTF-8 with a BOM
 * (so that Excel reads the Japanese), CRLF between records, RFC 4180 quoting.
 */
export function csvReport(report: RunReport): string {
  const rows = report.requirements.map((r) => [r.id, r.title.ja, CLASS_NAMES[r.class].ja, VERDICT_LABELS[r.verdict].ja, r.reason.ja, evidence(r)]);
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
