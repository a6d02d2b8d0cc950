import type { Tally } from '../engine/overall.ts';
import type { RunReport } from '../run.ts';
import { CLASS_NAMES, CLASS_ORDER, overallLabel, ratio, VERDICT_LABELS } from './labels.ts';

/** Table cells never break the table: pipes escaped, line breaks flattened. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Rows listed before the rest is left to report.json (a PR comment has a size limit). */
const LIST_LIMIT = 100;

const row = (label: string, t: Tally) =>
  `| ${label} | ${ratio(t)} | ${t['not-met']} | ${t['not-verified']} | ${t['not-applicable']} | ${t['manual-pending']} |`;
const HEADER = '| 適合 / 対象 met / applicable | × 不適合 not met | 未検証 not verified | 対象外 n/a | 目視確認待ち manual |';

/** A short Markdown summary for a pull-request comment: the verdict, per class, per area, what is not met. */
export function markdownReport(report: RunReport): string {
  const { summary } = report;
  const overall = overallLabel(summary.conformant);
  const product = report.target.product;
  const lines: string[] = [
    `## hogo-conformance: ${summary.conformant ? '✅' : '❌'} ${overall.ja} / ${overall.en}`,
    '',
    `- 版 edition: \`${report.edition}\` — 対象 target: ${product ? `${cell(product.name)} ${cell(product.version)} (${cell(product.build)})` : '(宣言なし / no declaration)'} at \`${report.target.baseUrl}\``,
    `- キット kit: ${report.kit.name} ${report.kit.version} — ${report.startedAt}, ${(report.durationMs / 1000).toFixed(1)} s, ${report.checks.length} checks`,
  ];
  if (report.scope.areas.length + report.scope.requirements.length > 0) {
    lines.push(`- 範囲 scope: ${[...report.scope.areas.map((a) => `area ${a}`), ...report.scope.requirements].join(', ')}`);
  }
  for (const reason of summary.reasons) lines.push(`- ${reason.ja} / ${reason.en}`);
  for (const note of report.declarationNotes) lines.push(`- ⚠ ${note.ja} / ${note.en}`);

  lines.push('', '### 区分別 By class', '', `| 区分 class ${HEADER}`, '|---|---|---|---|---|---|');
  for (const c of CLASS_ORDER) lines.push(row(`${CLASS_NAMES[c].ja} ${CLASS_NAMES[c].en}`, summary.byClass[c]));

  lines.push('', '### 分野別（実装必須） By area (mandatory)', '', `| 分野 area ${HEADER}`, '|---|---|---|---|---|---|');
  for (const [area, tallies] of Object.entries(summary.byArea).sort(([a], [b]) => a.localeCompare(b))) lines.push(row(area, tallies.mandatory));

  lines.push('', '### 業務フローの遷移 Flow transitions', '', '| フロー flow | 正当な遷移の実施 legal exercised | 不正な遷移の拒否 illegal refused |', '|---|---|---|');
  for (const f of report.flows) lines.push(`| ${cell(f.name.ja)} ${cell(f.name.en)} | ${f.summary.exercised} / ${f.summary.legal} | ${f.summary.refused} / ${f.summary.illegal} |`);

  const notMet = report.requirements.filter((r) => r.verdict === 'not-met');
  lines.push('', `### 不適合 Not met (${notMet.length})`, '');
  if (notMet.length === 0) lines.push('なし / none');
  else {
    lines.push('| 機能ID | 機能名称 title | 区分 class | 理由 reason |', '|---|---|---|---|');
    for (const r of notMet.slice(0, LIST_LIMIT)) lines.push(`| ${r.id} | ${cell(r.title.ja)} | ${CLASS_NAMES[r.class].ja} | ${cell(r.reason.ja)} / ${cell(r.reason.en)} |`);
  }
  if (notMet.length > LIST_LIMIT) lines.push('', `… ほか ${notMet.length - LIST_LIMIT} 件 / ${notMet.length - LIST_LIMIT} more in report.json`);
  const notVerified = report.requirements.filter((r) => r.verdict === 'not-verified' && r.class === 'mandatory');
  if (notVerified.length > 0) {
    lines.push('', `<details><summary>${VERDICT_LABELS['not-verified'].ja} / not verified — 実装必須 mandatory (${notVerified.length})</summary>`, '');
    for (const r of notVerified.slice(0, LIST_LIMIT)) lines.push(`- ${r.id} ${cell(r.title.ja)}: ${cell(r.reason.ja)}`);
    if (notVerified.length > LIST_LIMIT) lines.push(`- … ほか ${notVerified.length - LIST_LIMIT} 件 / ${notVerified.length - LIST_LIMIT} more in report.json`);
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}
