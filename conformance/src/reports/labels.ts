import type { Tally } from '../engine/overall.ts';
import type { ResultStatus, Verdict } from '../engine/types.ts';
import type { RequirementClass } from '../engine/verdicts.ts';

/**
 * How a verdict reads to a municipal reader (○ 適合 / × 不適合 / 未検証 / 対象外 …) and in English; mark is the
 * one character that stands for it where there is no room for the label (a chart segment).
 */
export const VERDICT_LABELS: Record<Verdict, { ja: string; en: string; mark: string }> = {
  met: { ja: '○ 適合', en: 'met', mark: '○' },
  'not-met': { ja: '× 不適合', en: 'not met', mark: '×' },
  'not-verified': { ja: '未検証', en: 'not verified', mark: '未' },
  'not-applicable': { ja: '対象外', en: 'not applicable', mark: '－' },
  'manual-pending': { ja: '目視確認待ち', en: 'manual check pending', mark: '目' },
  attested: { ja: '証明済み', en: 'attested', mark: '証' },
};

export const CLASS_ORDER: readonly RequirementClass[] = ['mandatory', 'option', 'prohibited'];

export const CLASS_NAMES: Record<RequirementClass, { ja: string; en: string }> = {
  mandatory: { ja: '実装必須', en: 'mandatory' },
  option: { ja: '標準オプション', en: 'option' },
  prohibited: { ja: '実装不可', en: 'prohibited' },
};

export const overallLabel = (conformant: boolean) => (conformant ? { ja: '適合', en: 'conformant' } : { ja: '不適合', en: 'not conformant' });

/** How a check's result reads beside its id (証跡): short, in Japanese and English. */
export const STATUS_LABELS: Record<ResultStatus, { ja: string; en: string }> = {
  pass: { ja: '合格', en: 'pass' },
  fail: { ja: '不合格', en: 'fail' },
  error: { ja: 'エラー（通信又はキットの障害）', en: 'error' },
  blocked: { ja: '未実施（前提の検査が不合格）', en: 'blocked' },
  skip: { ja: '未実施（検査に必要なデータがない）', en: 'skip' },
  omit: { ja: '省略（宣言されていない）', en: 'omit' },
};

/** The overall verdict with its mark: ○ 適合 / × 不適合. */
export const overallMark = (conformant: boolean) => `${conformant ? '○' : '×'} ${overallLabel(conformant).ja}`;

/** How many requirements a tally counts, applicable or not. */
export const counted = (t: Tally) => t.applicable + t['not-applicable'];

/** Met (or attested) over applicable, as "12 / 15". */
export const ratio = (t: Tally) => `${t.met + t.attested} / ${t.applicable}`;

/** The verdicts in the order a report shows them (tables, charts, filters). */
export const VERDICT_ORDER: readonly Verdict[] = ['met', 'attested', 'not-met', 'not-verified', 'manual-pending', 'not-applicable'];
