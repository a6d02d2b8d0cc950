import type { Localized } from '../source/types.ts';
import { ruleOf } from './rules.ts';
import type { Change, ImpactReason, Severity } from './types.ts';

export type Lang = 'ja' | 'en' | 'both';

/** Text in the chosen language(s): `日本語 / English` for both. */
export const say = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : lang === 'en' ? en : `${ja} / ${en}`);
export const sayL = (lang: Lang, text: Localized) => say(lang, text.ja, text.en);

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  breaking: { ja: '互換性なし', en: 'breaking' },
  'non-breaking': { ja: '互換', en: 'non-breaking' },
  review: { ja: '要確認', en: 'review' },
};

/** A Markdown table cell: no pipes or line breaks. */
export const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** from → to, +added, −removed of a change. */
export function detail(c: Change): string {
  const parts: string[] = [];
  if (c.from !== undefined || c.to !== undefined) parts.push(`${c.from === undefined ? '—' : show(c.from)} → ${c.to === undefined ? '—' : show(c.to)}`);
  if (c.added?.length) parts.push(c.added.map((x) => `+${x}`).join(', '));
  if (c.removed?.length) parts.push(c.removed.map((x) => `−${x}`).join(', '));
  return parts.join('; ');
}

export const ruleText = (lang: Lang, id: string) => say(lang, ruleOf(id).ja, ruleOf(id).en);

/** One reason, short: `03.1.2: rule-id @ target (location)`; without the requirement where the row names it. */
export function reasonText(r: ImpactReason, withRequirement = true): string {
  const on = r.target === r.requirement ? '' : ` @ ${r.target}${r.location ? ` (${r.location})` : ''}`;
  return `${withRequirement ? `${r.requirement}: ` : ''}${r.rule}${on}`;
}

/** At most `limit` reasons, then how many more. */
export function reasonsText(lang: Lang, reasons: ImpactReason[], withRequirement = true, limit = 5): string {
  const shown = reasons.slice(0, limit).map((r) => reasonText(r, withRequirement)).join('; ');
  const more = reasons.length - limit;
  return more > 0 ? `${shown}; … ${say(lang, `他 ${more} 件`, `${more} more`)}` : shown;
}
