import { describe, expect, it } from 'vitest';
import { agreementInput, call, claimInput, paymentApp, seedProtected } from '../support/payment-fixtures.ts';

/** A 78 claim of 50,000 yen (due 2026-03-10, prescription 2031-03-10) on a household paid for January. */
async function setup(overrides: Record<string, unknown> = {}) {
  const ref = await paymentApp();
  const h = await seedProtected(ref.store, ref.env.edition);
  await call(ref.app, 'POST', '/payment-runs', 'accountant', { month: '2026-01', paymentDate: '2025-12-26' });
  const claimId = (await call(ref.app, 'POST', '/claims', 'caseworker', claimInput(h.householdId, overrides))).body.claimId as string;
  const pay = (body: Record<string, unknown>, role = 'accountant', headers: Record<string, string> = {}) =>
    call(ref.app, 'POST', `/claims/${claimId}/payments`, role, { paidOn: '2026-03-01', method: 'payment-slip', ...body }, headers);
  const writeOff = (body: Record<string, unknown>, role = 'accountant') =>
    call(ref.app, 'POST', `/claims/${claimId}/write-off`, role, { writtenOffOn: '2026-03-31', reason: 'exemption', reasonDetail: '免除決定 第12号', ...body });
  const get = async (asOf?: string) => (await call(ref.app, 'GET', `/claims/${claimId}${asOf ? `?asOf=${asOf}` : ''}`, 'accountant')).body;
  return { ...ref, ...h, claimId, pay, writeOff, get };
}

describe('10.2 納付・残高 — the claim flow', () => {
  it('assessed → partiallyPaid → paid, with the ledger of payments (10.2.1, 10.2.2, 10.2.7; payPartially, payInFull)', async () => {
    const { pay, get } = await setup();
    const first = await pay({ amount: 20000, receiptNumber: 'R-1', note: '窓口にて' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'partiallyPaid', paidTotal: 20000, balance: 30000 });
    expect(first.body.payments).toEqual([expect.objectContaining({ paidOn: '2026-03-01', amount: 20000, method: 'payment-slip', receiptNumber: 'R-1', note: '窓口にて', balanceAfter: 30000, recordedBy: 'accountant-1' })]);
    expect((await pay({ amount: 10000, method: 'cash' })).body.status).toBe('partiallyPaid');
    const last = await pay({ amount: 20000, method: 'account-transfer' });
    expect(last.body).toMatchObject({ status: 'paid', paidTotal: 50000, balance: 0, overdue: false });
    expect((await get()).payments.map((p: any) => p.balanceAfter)).toEqual([30000, 20000, 0]);
  });

  it('refuses an amount above the balance and the method deduction, changing nothing (10.2.3)', async () => {
    const { store, pay } = await setup();
    const before = store.snapshot();
    const above = await pay({ amount: 50001 });
    expect(above.status).toBe(422);
    expect(above.body.errors[0].pointer).toBe('/body/amount');
    expect((await pay({ amount: 100, method: 'deduction' })).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses a payment into a paid or written-off claim with 409 (10.2.4)', async () => {
    const paidCase = await setup();
    await paidCase.pay({ amount: 50000 });
    let before = paidCase.store.snapshot();
    const again = await paidCase.pay({ amount: 1 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('illegal-transition');
    expect(paidCase.store.snapshot()).toEqual(before);
    const writtenOff = await setup();
    await writtenOff.writeOff({});
    before = writtenOff.store.snapshot();
    expect((await writtenOff.pay({ amount: 1 })).status).toBe(409);
    expect(writtenOff.store.snapshot()).toEqual(before);
  });

  it('derives overdue from the due date or the instalments due before asOf (10.2.6)', async () => {
    const plain = await setup();
    expect((await plain.get('2026-03-10')).overdue).toBe(false);
    expect((await plain.get('2026-03-11')).overdue).toBe(true);
    const plan = await setup({ instalments: [{ dueDate: '2026-03-10', amount: 25000 }, { dueDate: '2026-06-10', amount: 25000 }] });
    expect((await plan.get('2026-03-11')).overdue).toBe(true);
    await plan.pay({ amount: 25000 });
    expect((await plan.get('2026-03-11')).overdue).toBe(false);
    expect((await plan.get('2026-06-11')).overdue).toBe(true);
  });

  it('lets only accountants record payments (10.2.8)', async () => {
    const { store, pay } = await setup();
    const before = store.snapshot();
    for (const role of ['caseworker', 'supervisor', 'manager']) expect((await pay({ amount: 100 }, role)).status).toBe(403);
    expect(store.snapshot()).toEqual(before);
  });

  it('records a retried payment with the same Idempotency-Key once (10.2.9)', async () => {
    const { pay, get } = await setup();
    const first = await pay({ amount: 1000 }, 'accountant', { 'idempotency-key': 'pay-1' });
    const retry = await pay({ amount: 1000 }, 'accountant', { 'idempotency-key': 'pay-1' });
    expect(retry.body).toEqual(first.body);
    expect((await get()).payments).toHaveLength(1);
  });

  it('answers 404 for an unknown claim', async () => {
    const { app } = await setup();
    expect((await call(app, 'POST', '/claims/CL-999999/payments', 'accountant', { paidOn: '2026-03-01', amount: 1, method: 'cash' })).status).toBe(404);
  });
});

describe('10.3 保護金品からの徴収の同意 — createDeductionAgreement', () => {
  it('records the written request date, monthly amount and start month, shown on the claim (10.3.1, 10.3.4)', async () => {
    const { app, claimId, householdId, get } = await setup();
    const res = await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'accountant', agreementInput({ endMonth: '2026-12' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ claimId, householdId, requestedOn: '2026-02-15', monthlyAmount: 10000, startMonth: '2026-03', endMonth: '2026-12', livelihoodConfirmed: true, recordedBy: 'accountant-1' });
    expect((await get()).deductionAgreements).toEqual([res.body]);
  });

  it('requires the livelihood confirmation (10.3.4) and a start month not after the end month', async () => {
    const { app, store, claimId } = await setup();
    const before = store.snapshot();
    expect((await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'accountant', agreementInput({ livelihoodConfirmed: false }))).status).toBe(400);
    const { livelihoodConfirmed: _, ...without } = agreementInput();
    expect((await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'accountant', without)).status).toBe(400);
    expect((await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'accountant', agreementInput({ endMonth: '2026-02' }))).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
  });

  it('is refused for Art. 63 and Art. 77 claims, allowed for 77-2 and 78 (10.3.3)', async () => {
    for (const basis of ['63', '77-2']) {
      const { app, store, claimId } = await setup({ basis });
      const before = store.snapshot();
      const res = await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'caseworker', agreementInput());
      if (basis === '63') {
        expect(res.status).toBe(422);
        expect(store.snapshot()).toEqual(before);
      } else expect(res.status).toBe(201);
    }
  });

  it('is refused with 409 for a paid or written-off claim', async () => {
    const { app, store, claimId, writeOff } = await setup();
    await writeOff({});
    const before = store.snapshot();
    expect((await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'caseworker', agreementInput())).status).toBe(409);
    expect(store.snapshot()).toEqual(before);
  });
});

