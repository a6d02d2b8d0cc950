import { describe, expect, it } from 'vitest';
import { caseBody, decisionServer, startBody } from '../support/03-decision.ts';
import { call, paymentApp, seedDecision, seedHousehold, seedProtected, STANDARD_FUJO } from '../support/payment-fixtures.ts';

const RUN = { month: '2026-04', paymentDate: '2026-03-31' };

async function setup() {
  const ref = await paymentApp();
  return { ...ref, edition: ref.env.edition };
}

describe('05.1 定例支給 — createPaymentRun', () => {
  it('pays every household protected on the 1st from the decision in force, cash items only (05.1.1, 05.1.2, 05.1.6, 05.4.5)', async () => {
    const { app, store, edition } = await setup();
    const a = await seedProtected(store, edition);
    const change = await seedDecision(store, edition, a.householdId, {
      type: 'change', effectiveOn: '2026-03-01',
      fujo: [{ fujoType: '01', monthlyAmount: 72000, inKind: false }, { fujoType: '05', monthlyAmount: 9000, inKind: false }, { fujoType: '02', monthlyAmount: 0, inKind: false }],
    });
    await seedDecision(store, edition, a.householdId, { type: 'change', effectiveOn: '2026-04-02', fujo: [{ fujoType: '01', monthlyAmount: 1, inKind: false }] });
    const b = await seedProtected(store, edition);
    const res = await call(app, 'POST', '/payment-runs', 'accountant', RUN);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ month: '2026-04', paymentDate: '2026-03-31', householdCount: 2, createdBy: 'accountant-1' });
    const list = await call(app, 'GET', `/payments?runId=${res.body.runId}`, 'accountant');
    expect(list.body.items).toHaveLength(2);
    const [pa, pb] = [a, b].map((h) => list.body.items.find((p: any) => p.householdId === h.householdId));
    expect(pa).toMatchObject({ kind: 'regular', month: '2026-04', decisionId: change, items: [{ fujoType: '01', amount: 72000 }], grossAmount: 72000 });
    expect(pb).toMatchObject({ decisionId: b.decisionId, items: [{ fujoType: '01', amount: 70000 }, { fujoType: '03', amount: 40000 }], grossAmount: 110000, recipientAmount: 110000 });
    expect(pb.items.some((i: any) => i.fujoType === '04' || i.fujoType === '05')).toBe(false);
    expect(pb.disbursements).toEqual([{ method: 'counter', payeeName: '山田 太郎', amount: 110000 }]);
  });

  it('leaves out households not in protection on the 1st (05.1.3)', async () => {
    const { app, store, edition } = await setup();
    const pending = await seedHousehold(store, edition);
    const suspended = await seedProtected(store, edition);
    await seedDecision(store, edition, suspended.householdId, { type: 'suspend', effectiveOn: '2026-03-15' });
    const discontinued = await seedProtected(store, edition);
    await seedDecision(store, edition, discontinued.householdId, { type: 'discontinue', effectiveOn: '2026-04-01' });
    const transferred = await seedProtected(store, edition);
    await seedDecision(store, edition, transferred.householdId, { type: 'discontinue', effectiveOn: '2026-03-20', transfer: true });
    const startsLater = await seedProtected(store, edition, STANDARD_FUJO, '2026-04-02');
    const endsLater = await seedProtected(store, edition);
    await seedDecision(store, edition, endsLater.householdId, { type: 'discontinue', effectiveOn: '2026-04-15' });
    const resumed = await seedProtected(store, edition);
    await seedDecision(store, edition, resumed.householdId, { type: 'suspend', effectiveOn: '2026-02-01' });
    await seedDecision(store, edition, resumed.householdId, { type: 'resume', effectiveOn: '2026-03-01' });
    const medicalOnly = await seedProtected(store, edition, [{ fujoType: '04', monthlyAmount: 0, inKind: true }]);
    const res = await call(app, 'POST', '/payment-runs', 'accountant', RUN);
    const paid = (await call(app, 'GET', '/payments?month=2026-04', 'accountant')).body.items.map((p: any) => p.householdId);
    expect(paid.sort()).toEqual([endsLater.householdId, resumed.householdId].sort());
    for (const h of [pending, suspended.householdId, discontinued.householdId, transferred.householdId, startsLater.householdId, medicalOnly.householdId]) {
      expect(paid).not.toContain(h);
    }
    expect(res.body.householdCount).toBe(2);
  });

  it('refuses a second run for the same month with 409 and pays nobody twice (05.1.4)', async () => {
    const { app, store, edition } = await setup();
    await seedProtected(store, edition);
    expect((await call(app, 'POST', '/payment-runs', 'accountant', RUN)).status).toBe(201);
    const before = store.snapshot();
    const again = await call(app, 'POST', '/payment-runs', 'accountant', { ...RUN, paymentDate: '2026-04-01' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('payment-run-exists');
    expect(store.snapshot()).toEqual(before);
    expect((await call(app, 'GET', '/payments?month=2026-04&kind=regular', 'accountant')).body.items).toHaveLength(1);
    expect((await call(app, 'POST', '/payment-runs', 'accountant', { month: '2026-05', paymentDate: '2026-04-30' })).status).toBe(201);
  });

  it('answers a retry with the same Idempotency-Key with the first run and pays once (05.1.5)', async () => {
    const { app, store, edition } = await setup();
    await seedProtected(store, edition);
    const key = { 'idempotency-key': 'run-2026-04' };
    const first = await call(app, 'POST', '/payment-runs', 'accountant', RUN, key);
    const retry = await call(app, 'POST', '/payment-runs', 'accountant', RUN, key);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect((await call(app, 'GET', '/payments?month=2026-04', 'accountant')).body.items).toHaveLength(1);
    expect((await call(app, 'GET', `/payment-runs/${first.body.runId}`, 'manager')).body).toEqual(first.body);
  });

  it('reports the totals of the run (05.1.9) and answers 404 for an unknown run', async () => {
    const { app, store, edition } = await setup();
    await seedProtected(store, edition);
    await seedProtected(store, edition, [{ fujoType: '01', monthlyAmount: 50000, inKind: false }]);
    const run = await call(app, 'POST', '/payment-runs', 'accountant', RUN);
    const got = await call(app, 'GET', `/payment-runs/${run.body.runId}`, 'supervisor');
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBeTruthy();
    expect(got.body).toMatchObject({ householdCount: 2, grossTotal: 160000, deductionTotal: 0, proxyTotal: 0, recipientTotal: 160000 });
    expect((await call(app, 'GET', '/payment-runs/PR-999999', 'accountant')).status).toBe(404);
  });

  it('lets only accountants run regular payments (05.1.10)', async () => {
    const { app, store, edition } = await setup();
    await seedProtected(store, edition);
    const before = store.snapshot();
    for (const role of ['caseworker', 'supervisor', 'manager']) {
      expect((await call(app, 'POST', '/payment-runs', role, RUN)).status).toBe(403);
    }
    expect(store.snapshot()).toEqual(before);
  });
});

