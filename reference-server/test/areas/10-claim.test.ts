import { describe, expect, it } from 'vitest';
import { call, claimInput, paymentApp, seedDecision, seedObligor, seedProtected } from '../support/payment-fixtures.ts';

/** A household paid 110,000 yen for each of January and February 2026. */
async function setup(edition: '2.0' | '2.1' = '2.1') {
  const ref = await paymentApp({ edition });
  const h = await seedProtected(ref.store, edition);
  await call(ref.app, 'POST', '/payment-runs', 'accountant', { month: '2026-01', paymentDate: '2025-12-26' });
  await call(ref.app, 'POST', '/payment-runs', 'accountant', { month: '2026-02', paymentDate: '2026-01-30' });
  const assess = (overrides: Record<string, unknown> = {}, role = 'caseworker') => call(ref.app, 'POST', '/claims', role, claimInput(h.householdId, overrides));
  return { ...ref, ...h, assess };
}

describe('10.1 調定 — createClaim', () => {
  it('assesses a claim with basis, debtor, period, amounts, dates and reason; state assessed (10.1.1, 10.1.7, 10.4.1)', async () => {
    const { app, assess, householdId } = await setup();
    const res = await assess({ basis: '63', periodTo: '2026-02', principalAmount: 80000, dueDate: '2026-03-31' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      householdId, basis: '63', debtorMemberId: `${householdId}-M1`, periodFrom: '2026-01', periodTo: '2026-02', paidAmountForPeriod: 220000,
      principalAmount: 80000, surchargeAmount: 0, assessedAmount: 80000, assessedOn: '2026-02-10', dueDate: '2026-03-31',
      reason: claimInput('').reason, status: 'assessed', paidTotal: 0, balance: 80000, payments: [], enforceableByTaxMethod: false,
      prescriptionDate: '2031-03-31', createdBy: 'caseworker-1',
    });
    const got = await call(app, 'GET', `/claims/${res.body.claimId}`, 'supervisor');
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBeTruthy();
    expect(got.body).toMatchObject({ claimId: res.body.claimId, basis: '63', asOf: '2026-04-01', overdue: true, prescribed: false });
    expect((await call(app, 'GET', '/claims/CL-999999', 'supervisor')).status).toBe(404);
  });

  it('refuses a principal above what was paid for the period (in-kind cost included), changing nothing (10.1.2)', async () => {
    const { store, assess } = await setup();
    const before = store.snapshot();
    const res = await assess({ principalAmount: 110001 });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('/body/principalAmount');
    expect((await assess({ periodFrom: '2025-11', periodTo: '2025-12', principalAmount: 1 })).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
    expect((await assess({ principalAmount: 110000 })).status).toBe(201);
    const withMedical = await assess({ principalAmount: 130000, inKindCostAmount: 20000 });
    expect(withMedical.status).toBe(201);
    expect(withMedical.body).toMatchObject({ paidAmountForPeriod: 110000, inKindCostAmount: 20000 });
  });

  it('names a person liable for support of this household as the debtor of an Art. 77 claim, and only there (10.1.3)', async () => {
    const { store, env, assess, householdId } = await setup();
    const obligorId = await seedObligor(store, env.edition, householdId);
    const other = await seedProtected(store, env.edition);
    const strangerId = await seedObligor(store, env.edition, other.householdId);
    const before = store.snapshot();
    expect((await assess({ basis: '77' })).status).toBe(422);
    expect((await assess({ basis: '77', obligorId: strangerId })).status).toBe(422);
    expect((await assess({ basis: '63', obligorId })).status).toBe(422);
    expect((await assess({ basis: '77', obligorId, debtorMemberId: `${householdId}-M1` })).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
    const ok = await assess({ basis: '77', obligorId });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ basis: '77', obligorId, enforceableByTaxMethod: false });
    expect(ok.body.debtorMemberId).toBeUndefined();
  });

  it('keeps Art. 77-2 collections apart and marks them enforceable by the national-tax method (10.1.4)', async () => {
    const { assess, householdId } = await setup();
    const res = await assess({ basis: '77-2', debtorMemberId: `${householdId}-M2` });
    expect(res.body).toMatchObject({ basis: '77-2', enforceableByTaxMethod: true, debtorMemberId: `${householdId}-M2` });
    expect((await assess({ debtorMemberId: 'M-nobody' })).status).toBe(422);
  });

  it('allows an Art. 78 surcharge up to 40 % and no more (10.1.5)', async () => {
    const { store, assess } = await setup();
    const ok = await assess({ principalAmount: 50001, surchargeAmount: 20000 });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ assessedAmount: 70001, balance: 70001, enforceableByTaxMethod: true });
    const before = store.snapshot();
    const res = await assess({ principalAmount: 50001, surchargeAmount: 20001 });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('surcharge-above-40-percent');
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses a surcharge on a claim other than Art. 78 (10.1.6)', async () => {
    const { store, assess } = await setup();
    const before = store.snapshot();
    for (const basis of ['63', '77-2']) {
      const res = await assess({ basis, surchargeAmount: 1000 });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].pointer).toBe('/body/surchargeAmount');
    }
    expect(store.snapshot()).toEqual(before);
  });

  it('requires the reason (10.1.7) and refuses reversed periods and due dates before assessment', async () => {
    const { store, assess } = await setup();
    const before = store.snapshot();
    expect((await assess({ reason: '' })).status).toBe(400);
    expect((await assess({ periodFrom: '2026-02', periodTo: '2026-01' })).status).toBe(422);
    expect((await assess({ dueDate: '2026-02-09' })).status).toBe(422);
    expect((await assess({ householdId: 'H-999999' })).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
  });

  it('records an instalment plan that sums to the assessed amount (10.2.5)', async () => {
    const { store, assess } = await setup();
    const plan = [{ dueDate: '2026-04-30', amount: 30000 }, { dueDate: '2026-03-31', amount: 20000 }];
    const ok = await assess({ instalments: plan });
    expect(ok.body.instalments).toEqual([plan[1], plan[0]]);
    const before = store.snapshot();
    expect((await assess({ instalments: [{ dueDate: '2026-03-31', amount: 20000 }] })).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
  });

  it('assesses and records payments for a discontinued household (10.1.10)', async () => {
    const { app, store, env, assess, householdId } = await setup();
    await seedDecision(store, env.edition, householdId, { type: 'discontinue', effectiveOn: '2026-03-01' });
    const claim = await assess();
    expect(claim.status).toBe(201);
    const paid = await call(app, 'POST', `/claims/${claim.body.claimId}/payments`, 'accountant', { paidOn: '2026-03-20', amount: 1000, method: 'cash' });
    expect(paid.status).toBe(200);
  });

  it('works in edition 2.0 (principal and period required there)', async () => {
    const { assess } = await setup('2.0');
    expect((await assess()).status).toBe(201);
    expect((await assess({ principalAmount: undefined })).status).toBe(400);
  });
});

