import type { ImportSummary } from './index.ts';

/** The import summary as text for people: Japanese first, English beside it. */
export function formatSummary(s: ImportSummary): string {
  const c = s.counts;
  const lines = [
    `${s.file}（${s.format === 'csv' ? `CSV, ${s.encoding}` : `シート / sheet「${s.sheet}」`}）見出し行 / header row: ${s.headerAt}`,
    `版 / edition ${s.previous} → ${s.edition}${s.out === undefined ? '（試行: 書き込みなし / dry run: nothing written）' : ''}`,
    `取込 / imported ${c.imported}: 変更 / changed ${c.changed}・新規 / new ${c.new}・変更なし / unchanged ${c.unchanged}`,
    `取り込めない行 / unmapped ${c.unmapped}・一覧にない要件 / absent ${c.absent}${c.removed > 0 ? `（削除とした / marked removed ${c.removed}）` : ''}`,
    `読み飛ばし / skipped: 空行 / blank ${c.skipped.blank}・繰り返し見出し / repeated header ${c.skipped.header}・見出しより上 / above the header ${c.skipped.preamble}`,
  ];
  if (s.changed.length > 0) {
    lines.push('', '変更 / changed:');
    for (const x of s.changed) lines.push(`  ${x.id}  ${x.at}  (${x.fields.join(', ')})`);
  }
  if (s.new.length > 0) {
    lines.push('', '新規 / new:');
    for (const x of s.new) lines.push(`  ${x.id}  ${x.at}`);
  }
  if (s.unmapped.length > 0) {
    lines.push('', '取り込めない行 / unmapped rows:');
    for (const u of s.unmapped) lines.push(`  ${u.at}  ${u.id || '（機能IDなし）'}: ${u.reason.ja} / ${u.reason.en}`);
  }
  if (s.absent.length > 0) {
    lines.push('', `一覧にない要件 / absent from the workbook${s.removed.length > 0 ? `（${s.edition} で削除 / removed in ${s.edition}）` : '（--mark-removed で削除にできます / --mark-removed marks them removed）'}:`);
    lines.push(`  ${s.absent.join(', ')}`);
  }
  if (s.written) {
    lines.push('', `書き込み / written under ${s.out}: ${s.written.join(', ')}`);
    lines.push(`次に / next: hogo-spec --src ${s.out} lint`);
  }
  return lines.join('\n');
}