describe('05.4 支給の一覧 — no deleting or rewriting (05.4.6)', () => {
  it('offers no route that deletes or rewrites a payment', async () => {
    const { app, store, edition } = await setup();
    await seedProtected(store, edition);
    await call(app, 'POST', '/payment-runs', 'accountant', RUN);
    const payment = (await call(app, 'GET', '/payments', 'accountant')).body.items[0];
    const before = store.snapshot();
    for (const method of ['DELETE', 'PATCH', 'PUT'] as const) {
      const res = await call(app, method, `/payments/${payment.paymentId}`, 'accountant', method === 'DELETE' ? undefined : { grossAmount: 1 }, { 'if-match': '*' });
      expect([404, 405]).toContain(res.status);
    }
    expect(store.snapshot()).toEqual(before);
  });
});

describe('05.1 with the decisions of area 03', () => {
  it('pays from decideApplication / createCaseDecision decisions (start, resume with amounts, discontinue)', async () => {
    const s = await decisionServer();
    const a = await s.protectedCase();
    const b = await s.protectedCase();
    expect((await s.caseDecision(b.householdId, caseBody('suspend', { effectiveOn: '2026-03-15', decidedOn: '2026-03-14' }))).status).toBe(201);
    const resumed = await s.caseDecision(b.householdId, caseBody('resume', { effectiveOn: '2026-03-25', fujoBreakdown: [{ fujoType: '01', monthlyAmount: 80000, inKind: false }] }));
    expect(resumed.status).toBe(201);
    const c = await s.protectedCase();
    expect((await s.caseDecision(c.householdId, caseBody('discontinue', { effectiveOn: '2026-03-31' }))).status).toBe(201);
    const run = await call(s.app, 'POST', '/payment-runs', 'accountant', RUN);
    expect(run.status).toBe(201);
    const items = (await call(s.app, 'GET', `/payments?runId=${run.body.runId}`, 'accountant')).body.items;
    const gross = (fujo: { monthlyAmount: number }[]) => fujo.reduce((x, f) => x + f.monthlyAmount, 0);
    expect(items.map((p: any) => [p.householdId, p.decisionId, p.grossAmount])).toEqual([
      [a.householdId, a.start.decisionId, gross(startBody().fujoBreakdown)],
      [b.householdId, resumed.body.decisionId, 80000],
    ]);
  });
});
