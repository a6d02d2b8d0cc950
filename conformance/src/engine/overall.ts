import type { Bilingual } from '@hogo-kit/sdk';
import type { Verdict } from './types.ts';
import type { RequirementClass, RequirementVerdict } from './verdicts.ts';

export type Tally = Record<Verdict, number> & { applicable: number };

const empty = (): Tally => ({ met: 0, 'not-met': 0, 'not-verified': 0, 'not-applicable': 0, 'manual-pending': 0, attested: 0, applicable: 0 });

function add(tally: Tally, verdict: Verdict): void {
  tally[verdict] += 1;
  if (verdict !== 'not-applicable') tally.applicable += 1;
}

export interface Overall {
  /** 適合: every automatically verified mandatory requirement met, no prohibited function present, no option failing. */
  conformant: boolean;
  /** Manual requirements not yet confirmed: reported beside the verdict, never folded into it. */
  manualPending: number;
  byClass: Record<RequirementClass, Tally>;
  byArea: Record<string, Record<RequirementClass, Tally>>;
  reasons: Bilingual[];
}

/** The overall verdict and the tallies per class and per area (never one blended score). */
export function overallVerdict(verdicts: readonly RequirementVerdict[]): Overall {
  const byClass: Record<RequirementClass, Tally> = { mandatory: empty(), option: empty(), prohibited: empty() };
  const byArea: Overall['byArea'] = {};
  for (const v of verdicts) {
    add(byClass[v.class], v.verdict);
    byArea[v.area] ??= { mandatory: empty(), option: empty(), prohibited: empty() };
    add(byArea[v.area]![v.class], v.verdict);
  }
  const reasons: Bilingual[] = [];
  const count = (c: RequirementClass, verdict: Verdict) => verdicts.filter((v) => v.class === c && v.verdict === verdict).length;
  if (count('mandatory', 'not-met') > 0) reasons.push({ ja: `実装必須の要件 ${count('mandatory', 'not-met')} 件が不適合`, en: `${count('mandatory', 'not-met')} mandatory requirements not met` });
  if (count('mandatory', 'not-verified') > 0) reasons.push({ ja: `実装必須の要件 ${count('mandatory', 'not-verified')} 件が未検証`, en: `${count('mandatory', 'not-verified')} mandatory requirements not verified` });
  if (count('prohibited', 'not-met') > 0) reasons.push({ ja: `実装不可の機能 ${count('prohibited', 'not-met')} 件が存在`, en: `${count('prohibited', 'not-met')} prohibited functions present` });
  if (count('prohibited', 'not-verified') > 0) reasons.push({ ja: `実装不可の要件 ${count('prohibited', 'not-verified')} 件が未検証`, en: `${count('prohibited', 'not-verified')} prohibited requirements not verified` });
  if (count('option', 'not-met') > 0) reasons.push({ ja: `標準オプション ${count('option', 'not-met')} 件が不適合（宣言した機能の不備又は宣言していない機能の応答）`, en: `${count('option', 'not-met')} options not met (declared and failing, or undeclared and answering)` });
  return {
    conformant: reasons.length === 0,
    manualPending: verdicts.filter((v) => v.verdict === 'manual-pending').length,
    byClass,
    byArea,
    reasons,
  };
}
