import { describe, expect, it } from 'vitest';
import { overallVerdict } from '../../src/engine/overall.ts';
import type { Verdict } from '../../src/engine/types.ts';
import type { RequirementClass, RequirementVerdict } from '../../src/engine/verdicts.ts';

let n = 0;
const v = (klass: RequirementClass, verdict: Verdict, area = '01'): RequirementVerdict =>
  ({ id: `${area}.1.${++n}`, area, class: klass, verdict, reason: { ja: '', en: '' }, checks: [] });
const allGood = () => [v('mandatory', 'met'), v('mandatory', 'met', '02'), v('option', 'met'), v('option', 'not-applicable'), v('prohibited', 'met'), v('mandatory', 'manual-pending')];

describe('overall 適合', () => {
  it('is conformant when every mandatory is met, no prohibited function is present and no option fails', () => {
    const o = overallVerdict(allGood());
    expect(o).toMatchObject({ conformant: true, manualPending: 1, reasons: [] });
  });

  it.each([
    ['a mandatory requirement not met', v('mandatory', 'not-met')],
    ['a mandatory requirement not verified', v('mandatory', 'not-verified')],
    ['a prohibited function present', v('prohibited', 'not-met')],
    ['a prohibited requirement not verified', v('prohibited', 'not-verified')],
    ['a declared option failing or an undeclared one answering', v('option', 'not-met')],
  ])('is not conformant with %s', (_name, bad) => {
    const o = overallVerdict([...allGood(), bad]);
    expect(o.conformant).toBe(false);
    expect(o.reasons).toHaveLength(1);
  });

  it('tallies per class and per area, counting not-applicable outside the applicable total', () => {
    const o = overallVerdict(allGood());
    expect(o.byClass.option).toMatchObject({ met: 1, 'not-applicable': 1, applicable: 1 });
    expect(o.byClass.mandatory).toMatchObject({ met: 2, 'manual-pending': 1, applicable: 3 });
    expect(o.byArea['02']!.mandatory).toMatchObject({ met: 1, applicable: 1 });
  });
});
