import { describe, expect, it } from 'vitest';
import { change, PERSON } from '../support/linkage-fixtures.ts';
import { LIVING, medicalServer, protectedSingle, type MemberSeed } from '../support/medical-fixtures.ts';

/**
 * Each seeded defect of areas 11 and 12 makes the server answer wrongly (never a fault) exactly where its rule
 * applies; every scenario runs twice, without the mutant (the rule holds) and with it (the rule is broken).
 */
async function both<T>(mutant: string, scenario: (mutant: string | undefined) => Promise<T>): Promise<[T, T]> {
  return [await scenario(undefined), await scenario(mutant)];
}

const single = (birthDate: string, over: Partial<MemberSeed> = {}): MemberSeed[] => [{ birthDate, sex: '1', relationship: '01', ...over }];

/** A protected member with a 宛名番号 and the linkage helpers, on a server with the mutant. */
async function linked(mutant: string | undefined) {
  const s = await medicalServer({ mutant });
  const household = await s.seed(protectedSingle({ addressNumber: PERSON }));
  const receive = (body: unknown) => s.post('/linkage/changes', body, 'linkage');
  const inquire = (body: unknown, role = 'caseworker') => s.post('/comprehensive-inquiries', body, role);
  return { s, memberId: household.members[0]!.memberId, receive, inquire };
}

describe('mutants of area 11', () => {
  it('suspended-counted-as-protected (11.1.1, 11.1.2)', async () => {
    const [ok, bad] = await both('suspended-counted-as-protected', async (mutant) => {
      const s = await medicalServer({ mutant });
      await s.seed({ members: single('1980-01-01'), decisions: [{ type: 'start', effectiveOn: '2025-01-01', fujo: [LIVING] }, { type: 'suspend', effectiveOn: '2026-02-01' }] });
      await s.seed({ members: single('1981-01-01'), decisions: [{ type: 'start', effectiveOn: '2025-01-01', fujo: [LIVING] }, { type: 'suspend', effectiveOn: '2026-03-20' }] });
      const m = (await s.get('/statistics/monthly/2026-03', 'supervisor')).body;
      return { protectedHouseholds: m.protectedHouseholds, suspendedHouseholds: m.suspendedHouseholds };
    });
    expect(ok).toEqual({ protectedHouseholds: 1, suspendedHouseholds: 2 });
    expect(bad).toEqual({ protectedHouseholds: 2, suspendedHouseholds: 0 });
  });

  it('annual-reference-date-wrong (11.2.1, 11.2.2)', async () => {
    const [ok, bad] = await both('annual-reference-date-wrong', async (mutant) => {
      const s = await medicalServer({ mutant });
      await s.seed({ members: single('1980-01-01'), decisions: [{ type: 'start', effectiveOn: '2025-07-15', fujo: [LIVING] }] });
      await s.seed({ members: single('1981-01-01'), decisions: [{ type: 'start', effectiveOn: '2025-01-01', fujo: [LIVING] }, { type: 'discontinue', effectiveOn: '2025-07-10' }] });
      const y = await s.get('/statistics/annual/2025', 'supervisor');
      expect(y.status).toBe(200);
      const bands = y.body.byAgeGroupAndSex.filter((r: { persons: number }) => r.persons > 0).map((r: { ageFrom: number }) => r.ageFrom);
      return { referenceDate: y.body.referenceDate, dueDate: y.body.dueDate, protectedHouseholds: y.body.protectedHouseholds, bands };
    });
    // on 31 July the household started on 15 July is protected (its head is 45); on 1 July the one discontinued on
    // 10 July still was (its head is 44)
    expect(ok).toEqual({ referenceDate: '2025-07-31', dueDate: '2025-08-31', protectedHouseholds: 1, bands: [45] });
    expect(bad).toEqual({ referenceDate: '2025-07-01', dueDate: '2025-08-31', protectedHouseholds: 1, bands: [40] });
  });

  it('household-type-order-wrong (11.3.4, 11.1.3)', async () => {
    const [ok, bad] = await both('household-type-order-wrong', async (mutant) => {
      const s = await medicalServer({ mutant });
      await s.seed({ members: single('1950-01-01', { disabilityAddition: '1' }), decisions: [{ type: 'start', effectiveOn: '2025-01-01', fujo: [LIVING] }] });
      await s.seed({ members: single('1980-01-01', { disabilityAddition: '1' }), decisions: [{ type: 'start', effectiveOn: '2025-01-01', fujo: [LIVING] }] });
      const m = (await s.get('/statistics/monthly/2026-03', 'supervisor')).body;
      return m.byHouseholdType.map((t: { households: number }) => t.households);
    });
    expect(ok).toEqual([1, 0, 1, 0, 0]);
    expect(bad).toEqual([0, 0, 2, 0, 0]);
  });
});

