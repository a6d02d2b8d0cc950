import { describe, expect, it } from 'vitest';
import type { components } from '@hogo-kit/sdk';
import { HOUSING, LIVING, MEDICAL, medicalServer, type MemberSeed } from '../support/medical-fixtures.ts';

/**
 * The seeded defects of more-11.ts: each scenario runs without the mutant (the 被保護者調査 rule holds) and with it
 * (the rule is broken, and the server still answers 200). Clock: 2026-04-01.
 */
type Decision = components['schemas']['Decision'];
type Server = Awaited<ReturnType<typeof medicalServer>>;

async function both<T>(mutant: string, scenario: (s: Server) => Promise<T>): Promise<[T, T]> {
  return [await scenario(await medicalServer()), await scenario(await medicalServer({ mutant }))];
}

const head = (birthDate: string, over: Partial<MemberSeed> = {}): MemberSeed => ({ birthDate, sex: '1', relationship: '01', ...over });
const since = (effectiveOn: string) => [{ type: 'start' as const, effectiveOn, fujo: [LIVING] }];

/** Rewrites the household's decisions of a type (what another operation would have stored, e.g. a 移管). */
async function patchDecisions(s: Server, householdId: string, type: Decision['type'], patch: Partial<Decision>): Promise<void> {
  await s.store.transact((tx) => {
    for (const { value } of tx.all<Decision>('Decision')) {
      if (value.householdId === householdId && value.type === type) tx.put('Decision', value.decisionId, { ...value, ...patch });
    }
  });
}

const monthly = async (s: Server, month = '2026-03') => {
  const res = await s.get(`/statistics/monthly/${month}`, 'supervisor');
  expect(res.status).toBe(200);
  return res.body;
};
const annual = async (s: Server, year = '2025') => {
  const res = await s.get(`/statistics/annual/${year}`, 'supervisor');
  expect(res.status).toBe(200);
  return res.body;
};
const typeOfOnly = (figures: { byHouseholdType: { householdType: string; households: number }[] }) =>
  figures.byHouseholdType.filter((r) => r.households > 0).map((r) => r.householdType);

