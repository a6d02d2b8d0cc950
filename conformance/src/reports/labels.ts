import type { Verdict } from '../engine/types.ts';
import type { RequirementClass } from '../engine/verdicts.ts';

/** How a verdict reads to a municipal reader (○ 適合 / × 不適合 / 未検証 / 対象外 …) and in English. */
export const VERDICT_LABELS: Record<Verdict, { ja: string; en: string }> = {
  met: { ja: '○ 適合', en: 'met' },
  'not-met': { ja: '× 不適合', en: 'not met' },
  'not-verified': { ja: '未検証', en: 'not verified' },
  'not-applicable': { ja: '対象外', en: 'not applicable' },
  'manual-pending': { ja: '目視確認待ち', en: 'manual check pending' },
  attested: { ja: '証明済み', en: 'attested' },
};

export const CLASS_ORDER: readonly RequirementClass[] = ['mandatory', 'option', 'prohibited'];

export const CLASS_NAMES: Record<RequirementClass, { ja: string; en: string }> = {
  mandatory: { ja: '実装必須', en: 'mandatory' },
  option: { ja: '標準オプション', en: 'option' },
  prohibited: { ja: '実装不可', en: 'prohibited' },
};

export const overallLabel = (conformant: boolean) => (conformant ? { ja: '適合', en: 'conformant' } : { ja: '不適合', en: 'not conformant' });
