import { CLASS_CHANGES, CLASS_JA, RULES } from './rules.ts';
import { detail, reasonsText, ruleText, say, sayL, SEVERITY_LABELS, table, type Lang } from './text.ts';
import { SECTIONS, SEVERITIES, type Change, type DiffReport, type Section } from './types.ts';

export type { Lang } from './text.ts';

const SECTION_LABELS: Record<Section | 'total', [string, string]> = {
  requirements: ['要件', 'Requirements'],
  api: ['API', 'API'],
  data: ['データ項目', 'Data items'],
  codelists: ['コード表', 'Code lists'],
  flows: ['業務フロー', 'Flows'],
  total: ['合計', 'Total'],
};
const heading = (level: number, ja: string, en: string) => `${'#'.repeat(level)} ${ja === en ? ja : `${ja} / ${en}`}`;

function summary(report: DiffReport): string {
  const rows = [...SECTIONS, 'total' as const].map((s) => [
    `${SECTION_LABELS[s][0]} / ${SECTION_LABELS[s][1]}`,
    ...SEVERITIES.map((v) => String(report.summary[s][v])),
  ]);
  return table(['区分 / section', ...SEVERITIES.map((v) => `${SEVERITY_LABELS[v].ja} / ${SEVERITY_LABELS[v].en}`)], rows);
}

function impact(report: DiffReport, lang: Lang): string[] {
  const { impact } = report;
  const out = [heading(2, '再試験の影響', 'Re-test impact'), ''];
  if (!impact.checksGiven) {
    out.push(`> ${say(lang, 'チェック一覧が与えられていません（--checks）。影響を受ける要件のみを示します。', 'The check list was not given (--checks): only the impacted requirements are listed.')}`, '');
  } else {
    out.push(heading(3, '再実行するチェック', 'Checks to re-run'), '');
    const rows = impact.checks.map((c) => [
      `\`${c.id}\``,
      c.title ? sayL(lang, c.title) : '',
      [c.newCheck ? say(lang, '新しいチェック', 'new check') : '', reasonsText(lang, c.reasons)].filter(Boolean).join('; '),
    ]);
    out.push(table([say(lang, 'チェック', 'check'), say(lang, '名称', 'title'), say(lang, '理由', 'reasons')], rows) || say(lang, 'なし', 'none'), '');
  }
  out.push(heading(3, '影響を受ける要件', 'Impacted requirements'), '');
  const rows = impact.requirements.map((r) => [`\`${r.id}\``, sayL(lang, r.title), reasonsText(lang, r.reasons, false)]);
  out.push(table([say(lang, '要件', 'requirement'), say(lang, '名称', 'title'), say(lang, '理由', 'reasons')], rows) || say(lang, 'なし', 'none'), '');
  if (impact.checksGiven) {
    const lists: [string, string, string[]][] = [
      ['以前の証跡が引き続き有効な要件', 'Requirements whose earlier evidence still holds', impact.evidenceHolds],
      ['以前の確認が引き続き有効な手動確認の要件', 'Manual requirements whose earlier attestation still holds', impact.manualEvidenceHolds],
      ['変更はないがチェックのない要件', 'Unchanged requirements no check verifies', impact.withoutChecks],
      ['適用されなくなったチェック', 'Checks that no longer apply', impact.noLongerApplicable],
    ];
    for (const [ja, en, ids] of lists) {
      out.push(heading(3, ja, en), '', ids.length ? ids.map((id) => `\`${id}\``).join(', ') : say(lang, 'なし', 'none'), '');
    }
  }
  return out;
}