describe('mutants of area 11 (more-11)', () => {
  it('discontinued-month-not-protected (11.1.1)', async () => {
    const [ok, bad] = await both('discontinued-month-not-protected', async (s) => {
      await s.seed({ members: [head('1980-01-01')], decisions: [...since('2025-01-01'), { type: 'discontinue', effectiveOn: '2026-03-15' }] });
      return (await monthly(s)).protectedHouseholds;
    });
    expect([ok, bad]).toEqual([1, 0]);
  });

  it('ex-officio-start-not-counted (11.1.4)', async () => {
    const [ok, bad] = await both('ex-officio-start-not-counted', async (s) => {
      await s.seed({ members: [head('1980-01-01')], decisions: since('2026-03-05') });
      const applied = await s.seed({ members: [head('1981-01-01')], decisions: since('2026-03-10') });
      await patchDecisions(s, applied.householdId, 'start', { origin: 'application' });
      return (await monthly(s)).startedHouseholds;
    });
    expect([ok, bad]).toEqual([2, 1]);
  });

  it('transfer-not-counted-as-discontinued (11.1.5)', async () => {
    const [ok, bad] = await both('transfer-not-counted-as-discontinued', async (s) => {
      const moved = await s.seed({ members: [head('1980-01-01')], decisions: [...since('2025-01-01'), { type: 'discontinue', effectiveOn: '2026-03-10' }] });
      await patchDecisions(s, moved.householdId, 'discontinue', { discontinuationReason: '13' });
      await s.seed({ members: [head('1981-01-01')], decisions: [...since('2025-01-01'), { type: 'discontinue', effectiveOn: '2026-03-20' }] });
      const m = await monthly(s);
      return [m.discontinuedHouseholds, m.discontinuedPersons];
    });
    expect([ok, bad]).toEqual([[2, 2], [1, 1]]);
  });

  it('cancelled-tickets-counted (11.1.6, 11.1.8)', async () => {
    const [ok, bad] = await both('cancelled-tickets-counted', async (s) => {
      const h = await s.seed({ members: [head('1980-01-01')], decisions: [{ type: 'start', effectiveOn: '2025-01-01', fujo: [LIVING, MEDICAL] }] });
      const t = await s.post('/medical-tickets', { kind: '1', memberId: h.members[0]!.memberId, month: '2026-03', institutionCode: '1310000001', institutionType: '1' });
      expect(t.status).toBe(201);
      expect((await s.post(`/medical-tickets/${t.body.ticketId}/cancellation`, { reason: '誤発行' })).status).toBe(200);
      return (await monthly(s)).byFujoType.find((r: { fujoType: string }) => r.fujoType === '04').households;
    });
    expect([ok, bad]).toEqual([0, 1]);
  });

  it('monthly-due-date-same-month (11.1.7)', async () => {
    const [ok, bad] = await both('monthly-due-date-same-month', async (s) => [(await monthly(s)).dueDate, (await monthly(s, '2025-12')).dueDate]);
    expect(ok).toEqual(['2026-04-20', '2026-01-20']);
    expect(bad).toEqual(['2026-03-20', '2025-12-20']);
  });

  it('monthly-figures-cached (11.1.8)', async () => {
    const [ok, bad] = await both('monthly-figures-cached', async (s) => {
      await s.seed({ members: [head('1980-01-01')], decisions: since('2025-01-01') });
      const first = (await monthly(s)).protectedHouseholds;
      await s.seed({ members: [head('1981-01-01')], decisions: since('2026-03-10') });
      return [first, (await monthly(s)).protectedHouseholds, (await monthly(s, '2026-02')).protectedHouseholds];
    });
    expect(ok).toEqual([1, 2, 1]);
    expect(bad).toEqual([1, 1, 1]);
  });

  it('section-persons-heads-only (11.1.9)', async () => {
    const [ok, bad] = await both('section-persons-heads-only', async (s) => {
      await s.seed({ members: [head('1980-01-01'), { birthDate: '1982-01-01', sex: '2', relationship: '02' }], decisions: since('2025-01-01'), section: '第一係' });
      return (await monthly(s)).bySection;
    });
    expect(ok).toEqual([{ section: '第一係', households: 1, persons: 2 }]);
    expect(bad).toEqual([{ section: '第一係', households: 1, persons: 1 }]);
  });

  it('annual-ticket-validity-ignored (11.2.3)', async () => {
    const [ok, bad] = await both('annual-ticket-validity-ignored', async (s) => {
      const h = await s.seed({ members: [head('1980-01-01')], decisions: [{ type: 'start', effectiveOn: '2025-07-01', fujo: [LIVING, HOUSING, MEDICAL] }] });
      const t = await s.post('/medical-tickets', { kind: '1', memberId: h.members[0]!.memberId, month: '2025-07', institutionCode: '1310000001', institutionType: '1', validFrom: '2025-07-01', validTo: '2025-07-15' });
      expect(t.status).toBe(201);
      const y = await annual(s);
      return y.byFujoType.filter((r: { households: number }) => r.households > 0).map((r: { fujoType: string }) => r.fujoType);
    });
    expect(ok).toEqual(['01', '03']);
    expect(bad).toEqual(['01', '03', '04']);
  });

  it('household-size-capped-at-5 (11.2.4)', async () => {
    const [ok, bad] = await both('household-size-capped-at-5', async (s) => {
      const children = ['2000', '2002', '2004', '2006', '2008', '2010'].map((y): MemberSeed => ({ birthDate: `${y}-01-01`, sex: '1', relationship: '03' }));
      await s.seed({ members: [head('1970-01-01'), ...children], decisions: since('2025-01-01') });
      return (await annual(s)).byHouseholdTypeAndSize.filter((r: { households: number }) => r.households > 0);
    });
    expect(ok).toEqual([{ householdType: '5', size: 6, households: 1 }]);
    expect(bad).toEqual([{ householdType: '5', size: 5, households: 1 }]);
  });

  it('age-band-age-at-year-start (11.2.5)', async () => {
    const [ok, bad] = await both('age-band-age-at-year-start', async (s) => {
      await s.seed({ members: [head('1960-07-31')], decisions: since('2025-01-01') });
      return (await annual(s)).byAgeGroupAndSex.filter((r: { persons: number }) => r.persons > 0).map((r: { ageFrom: number }) => r.ageFrom);
    });
    expect([ok, bad]).toEqual([[65], [60]]);
  });

  it('work-status-unrecorded-as-not-working (11.2.6) and living-arrangement-unrecorded-as-home (11.2.7)', async () => {
    const scenario = async (s: Server) => {
      await s.seed({ members: [head('1980-01-01')], decisions: since('2025-01-01') });
      const y = await annual(s);
      const notWorking = y.byWorkStatus.find((r: { workStatus: string }) => r.workStatus === '0').persons;
      const atHome = y.byLivingArrangement.find((r: { livingArrangement: string }) => r.livingArrangement === '01').persons;
      return { notWorking, workUnrecorded: y.workStatusUnrecorded, atHome, livingUnrecorded: y.livingArrangementUnrecorded };
    };
    const [ok, badWork] = await both('work-status-unrecorded-as-not-working', scenario);
    const [, badLiving] = await both('living-arrangement-unrecorded-as-home', scenario);
    expect(ok).toEqual({ notWorking: 0, workUnrecorded: 1, atHome: 0, livingUnrecorded: 1 });
    expect(badWork).toEqual({ notWorking: 1, workUnrecorded: 0, atHome: 0, livingUnrecorded: 1 });
    expect(badLiving).toEqual({ notWorking: 0, workUnrecorded: 1, atHome: 1, livingUnrecorded: 0 });
  });

  it('elderly-with-children-not-elderly (11.3.2)', async () => {
    const [ok, bad] = await both('elderly-with-children-not-elderly', async (s) => {
      await s.seed({ members: [head('1950-01-01'), { birthDate: '2015-01-01', sex: '2', relationship: '07' }], decisions: since('2025-01-01') });
      return typeOfOnly(await monthly(s));
    });
    expect([ok, bad]).toEqual([['1'], ['5']]);
  });

  it('mother-child-adult-child (11.3.3)', async () => {
    const [ok, bad] = await both('mother-child-adult-child', async (s) => {
      await s.seed({ members: [head('1980-01-01', { sex: '2' }), { birthDate: '2005-01-01', sex: '1', relationship: '03' }], decisions: since('2025-01-01') });
      return typeOfOnly(await monthly(s));
    });
    expect([ok, bad]).toEqual([['5'], ['2']]);
  });

  it('hospitalised-head-not-sick (11.3.5, 11.3.1)', async () => {
    const [ok, bad] = await both('hospitalised-head-not-sick', async (s) => {
      await s.seed({ members: [head('1975-01-01', { livingArrangement: '02' })], decisions: since('2025-01-01') });
      return typeOfOnly(await monthly(s));
    });
    expect([ok, bad]).toEqual([['4'], ['5']]);
  });
});
