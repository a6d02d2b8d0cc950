import { describe, expect, it } from 'vitest';
import { agreementInput, call, claimInput, paymentApp, seedProtected } from '../support/payment-fixtures.ts';

/** Two households (different sections and case workers) paid January–April, one with a proxy payment and a deduction. */
async function setup() {
  const ref = await paymentApp();
  const { app, store, env } = ref;
  const a = await seedProtected(store, env.edition, undefined, '2026-01-01', { section: '第一係', assignedCaseworker: 'caseworker-1' });
  const b = await seedProtected(store, env.edition, [{ fujoType: '01', monthlyAmount: 60000, inKind: false }], '2026-01-01', { section: '第二係', assignedCaseworker: 'caseworker-2' });
  const runs: Record<string, string> = {};
  const run = async (month: string, paymentDate: string) => {
    runs[month] = (await call(app, 'POST', '/payment-runs', 'accountant', { month, paymentDate })).body.runId;
  };
  await run('2026-01', '2025-12-26');
  await run('2026-02', '2026-01-30');
  const claimId = (await call(app, 'POST', '/claims', 'caseworker', claimInput(a.householdId))).body.claimId;
  await call(app, 'POST', `/claims/${claimId}/deduction-agreements`, 'caseworker', agreementInput());
  const m = await call(app, 'GET', `/households/${a.householdId}/payment-method`, 'caseworker');
  await call(app, 'PATCH', `/households/${a.householdId}/payment-method`, 'caseworker', { proxyPayments: [{ target: 'rent', payeeName: '千代田不動産', monthlyAmount: 40000 }] }, { 'if-match': m.headers.etag as string });
  await run('2026-03', '2026-02-27');
  await call(app, 'POST', `/households/${a.householdId}/occasional-payments`, 'caseworker', {
    decisionId: a.decisionId, item: 'deposit', items: [{ fujoType: '03', amount: 120000 }], month: '2026-03', paymentDate: '2026-03-10', reason: '転居に伴う敷金',
  });
  await run('2026-04', '2026-03-31');
  return { ...ref, a, b, runs, claimId };
}

describe('05.4 支給台帳・支給記録', () => {
  it('lists the household’s regular and occasional payments with month, date, kind, amount and method (05.4.1, 05.4.5)', async () => {
    const { app, a } = await setup();
    const res = await call(app, 'GET', `/households/${a.householdId}/payment-ledger?from=2026-01&to=2026-12`, 'caseworker');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBeTruthy();
    expect(res.body).toMatchObject({ householdId: a.householdId, caseNumber: expect.any(String), from: '2026-01', to: '2026-12' });
    expect(res.body.payments.map((p: any) => [p.month, p.kind, p.paymentDate])).toEqual([
      ['2026-01', 'regular', '2025-12-26'], ['2026-02', 'regular', '2026-01-30'], ['2026-03', 'regular', '2026-02-27'], ['2026-03', 'occasional', '2026-03-10'], ['2026-04', 'regular', '2026-03-31'],
    ]);
    expect(res.body.payments.every((p: any) => p.decisionId === a.decisionId && p.disbursements.length > 0)).toBe(true);
  });

  it('narrows to a range of months with totals; defaults to the 12 months up to now; from after to is 400 (05.4.2)', async () => {
    const { app, a } = await setup();
    const res = await call(app, 'GET', `/households/${a.householdId}/payment-ledger?from=2026-03&to=2026-03`, 'accountant');
    expect(res.body.payments).toHaveLength(2);
    expect(res.body).toMatchObject({ grossTotal: 230000, deductionTotal: 10000, proxyTotal: 40000, recipientTotal: 180000 });
    const byDefault = await call(app, 'GET', `/households/${a.householdId}/payment-ledger`, 'accountant');
    expect(byDefault.body).toMatchObject({ from: '2025-05', to: '2026-04', grossTotal: 4 * 110000 + 120000 });
    const reversed = await call(app, 'GET', `/households/${a.householdId}/payment-ledger?from=2026-04&to=2026-03`, 'accountant');
    expect(reversed.status).toBe(400);
    expect((await call(app, 'GET', '/households/H-999999/payment-ledger', 'accountant')).status).toBe(404);
  });

  it('itemises deductions per claim and proxy payments per payee (05.4.3)', async () => {
    const { app, a, claimId } = await setup();
    const march = (await call(app, 'GET', `/payments?month=2026-03&householdId=${a.householdId}&kind=regular`, 'accountant')).body.items[0];
    expect(march.deductions).toEqual([expect.objectContaining({ claimId, amount: 10000 })]);
    expect(march.disbursements[0]).toEqual({ method: 'proxy', proxyTarget: 'rent', payeeName: '千代田不動産', amount: 40000 });
  });

  it('filters payments by month, kind, method, run, section and case worker (05.4.4)', async () => {
    const { app, a, b, runs } = await setup();
    const ids = async (q: string) => (await call(app, 'GET', `/payments?${q}`, 'accountant')).body.items.map((p: any) => `${p.householdId}/${p.month}/${p.kind}`);
    expect(await ids('month=2026-03')).toEqual([`${a.householdId}/2026-03/regular`, `${a.householdId}/2026-03/occasional`, `${b.householdId}/2026-03/regular`]);
    expect(await ids('kind=occasional')).toEqual([`${a.householdId}/2026-03/occasional`]);
    expect(await ids('method=proxy')).toEqual([`${a.householdId}/2026-03/regular`, `${a.householdId}/2026-04/regular`]);
    expect(await ids(`runId=${runs['2026-02']}`)).toEqual([`${a.householdId}/2026-02/regular`, `${b.householdId}/2026-02/regular`]);
    expect(await ids('section=第二係&month=2026-01')).toEqual([`${b.householdId}/2026-01/regular`]);
    expect(await ids('assignedCaseworker=caseworker-1&month=2026-04')).toEqual([`${a.householdId}/2026-04/regular`]);
    const page1 = await call(app, 'GET', '/payments?limit=3', 'accountant');
    expect(page1.body.items).toHaveLength(3);
    const page2 = await call(app, 'GET', `/payments?limit=3&cursor=${page1.body.nextCursor}`, 'accountant');
    expect(page2.body.items).toHaveLength(3);
    expect(page2.body.items[0].paymentId).not.toBe(page1.body.items[0].paymentId);
    expect(page2.body.nextCursor).not.toBeNull();
  });
});