function requirementSection(changes: Change[], lang: Lang): string[] {
  const out: string[] = [];
  const of = (prefix: string) => changes.filter((c) => c.rule.startsWith(prefix));
  const titled = (c: Change, side: 'from' | 'to') => {
    const value = c[side] as { class: keyof typeof CLASS_JA; title: { ja: string; en: string } };
    return [`\`${c.target}\``, say(lang, CLASS_JA[value.class], value.class), sayL(lang, value.title)];
  };
  const head = [say(lang, '要件', 'requirement'), say(lang, '実装区分', 'class'), say(lang, '名称', 'title')];
  const groups: [string, string, string[][]][] = [
    ['追加', 'Added', of('req.added.').map((c) => titled(c, 'to'))],
    ['削除', 'Removed', of('req.removed').map((c) => titled(c, 'from'))],
  ];
  for (const [ja, en, rows] of groups) if (rows.length) out.push(heading(3, ja, en), '', table(head, rows), '');
  const reworded = of('req.reworded');
  if (reworded.length) {
    out.push(heading(3, '文言の変更', 'Reworded'), '');
    for (const c of reworded) {
      const [a, b] = [c.from, c.to] as { title: { ja: string; en: string }; text: string }[];
      out.push(`- \`${c.target}\` ${sayL(lang, b!.title)}`);
      if (a!.title.ja !== b!.title.ja || a!.title.en !== b!.title.en) out.push(`  - ${say(lang, '旧名称', 'old title')}: ${sayL(lang, a!.title)}`);
      if (a!.text !== b!.text) out.push(`  - ${say(lang, '旧', 'old')}: ${a!.text}`, `  - ${say(lang, '新', 'new')}: ${b!.text}`);
    }
    out.push('');
  }
  const rest = changes.filter((c) => !/^req\.(added|removed|reworded)/.test(c.rule));
  if (rest.length) out.push(heading(3, '実装区分・検証方法・関連の変更', 'Class, testability and link changes'), '', changeTable(rest, lang), '');
  return out;
}

function changeTable(changes: Change[], lang: Lang): string {
  const rows = changes.map((c) => [
    sayL(lang, SEVERITY_LABELS[c.severity]),
    `\`${c.rule}\` ${ruleText(lang, c.rule)}`,
    `\`${c.target}\``,
    c.location ?? '',
    detail(c),
  ]);
  return table([say(lang, '区分', 'severity'), say(lang, '規則', 'rule'), say(lang, '対象', 'target'), say(lang, '箇所', 'where'), say(lang, '内容', 'detail')], rows);
}

function rules(lang: Lang): string[] {
  const classRows = CLASS_CHANGES.map(([from, to, severity]) => [
    say(lang, `${CLASS_JA[from]} → ${CLASS_JA[to]}`, `${from} → ${to}`),
    sayL(lang, SEVERITY_LABELS[severity]),
    `req.class.${from}-to-${to}`,
  ]);
  const ruleRows = RULES.map((r) => [`\`${r.id}\``, sayL(lang, SEVERITY_LABELS[r.severity]), say(lang, r.ja, r.en)]);
  return [
    heading(2, '分類規則', 'Classification rules'),
    '',
    heading(3, '実装区分の変更（事業者から見た互換性）', 'Class changes (compatibility for vendors)'),
    '',
    table([say(lang, '変更', 'change'), say(lang, '区分', 'severity'), say(lang, '規則', 'rule')], classRows),
    '',
    heading(3, '規則一覧', 'All rules'),
    '',
    table([say(lang, '規則', 'rule'), say(lang, '区分', 'severity'), say(lang, '説明', 'description')], ruleRows),
    '',
  ];
}

/** The diff as Markdown: summary table first, then re-test impact, each section, and the rules. */
export function renderMarkdown(report: DiffReport, lang: Lang = 'both'): string {
  const out = [
    heading(1, `版の差分 ${report.standard} ${report.from} → ${report.to}`, `Edition diff ${report.standard} ${report.from} → ${report.to}`),
    '',
  ];
  if (report.separateSources) out.push(`> ${say(lang, '変更前の版は別のソース（--from-src）から生成しました。', 'The earlier side was built from a separate source (--from-src).')}`, '');
  const { impact: i } = report;
  const counts = [
    say(lang, `影響を受ける要件 ${i.requirements.length} 件`, `${i.requirements.length} requirements impacted`),
    ...(i.checksGiven
      ? [say(lang, `再実行するチェック ${i.checks.length} 件`, `${i.checks.length} checks to re-run`), say(lang, `証跡が引き続き有効な要件 ${i.evidenceHolds.length} 件`, `${i.evidenceHolds.length} requirements whose evidence holds`)]
      : []),
  ];
  out.push(heading(2, '件数', 'Summary'), '', summary(report), '', counts.join('; '), '', ...impact(report, lang));
  for (const section of SECTIONS) {
    const changes = report.changes.filter((c) => c.section === section);
    out.push(heading(2, ...SECTION_LABELS[section]), '');
    if (changes.length === 0) out.push(say(lang, '変更なし', 'no changes'), '');
    else if (section === 'requirements') out.push(...requirementSection(changes, lang));
    else out.push(changeTable(changes, lang), '');
  }
  out.push(...rules(lang));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

