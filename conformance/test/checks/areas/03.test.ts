import { describe, expect, it } from 'vitest';
import { checks_a03 } from '../../../src/checks/areas/03/index.ts';
import type { CheckDefinition } from '../../../src/engine/types.ts';
import { runAgainstReference, summary } from '../../support/reference.ts';
import { MUTANTS } from '@hogo-kit/reference-server';

const byId = (id: string): CheckDefinition => {
  const check = checks_a03().find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
};

describe.each(['2.1', '2.0'] as const)('area 03 checks against the unmodified reference server (edition %s)', (edition) => {
  it('pass (or are omitted as belonging to another edition)', async () => {
    const results = await runAgainstReference(checks_a03(), edition);
    expect(results.filter((r) => r.status !== 'pass' && r.status !== 'omit').map(summary)).toEqual([]);
    for (const r of results.filter((x) => x.status === 'omit')) expect(byId(r.checkId).editions).not.toContain(edition);
  }, 60_000);
});

describe('each seeded defect of area 03 is caught by a check of its requirements', () => {
  const cases = [
    { mutant: 'start-before-application-date', check: 'decision.start-not-before-application-date', says: /day before the application date/ },
    { mutant: 'second-decision-accepted', check: 'decision.no-second-decision', says: /rejection of a started application was not refused/ },
    { mutant: 'second-decision-accepted', check: 'decision.none-on-withdrawn-application', says: /withdrawn application was not refused/ },
    { mutant: 'delay-reason-not-required', check: 'decision.delay-reason-required-after-14-days', says: /without a delay reason was not refused/ },
    { mutant: 'delay-reason-not-required', check: 'decision.change-application-delay-reason', says: /without a delay reason was not refused/ },
    { mutant: 'ex-officio-urgency-dropped', check: 'decision.ex-officio-start', says: /urgencyText/ },
    { mutant: 'illegal-transition-accepted', check: 'decision.illegal-transitions-refused', says: /suspend on a discontinued household/ },
    { mutant: 'sanction-without-hearing', check: 'decision.sanction-requires-hearing', says: /sanction without a hearing date/ },
    { mutant: 'discontinue-without-reason', check: 'decision.discontinue-requires-reason-code', says: /without a reason code was not refused/ },
    { mutant: 'decision-overwritten', check: 'decision.never-edited', says: /start decision after the change/ },
    { mutant: 'decision-overwritten', check: 'decision.case-flow', says: /previousDecisionId/ },
    { mutant: 'required-field-dropped', check: 'decision.start-on-application', says: /getDecision\) did not answer 200|reasonText/ },
    { mutant: 'notice-without-appeal-instructions', check: 'decision.notice-contents', says: /getDecisionNotice\) did not answer 200|appeal instructions/ },
    { mutant: 'transfer-without-discontinuation', check: 'decision.transfer-on-moving', says: /not in the household decisions/ },
  ];

  it('covers every mutant of the catalogue that targets a requirement the area-03 checks verify', () => {
    const verified = new Set(checks_a03().flatMap((c) => c.verifies));
    const targeting = MUTANTS.filter((m) => m.requirements.some((r) => verified.has(r))).map((m) => m.id);
    expect([...new Set(cases.map((c) => c.mutant))].sort()).toEqual([...new Set(targeting)].sort());
  });

  it.each(cases)('$mutant fails $check', async ({ mutant, check, says }) => {
    for (const edition of ['2.1', '2.0'] as const) {
      const [result] = await runAgainstReference([byId(check)], edition, { mutant });
      expect(result?.status, result && summary(result)).toBe('fail');
      expect(result?.message?.en).toMatch(says);
      expect(result?.message?.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
  }, 30_000);
});