describe('10.4 時効・不納欠損', () => {
  it('renews the prescription date by a payment, 5 years after the payment date (10.4.1, 10.4.2)', async () => {
    const { pay, get } = await setup({ dueDate: '2026-03-10' });
    expect((await get()).prescriptionDate).toBe('2031-03-10');
    expect((await pay({ amount: 1000, paidOn: '2026-04-01' })).body.prescriptionDate).toBe('2031-04-01');
    expect((await pay({ amount: 1000, paidOn: '2026-03-05' })).body.prescriptionDate).toBe('2031-04-01');
  });

  it('moves 29 February to the end of February five years on', async () => {
    const { get } = await setup({ assessedOn: '2028-02-01', dueDate: '2028-02-29' });
    expect((await get()).prescriptionDate).toBe('2033-02-28');
  });

  it('derives prescribed for asOf after the prescription date (10.4.3)', async () => {
    const { get } = await setup();
    expect((await get('2031-03-10')).prescribed).toBe(false);
    expect((await get('2031-03-11')).prescribed).toBe(true);
  });

  it('writes off for a legal reason with its ground, keeping the history, balance 0 (10.4.4, 10.4.6, 10.4.7; writeOff)', async () => {
    const { pay, writeOff, get } = await setup();
    await pay({ amount: 5000 });
    const res = await writeOff({ reason: 'extinction', reasonDetail: '破産免責決定（令和8年(フ)第1号）' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'writtenOff', writtenOffOn: '2026-03-31', writeOffReason: 'extinction', writeOffReasonDetail: '破産免責決定（令和8年(フ)第1号）', writtenOffAmount: 45000, balance: 0, paidTotal: 5000, overdue: false, prescribed: false });
    expect(res.body.payments).toHaveLength(1);
    expect((await get()).status).toBe('writtenOff');
  });

  it('refuses a write-off for prescription before it completes; allows it after (10.4.5)', async () => {
    const { store, writeOff } = await setup();
    const before = store.snapshot();
    const early = await writeOff({ reason: 'prescription', writtenOffOn: '2031-03-10' });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].pointer).toBe('/body/writtenOffOn');
    expect(store.snapshot()).toEqual(before);
    expect((await writeOff({ reason: 'prescription', writtenOffOn: '2031-03-11', reasonDetail: '時効完成' })).status).toBe(200);
  });

  it('requires the ground of the write-off (10.4.6)', async () => {
    const { writeOff } = await setup();
    expect((await writeOff({ reasonDetail: '' })).status).toBe(400);
  });

  it('refuses to write off a paid or written-off claim with 409 (10.4.8)', async () => {
    const { store, pay, writeOff } = await setup();
    await pay({ amount: 50000 });
    const before = store.snapshot();
    expect((await writeOff({})).status).toBe(409);
    expect(store.snapshot()).toEqual(before);
    const other = await setup();
    await other.writeOff({});
    expect((await other.writeOff({})).status).toBe(409);
  });

  it('lets only accountants and managers write off (10.4.9)', async () => {
    const { store, writeOff } = await setup();
    const before = store.snapshot();
    for (const role of ['caseworker', 'supervisor']) expect((await writeOff({}, role)).status).toBe(403);
    expect(store.snapshot()).toEqual(before);
    expect((await writeOff({}, 'manager')).status).toBe(200);
  });
});
