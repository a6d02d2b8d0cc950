import { describe, expect, it } from 'vitest';
import { BANK, call, paymentApp, seedDecision, seedProtected } from '../support/payment-fixtures.ts';

const input = (decisionId: string, overrides: Record<string, unknown> = {}) => ({
  decisionId,
  item: 'furniture',
  items: [{ fujoType: '01', amount: 30000 }],
  month: '2026-04',
  paymentDate: '2026-04-03',
  reason: '転居に伴う家具什器の購入',
  ...overrides,
});

async function setup() {
  const ref = await paymentApp();
  const h = await seedProtected(ref.store, ref.env.edition);
  const other = await seedProtected(ref.store, ref.env.edition);
  const url = `/households/${h.householdId}/occasional-payments`;
  return { ...ref, ...h, other, url };
}

describe('05.2 随時支給 — createOccasionalPayment', () => {
  it('records item, amounts per assistance, month, date and reason, listed as occasional (05.2.1, 05.2.3)', async () => {
    const { app, url, decisionId, householdId } = await setup();
    const res = await call(app, 'POST', url, 'caseworker', input(decisionId));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      householdId, kind: 'occasional', month: '2026-04', paymentDate: '2026-04-03', decisionId, occasionalItem: 'furniture',
      items: [{ fujoType: '01', amount: 30000 }], reason: '転居に伴う家具什器の購入', grossAmount: 30000, deductionAmount: 0, proxyAmount: 0, recipientAmount: 30000,
      disbursements: [{ method: 'counter', payeeName: '山田 太郎', amount: 30000 }],
    });
    const list = await call(app, 'GET', '/payments?kind=occasional', 'supervisor');
    expect(list.body.items).toEqual([res.body]);
  });

  it('refuses a decision of another household, an unknown one or a rejection, changing nothing (05.2.2)', async () => {
    const { app, store, env, url, other, householdId } = await setup();
    const reject = await seedDecision(store, env.edition, householdId, { type: 'reject' });
    const before = store.snapshot();
    for (const decisionId of [other.decisionId, 'D-999999', reject]) {
      const res = await call(app, 'POST', url, 'caseworker', input(decisionId));
      expect(res.status).toBe(422);
      expect(res.body.errors[0].pointer).toBe('/body/decisionId');
    }
    expect(store.snapshot()).toEqual(before);
    expect((await call(app, 'POST', '/households/H-999999/occasional-payments', 'caseworker', input(other.decisionId))).status).toBe(404);
  });

  it('refuses 医療扶助 and 介護扶助 (in kind) and proxy as a method (05.2.1, 05.2.6)', async () => {
    const { app, store, url, decisionId } = await setup();
    const before = store.snapshot();
    expect((await call(app, 'POST', url, 'caseworker', input(decisionId, { items: [{ fujoType: '04', amount: 1000 }] }))).status).toBe(422);
    expect((await call(app, 'POST', url, 'caseworker', input(decisionId, { items: [{ fujoType: '01', amount: 1000 }, { fujoType: '05', amount: 1000 }] }))).status).toBe(422);
    expect((await call(app, 'POST', url, 'caseworker', input(decisionId, { method: 'proxy' }))).status).toBe(422);
    expect((await call(app, 'POST', url, 'caseworker', input(decisionId, { method: 'transfer' }))).status).toBe(422);
    expect(store.snapshot()).toEqual(before);
  });

  it('takes a method for this payment only, other than the household’s (05.2.6)', async () => {
    const { app, url, decisionId, householdId } = await setup();
    const m = await call(app, 'GET', `/households/${householdId}/payment-method`, 'caseworker');
    await call(app, 'PATCH', `/households/${householdId}/payment-method`, 'caseworker', { method: 'transfer', bankAccount: BANK }, { 'if-match': m.headers.etag as string });
    const atCounter = await call(app, 'POST', url, 'caseworker', input(decisionId, { method: 'counter', item: 'funeral', items: [{ fujoType: '08', amount: 200000 }] }));
    expect(atCounter.body.disbursements).toEqual([{ method: 'counter', payeeName: '山田 太郎', amount: 200000 }]);
    const byDefault = await call(app, 'POST', url, 'accountant', input(decisionId));
    expect(byDefault.body.disbursements[0]).toMatchObject({ method: 'transfer', bankAccount: BANK });
    expect((await call(app, 'GET', `/households/${householdId}/payment-method`, 'caseworker')).body.method).toBe('transfer');
  });

  it('does not block the regular payment of the same month (05.2.4)', async () => {
    const { app, url, decisionId, householdId } = await setup();
    await call(app, 'POST', url, 'caseworker', input(decisionId));
    const run = await call(app, 'POST', '/payment-runs', 'accountant', { month: '2026-04', paymentDate: '2026-03-31' });
    expect(run.status).toBe(201);
    const mine = (await call(app, 'GET', `/payments?month=2026-04&householdId=${householdId}`, 'accountant')).body.items;
    expect(mine.map((p: any) => p.kind).sort()).toEqual(['occasional', 'regular']);
  });

  it('records a retry with the same Idempotency-Key once (05.2.5)', async () => {
    const { app, url, decisionId } = await setup();
    const key = { 'idempotency-key': 'occ-1' };
    const first = await call(app, 'POST', url, 'caseworker', input(decisionId), key);
    const retry = await call(app, 'POST', url, 'caseworker', input(decisionId), key);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect((await call(app, 'GET', '/payments?kind=occasional', 'caseworker')).body.items).toHaveLength(1);
  });
});
