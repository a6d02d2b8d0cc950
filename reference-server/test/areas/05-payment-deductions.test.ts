import { describe, expect, it } from 'vitest';
import { agreementInput, call, claimInput, paymentApp, seedProtected } from '../support/payment-fixtures.ts';

/** A household paid for January (110,000 yen) with a 78 claim of 50,000 yen. */
async function withClaim(claim: Record<string, unknown> = {}) {
  const ref = await paymentApp();
  const { app, store, env } = ref;
  const h = await seedProtected(store, env.edition);
  await call(app, 'POST', '/payment-runs', 'accountant', { month: '2026-01', paymentDate: '2025-12-26' });
  const created = await call(app, 'POST', '/claims', 'caseworker', claimInput(h.householdId, claim));
  expect(created.status).toBe(201);
  return { ...ref, householdId: h.householdId, claimId: created.body.claimId as string };
}

const run = (app: any, month: string, paymentDate: string) => call(app, 'POST', '/payment-runs', 'accountant', { month, paymentDate });
const paymentOf = async (app: any, month: string) => (await call(app, 'GET', `/payments?month=${month}&kind=regular`, 'accountant')).body.items[0];

describe('05.1.7 / 10.3 保護金品からの徴収 in the payment run', () => {
  it('deducts the agreed monthly amount and records it on the claim as a deduction naming the payment (05.1.7, 05.4.3, 10.3.8 deductPartially)', async () => {
    const { app, claimId } = await withClaim();
    const agreement = await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'caseworker', agreementInput());
    expect(agreement.status).toBe(201);
    const r = await run(app, '2026-03', '2026-02-27');
    expect(r.body).toMatchObject({ grossTotal: 110000, deductionTotal: 10000, proxyTotal: 0, recipientTotal: 100000 });
    const p = await paymentOf(app, '2026-03');
    expect(p).toMatchObject({ grossAmount: 110000, deductionAmount: 10000, recipientAmount: 100000 });
    expect(p.deductions).toEqual([{ claimId, agreementId: agreement.body.agreementId, amount: 10000 }]);
    expect(p.disbursements).toEqual([{ method: 'counter', payeeName: '山田 太郎', amount: 100000 }]);
    const claim = (await call(app, 'GET', `/claims/${claimId}`, 'accountant')).body;
    expect(claim).toMatchObject({ status: 'partiallyPaid', paidTotal: 10000, balance: 40000 });
    expect(claim.payments).toEqual([expect.objectContaining({ method: 'deduction', amount: 10000, paymentId: p.paymentId, paidOn: '2026-02-27', balanceAfter: 40000, recordedBy: 'system' })]);
  });

  it('deducts nothing from a claim without a recorded agreement (10.3.2)', async () => {
    const { app, claimId } = await withClaim();
    await run(app, '2026-03', '2026-02-27');
    const p = await paymentOf(app, '2026-03');
    expect(p).toMatchObject({ deductionAmount: 0, deductions: [], recipientAmount: 110000 });
    expect((await call(app, 'GET', `/claims/${claimId}`, 'accountant')).body).toMatchObject({ status: 'assessed', paidTotal: 0, payments: [] });
  });

  it('deducts only from payments made after the written request (10.3.5)', async () => {
    const { app, claimId } = await withClaim();
    await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'caseworker', agreementInput({ requestedOn: '2026-02-27' }));
    await run(app, '2026-03', '2026-02-27');
    expect((await paymentOf(app, '2026-03')).deductionAmount).toBe(0);
    await run(app, '2026-04', '2026-03-31');
    expect((await paymentOf(app, '2026-04')).deductionAmount).toBe(10000);
  });

  it('deducts only in the agreed months (10.3.6)', async () => {
    const { app, claimId } = await withClaim();
    await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'caseworker', agreementInput({ startMonth: '2026-04', endMonth: '2026-04' }));
    await run(app, '2026-03', '2026-02-27');
    await run(app, '2026-04', '2026-03-31');
    await run(app, '2026-05', '2026-04-30');
    expect([(await paymentOf(app, '2026-03')).deductionAmount, (await paymentOf(app, '2026-04')).deductionAmount, (await paymentOf(app, '2026-05')).deductionAmount]).toEqual([0, 10000, 0]);
  });

  it('never deducts more than the balance; the claim is then paid (10.3.7, 10.3.8 deductInFull)', async () => {
    const { app, claimId } = await withClaim({ principalAmount: 6000 });
    await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'caseworker', agreementInput());
    await run(app, '2026-03', '2026-02-27');
    expect((await paymentOf(app, '2026-03')).deductions[0].amount).toBe(6000);
    expect((await call(app, 'GET', `/claims/${claimId}`, 'accountant')).body).toMatchObject({ status: 'paid', balance: 0, paidTotal: 6000 });
    await run(app, '2026-04', '2026-03-31');
    expect((await paymentOf(app, '2026-04')).deductionAmount).toBe(0);
  });

  it('caps deductions so that the recipient’s part is never negative, after proxy payments (05.1.8, 05.3.4)', async () => {
    const { app, claimId, householdId } = await withClaim();
    await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'caseworker', agreementInput({ monthlyAmount: 50000 }));
    const m = await call(app, 'GET', `/households/${householdId}/payment-method`, 'caseworker');
    const upd = await call(app, 'PATCH', `/households/${householdId}/payment-method`, 'caseworker', {
      proxyPayments: [{ target: 'rent', payeeName: '千代田不動産', monthlyAmount: 80000 }],
    }, { 'if-match': m.headers.etag as string });
    expect(upd.status).toBe(200);
    await run(app, '2026-03', '2026-02-27');
    const p = await paymentOf(app, '2026-03');
    expect(p).toMatchObject({ grossAmount: 110000, proxyAmount: 80000, deductionAmount: 30000, recipientAmount: 0 });
    expect(p.disbursements).toEqual([
      { method: 'proxy', proxyTarget: 'rent', payeeName: '千代田不動産', amount: 80000 },
      { method: 'counter', payeeName: '山田 太郎', amount: 0 },
    ]);
    expect((await call(app, 'GET', `/claims/${claimId}`, 'accountant')).body.balance).toBe(20000);
    expect((await call(app, 'GET', '/payments?method=proxy', 'accountant')).body.items.map((x: any) => x.paymentId)).toEqual([p.paymentId]);
  });

  it('takes claims oldest assessment first when several have agreements', async () => {
    const { app, claimId, householdId } = await withClaim({ assessedOn: '2026-02-20' });
    const older = (await call(app, 'POST', '/claims', 'caseworker', claimInput(householdId, { assessedOn: '2026-02-01', principalAmount: 5000 }))).body.claimId;
    await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'caseworker', agreementInput({ monthlyAmount: 105000 }));
    await call(app, 'POST', `/claims/${older}/deduction-agreements`, 'caseworker', agreementInput({ monthlyAmount: 5000 }));
    await run(app, '2026-03', '2026-02-27');
    const p = await paymentOf(app, '2026-03');
    expect(p.deductions.map((d: any) => [d.claimId, d.amount])).toEqual([[older, 5000], [claimId, 50000]]);
    expect(p.recipientAmount).toBe(55000);
  });
});
