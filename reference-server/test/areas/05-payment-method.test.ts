import { describe, expect, it } from 'vitest';
import { BANK, call, paymentApp, seedProtected } from '../support/payment-fixtures.ts';

async function setup() {
  const ref = await paymentApp();
  const h = await seedProtected(ref.store, ref.env.edition);
  const url = `/households/${h.householdId}/payment-method`;
  const current = async () => call(ref.app, 'GET', url, 'caseworker');
  const patch = async (body: unknown, etag?: string) =>
    call(ref.app, 'PATCH', url, 'caseworker', body, etag === undefined ? {} : { 'if-match': etag });
  return { ...ref, ...h, url, current, patch };
}

describe('05.3 支給方法・代理納付', () => {
  it('answers counter and no proxy payments for a household without a setting, with an ETag; 404 for no household (05.3.1)', async () => {
    const { app, current, householdId } = await setup();
    const got = await current();
    expect(got.status).toBe(200);
    expect(got.body).toEqual({ householdId, method: 'counter', proxyPayments: [] });
    expect(got.headers.etag).toBeTruthy();
    expect((await call(app, 'GET', '/households/H-999999/payment-method', 'caseworker')).status).toBe(404);
  });

  it('records a bank transfer with a complete account and proxy payments (05.3.1, 05.3.3)', async () => {
    const { current, patch } = await setup();
    const res = await patch({ method: 'transfer', bankAccount: BANK, proxyPayments: [{ target: 'care-premium', payeeName: '千代田区（介護保険）', monthlyAmount: 3000 }] }, (await current()).headers.etag as string);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ method: 'transfer', bankAccount: BANK, proxyPayments: [{ target: 'care-premium', monthlyAmount: 3000 }], updatedBy: 'caseworker-1' });
    expect(res.headers.etag).toBeTruthy();
    expect((await current()).body.method).toBe('transfer');
  });

  it('refuses a transfer without a bank account, and proxy as the method, changing nothing (05.3.2)', async () => {
    const { store, current, patch } = await setup();
    const etag = (await current()).headers.etag as string;
    const before = store.snapshot();
    const noAccount = await patch({ method: 'transfer' }, etag);
    expect(noAccount.status).toBe(422);
    expect(noAccount.body.errors[0].pointer).toBe('/body/method');
    expect((await patch({ method: 'proxy' }, etag)).status).toBe(422);
    const partial = await patch({ method: 'transfer', bankAccount: { bankCode: '0001', branchCode: '001', accountType: '1', accountNumber: '1234567' } }, etag);
    expect(partial.status).toBe(400);
    expect(store.snapshot()).toEqual(before);
    // an account already recorded is enough
    const withAccount = await patch({ bankAccount: BANK }, etag);
    expect((await patch({ method: 'transfer' }, withAccount.headers.etag as string)).status).toBe(200);
  });

  it('needs the current ETag: 428 without If-Match, 412 when stale (05.3.6)', async () => {
    const { store, current, patch } = await setup();
    const first = (await current()).headers.etag as string;
    expect((await patch({ method: 'counter' })).status).toBe(428);
    expect((await patch({ bankAccount: BANK }, first)).status).toBe(200);
    const before = store.snapshot();
    expect((await patch({ method: 'transfer' }, first)).status).toBe(412);
    expect(store.snapshot()).toEqual(before);
  });

  it('pays the recipient’s part by transfer to the account and splits out proxy payments (05.3.4)', async () => {
    const { app, current, patch } = await setup();
    await patch({ method: 'transfer', bankAccount: BANK, proxyPayments: [
      { target: 'rent', payeeName: '千代田不動産', monthlyAmount: 40000, startMonth: '2026-04' },
      { target: 'common-fee', payeeName: '管理組合', monthlyAmount: 2000, endMonth: '2026-03' },
    ] }, (await current()).headers.etag as string);
    const run = await call(app, 'POST', '/payment-runs', 'accountant', { month: '2026-04', paymentDate: '2026-03-31' });
    expect(run.body).toMatchObject({ grossTotal: 110000, proxyTotal: 40000, recipientTotal: 70000 });
    const p = (await call(app, 'GET', `/payments?runId=${run.body.runId}`, 'accountant')).body.items[0];
    expect(p.disbursements).toEqual([
      { method: 'proxy', proxyTarget: 'rent', payeeName: '千代田不動産', amount: 40000 },
      { method: 'transfer', payeeName: '山田 太郎', bankAccount: BANK, amount: 70000 },
    ]);
    expect(p).toMatchObject({ proxyAmount: 40000, recipientAmount: 70000 });
  });

  it('leaves payments created before a change of method unchanged (05.3.5)', async () => {
    const { app, householdId, current, patch } = await setup();
    await call(app, 'POST', '/payment-runs', 'accountant', { month: '2026-04', paymentDate: '2026-03-31' });
    const ledgerBefore = (await call(app, 'GET', `/households/${householdId}/payment-ledger?from=2026-04&to=2026-04`, 'caseworker')).body;
    await patch({ method: 'transfer', bankAccount: BANK, proxyPayments: [{ target: 'rent', payeeName: '千代田不動産', monthlyAmount: 40000 }] }, (await current()).headers.etag as string);
    const ledgerAfter = (await call(app, 'GET', `/households/${householdId}/payment-ledger?from=2026-04&to=2026-04`, 'caseworker')).body;
    expect(ledgerAfter).toEqual(ledgerBefore);
    expect(ledgerAfter.payments[0].disbursements).toEqual([{ method: 'counter', payeeName: '山田 太郎', amount: 110000 }]);
  });
});
