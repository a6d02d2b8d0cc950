import { describe, expect, it } from 'vitest';
import { call, claimInput, paymentApp, seedCalculation, seedProtected } from '../support/payment-fixtures.ts';

/** A household paid 110,000 yen for January and February (regular) and 30,000 yen extra in February (occasional). */
async function setup() {
  const ref = await paymentApp();
  const h = await seedProtected(ref.store, ref.env.edition);
  await call(ref.app, 'POST', '/payment-runs', 'accountant', { month: '2026-01', paymentDate: '2025-12-26' });
  await call(ref.app, 'POST', '/payment-runs', 'accountant', { month: '2026-02', paymentDate: '2026-01-30' });
  await call(ref.app, 'POST', `/households/${h.householdId}/occasional-payments`, 'caseworker', {
    decisionId: h.decisionId, item: 'clothing', items: [{ fujoType: '01', amount: 30000 }], month: '2026-02', paymentDate: '2026-02-05', reason: '被服費',
  });
  const calculate = (body: Record<string, unknown>, role = 'caseworker') =>
    call(ref.app, 'POST', '/repayment-calculations', role, { householdId: h.householdId, basis: '78', months: [{ month: '2026-01', entitlementAmount: 90000 }], ...body });
  return { ...ref, ...h, calculate };
}

describe('10.5 返還金等の算定 — calculateRepayment (2.1)', () => {
  it('computes per month overpaid = max(0, paid − entitlement), paid taken from the payment records (10.5.1, 10.5.2)', async () => {
    const { calculate, householdId } = await setup();
    const res = await calculate({
      basis: '63',
      months: [{ month: '2026-02', entitlementAmount: 100000 }, { month: '2026-01', entitlementAmount: 120000 }, { month: '2026-03', entitlementAmount: 0 }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      householdId, basis: '63', periodFrom: '2026-01', periodTo: '2026-03',
      months: [
        { month: '2026-01', paidAmount: 110000, entitlementAmount: 120000, overpaidAmount: 0 },
        { month: '2026-02', paidAmount: 140000, entitlementAmount: 100000, overpaidAmount: 40000 },
        { month: '2026-03', paidAmount: 0, entitlementAmount: 0, overpaidAmount: 0 },
      ],
      overpaidTotal: 40000, exclusionAmount: 0, principalAmount: 40000, surchargePercent: 0, surchargeAmount: 0, totalAmount: 40000, calculatedBy: 'caseworker-1',
    });
  });

  it('takes the entitlement from a stored calculation of the household (10.5.3)', async () => {
    const { store, calculate, householdId } = await setup();
    const calculationId = await seedCalculation(store, householdId, 95000);
    const res = await calculate({ months: [{ month: '2026-01', calculationId }] });
    expect(res.body.months[0]).toEqual({ month: '2026-01', paidAmount: 110000, entitlementAmount: 95000, calculationId, overpaidAmount: 15000 });
    const other = await seedProtected(store, '2.1');
    const foreign = await seedCalculation(store, other.householdId, 1);
    const before = store.snapshot();
    expect((await calculate({ months: [{ month: '2026-01', calculationId: foreign }] })).status).toBe(422);
    expect((await calculate({ months: [{ month: '2026-01', calculationId: 'CALC-999999' }] })).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
  });

  it('computes the Art. 78 surcharge, rounding down, at most 40 % (10.5.4)', async () => {
    const { store, calculate } = await setup();
    const res = await calculate({ months: [{ month: '2026-01', entitlementAmount: 90001 }], surchargePercent: 40 });
    expect(res.body).toMatchObject({ principalAmount: 19999, surchargePercent: 40, surchargeAmount: 7999, totalAmount: 27998 });
    const before = store.snapshot();
    expect((await calculate({ surchargePercent: 41 })).status).toBe(400);
    expect((await calculate({ basis: '63', surchargePercent: 10 })).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
  });

  it('subtracts an amount not reclaimed under Art. 63 with its reason (10.5.6)', async () => {
    const { store, calculate } = await setup();
    const res = await calculate({ basis: '77-2', exclusionAmount: 5000, exclusionReason: '自立更生に充てる費用' });
    expect(res.body).toMatchObject({ overpaidTotal: 20000, exclusionAmount: 5000, exclusionReason: '自立更生に充てる費用', principalAmount: 15000 });
    expect((await calculate({ basis: '63', exclusionAmount: 50000, exclusionReason: '全額' })).body.principalAmount).toBe(0);
    const before = store.snapshot();
    expect((await calculate({ basis: '63', exclusionAmount: 5000 })).status).toBe(422);
    expect((await calculate({ basis: '78', exclusionAmount: 5000, exclusionReason: 'x' })).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses basis 77, a month listed twice, both or neither entitlement, an unknown household', async () => {
    const { store, calculate } = await setup();
    const before = store.snapshot();
    expect((await calculate({ basis: '77' })).status).toBe(422);
    expect((await calculate({ months: [{ month: '2026-01', entitlementAmount: 1 }, { month: '2026-01', entitlementAmount: 2 }] })).status).toBe(422);
    expect((await calculate({ months: [{ month: '2026-01' }] })).status).toBe(422);
    expect((await calculate({ months: [{ month: '2026-01', entitlementAmount: 1, calculationId: 'CALC-000001' }] })).status).toBe(422);
    expect((await calculate({ householdId: 'H-999999' })).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
  });

  it('hands amounts, period and months over to a claim assessed from it (10.5.5)', async () => {
    const { app, store, calculate, householdId } = await setup();
    const calc = (await calculate({ months: [{ month: '2026-01', entitlementAmount: 90000 }, { month: '2026-02', entitlementAmount: 100000 }], surchargePercent: 30 })).body;
    const base = { householdId, basis: '78', assessedOn: '2026-03-15', dueDate: '2026-04-30', reason: '収入未申告による不正受給' };
    const claim = await call(app, 'POST', '/claims', 'caseworker', { ...base, repaymentCalculationId: calc.repaymentCalculationId });
    expect(claim.status).toBe(201);
    expect(claim.body).toMatchObject({ repaymentCalculationId: calc.repaymentCalculationId, periodFrom: '2026-01', periodTo: '2026-02', principalAmount: 60000, surchargeAmount: 18000, assessedAmount: 78000, months: calc.months });
    const got = await call(app, 'GET', `/claims/${claim.body.claimId}`, 'caseworker');
    expect(got.body.months).toEqual(calc.months);
    const before = store.snapshot();
    expect((await call(app, 'POST', '/claims', 'caseworker', { ...base, repaymentCalculationId: calc.repaymentCalculationId, principalAmount: 59999 })).status).toBe(422);
    expect((await call(app, 'POST', '/claims', 'caseworker', { ...base, basis: '63', repaymentCalculationId: calc.repaymentCalculationId })).status).toBe(422);
    expect((await call(app, 'POST', '/claims', 'caseworker', { ...base, repaymentCalculationId: 'RC-999999' })).status).toBe(422);
    const { principalAmount: _, ...noPrincipal } = claimInput(householdId);
    const missing = await call(app, 'POST', '/claims', 'caseworker', noPrincipal);
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].pointer).toBe('/body/principalAmount');
    expect(store.snapshot()).toEqual(before);
  });

  it('is absent from edition 2.0', async () => {
    const { app } = await paymentApp({ edition: '2.0' });
    expect((await call(app, 'POST', '/repayment-calculations', 'caseworker', { householdId: 'H-000001', basis: '63', months: [{ month: '2026-01', entitlementAmount: 0 }] })).status).toBe(404);
  });
});