describe('mutants of area 12', () => {
  it('unavailable-shown-as-not-held (12.1.2, 12.1.3)', async () => {
    const [ok, bad] = await both('unavailable-shown-as-not-held', async (mutant) => {
      const { s, receive, inquire, memberId } = await linked(mutant);
      await receive(change());
      await s.post('/linkage/systems/jidofuyo/status', { status: 'suspended', reason: '保守' }, 'system-admin');
      const res = await inquire({ memberId, purpose: 'review' });
      expect(res.status).toBe(201);
      const { status, items } = res.body.results.find((r: { system: string }) => r.system === 'jidofuyo');
      return { status, items: items.length };
    });
    expect(ok).toEqual({ status: 'unavailable', items: 0 });
    expect(bad).toEqual({ status: 'not-held', items: 0 });
  });

  it('inquiry-list-live (12.1.8)', async () => {
    const [ok, bad] = await both('inquiry-list-live', async (mutant) => {
      const { s, receive, inquire, memberId } = await linked(mutant);
      await receive(change());
      const made = await inquire({ memberId, purpose: 'review' });
      await receive(change({ changeId: 'F-2', effectiveDate: '2026-03-20', items: [{ code: 'jidofuyo-monthly-amount', value: '45000' }] }));
      const read = await s.get(`/comprehensive-inquiries/${made.body.inquiryId}`, 'caseworker');
      expect(read.status).toBe(200);
      return JSON.stringify(read.body.results) === JSON.stringify(made.body.results);
    });
    expect(ok).toBe(true);
    expect(bad).toBe(false);
  });

  it('restricted-address-disclosed (12.2.1, 12.2.2)', async () => {
    const [ok, bad] = await both('restricted-address-disclosed', async (mutant) => {
      const { s, receive, inquire, memberId } = await linked(mutant);
      await receive({ system: 'jumin', changeId: 'J-1', addressNumber: PERSON, changeType: 'address-change', effectiveDate: '2026-03-10', items: [{ code: 'jumin-address', value: '秘匿市秘匿町1番' }] });
      await s.post(`/members/${memberId}/viewing-restriction`, { restricted: true, reason: '1' }, 'caseworker');
      const res = await inquire({ memberId, purpose: 'review' }, 'intake');
      expect(res.status).toBe(201);
      return { flagged: res.body.viewingRestricted, disclosed: JSON.stringify(res.body).includes('秘匿市') };
    });
    expect(ok).toEqual({ flagged: true, disclosed: false });
    expect(bad).toEqual({ flagged: false, disclosed: true });
  });

  it('duplicate-change-stored (12.3.4, 12.3.2)', async () => {
    const [ok, bad] = await both('duplicate-change-stored', async (mutant) => {
      const { s, receive } = await linked(mutant);
      await receive(change());
      const again = await receive(change());
      const alerts = (await s.get('/change-alerts', 'caseworker')).body.items.length;
      const jidofuyo = (await s.get('/linkage/systems', 'linkage')).body.items.find((i: { system: string }) => i.system === 'jidofuyo');
      return { status: again.status, duplicate: again.body.duplicate, alerts, receivedCount: jidofuyo.receivedCount };
    });
    expect(ok).toEqual({ status: 200, duplicate: true, alerts: 1, receivedCount: 1 });
    expect(bad).toEqual({ status: 201, duplicate: false, alerts: 2, receivedCount: 2 });
  });

  it('alert-for-unprotected (12.4.1, 12.4.2)', async () => {
    const [ok, bad] = await both('alert-for-unprotected', async (mutant) => {
      const s = await medicalServer({ mutant });
      await s.seed({ members: single('1970-01-01', { addressNumber: PERSON }) });
      const receipt = await s.post('/linkage/changes', change(), 'linkage');
      expect(receipt.status).toBe(201);
      return { alertIds: receipt.body.alertIds.length, listed: (await s.get('/change-alerts', 'caseworker')).body.items.length };
    });
    expect(ok).toEqual({ alertIds: 0, listed: 0 });
    expect(bad).toEqual({ alertIds: 1, listed: 1 });
  });
});