describe('10.1.9 / 10.2.6 / 10.4.3 債権の一覧', () => {
  it('filters by household, basis, state, section, case worker, overdue and prescribed for asOf', async () => {
    const { app, store, env, assess, householdId } = await setup();
    const other = await seedProtected(store, env.edition, undefined, '2026-01-01', { section: '第二係', assignedCaseworker: 'caseworker-2' });
    const a = (await assess({ dueDate: '2026-04-30' })).body.claimId;
    const b = (await assess({ basis: '63', assessedOn: '2026-02-01', dueDate: '2026-03-01' })).body.claimId;
    const ids = async (q: string) => (await call(app, 'GET', `/claims?${q}`, 'accountant')).body.items.map((c: any) => c.claimId);
    expect(await ids(`householdId=${householdId}`)).toEqual([b, a]);
    expect(await ids(`householdId=${other.householdId}`)).toEqual([]);
    expect(await ids('basis=63')).toEqual([b]);
    expect(await ids('status=assessed')).toEqual([b, a]);
    expect(await ids('status=paid')).toEqual([]);
    expect(await ids('section=第一係')).toEqual([b, a]);
    expect(await ids('assignedCaseworker=caseworker-2')).toEqual([]);
    expect(await ids('overdue=true')).toEqual([b]);
    expect(await ids('overdue=true&asOf=2026-05-01')).toEqual([b, a]);
    expect(await ids('overdue=false&asOf=2026-03-01')).toEqual([b, a]);
    expect(await ids('prescribed=true')).toEqual([]);
    expect(await ids('prescribed=true&asOf=2031-03-02')).toEqual([b]);
  });
});
