import { describe, expect, it } from 'vitest';
import { agreementInput, call, claimInput, paymentApp, seedDecision, seedProtected, STANDARD_FUJO } from '../support/payment-fixtures.ts';

/** A protected household (110,000 yen in cash from January 2026) on a server with or without the mutant. */
async function server(mutant?: string, fujo = STANDARD_FUJO) {
  const ref = await paymentApp(mutant === undefined ? {} : { mutant });
  const h = await seedProtected(ref.store, ref.env.edition, fujo);
  const run = (month: string, paymentDate: string) => call(ref.app, 'POST', '/payment-runs', 'accountant', { month, paymentDate });
  const regular = async (month: string) => (await call(ref.app, 'GET', `/payments?month=${month}&kind=regular`, 'accountant')).body.items;
  return { ...ref, ...h, run, regular };
}

/** The server of `server`, paid for January, with a claim assessed from `claim` (status and body answered). */
async function withClaim(mutant: string | undefined, claim: Record<string, unknown> = {}) {
  const s = await server(mutant);
  await s.run('2026-01', '2025-12-26');
  const created = await call(s.app, 'POST', '/claims', 'caseworker', claimInput(s.householdId, claim));
  return { ...s, created, claimId: created.body.claimId as string };
}

/** Runs `check` against the correct server and the mutant one: [correct, mutant]. */
const both = async <T>(mutant: string, check: (mutant?: string) => Promise<T>): Promise<[T, T]> => [await check(), await check(mutant)];

/** Each seeded defect of areas 05 and 10 (src/mutants/catalogue-*.ts) gives a wrong answer, never a fault. */
describe('05 mutants', () => {
  it('second-payment-run-accepted pays the same month twice (05.1.4)', async () => {
    const [ok, mutant] = await both('second-payment-run-accepted', async (m) => {
      const s = await server(m);
      await s.run('2026-03', '2026-02-27');
      return { status: (await s.run('2026-03', '2026-02-27')).status, payments: (await s.regular('2026-03')).length };
    });
    expect(ok).toEqual({ status: 409, payments: 1 });
    expect(mutant).toEqual({ status: 201, payments: 2 });
  });

  it('in-kind-paid-in-cash pays 医療扶助 in cash (05.1.6, 05.1.2)', async () => {
    const fujo = [...STANDARD_FUJO.slice(0, 2), { fujoType: '04', monthlyAmount: 30000, inKind: true }];
    const [ok, mutant] = await both('in-kind-paid-in-cash', async (m) => {
      const s = await server(m, fujo);
      return (await s.run('2026-03', '2026-02-27')).status === 201 ? (await s.regular('2026-03'))[0] : undefined;
    });
    expect(ok).toMatchObject({ grossAmount: 110000, items: [{ fujoType: '01', amount: 70000 }, { fujoType: '03', amount: 40000 }] });
    expect(mutant.grossAmount).toBe(140000);
    expect(mutant.items).toContainEqual({ fujoType: '04', amount: 30000 });
  });

  it('unprotected-household-paid pays a suspended case (05.1.3)', async () => {
    const [ok, mutant] = await both('unprotected-household-paid', async (m) => {
      const s = await server(m);
      await seedDecision(s.store, s.env.edition, s.householdId, { type: 'suspend', effectiveOn: '2026-02-01' });
      return (await s.run('2026-03', '2026-02-27')).body.householdCount;
    });
    expect([ok, mutant]).toEqual([0, 1]);
  });

  it('transfer-without-account accepts a transfer without a bank account (05.3.2)', async () => {
    const [ok, mutant] = await both('transfer-without-account', async (m) => {
      const s = await server(m);
      const url = `/households/${s.householdId}/payment-method`;
      const etag = (await call(s.app, 'GET', url, 'caseworker')).headers.etag as string;
      return (await call(s.app, 'PATCH', url, 'caseworker', { method: 'transfer' }, { 'if-match': etag })).status;
    });
    expect([ok, mutant]).toEqual([422, 200]);
  });

  it('payment-method-stale-update accepts a stale If-Match (05.3.6, 14.4.2)', async () => {
    const [ok, mutant] = await both('payment-method-stale-update', async (m) => {
      const s = await server(m);
      const url = `/households/${s.householdId}/payment-method`;
      const stale = (await call(s.app, 'GET', url, 'caseworker')).headers.etag as string;
      await call(s.app, 'PATCH', url, 'caseworker', { proxyPayments: [] }, { 'if-match': stale });
      return (await call(s.app, 'PATCH', url, 'caseworker', { proxyPayments: [] }, { 'if-match': stale })).status;
    });
    expect([ok, mutant]).toEqual([412, 200]);
  });

  it('ledger-totals-wrong leaves the deductions in the recipient total (05.4.2)', async () => {
    const [ok, mutant] = await both('ledger-totals-wrong', async (m) => {
      const s = await withClaim(m);
      await call(s.app, 'POST', `/claims/${s.claimId}/deduction-agreements`, 'caseworker', agreementInput());
      await s.run('2026-03', '2026-02-27');
      return (await call(s.app, 'GET', `/households/${s.householdId}/payment-ledger?from=2026-03&to=2026-03`, 'accountant')).body;
    });
    expect(ok).toMatchObject({ grossTotal: 110000, deductionTotal: 10000, recipientTotal: 100000 });
    expect(mutant).toMatchObject({ grossTotal: 110000, deductionTotal: 10000, recipientTotal: 110000 });
  });
});

describe('10 mutants', () => {
  it('surcharge-cap-removed accepts a surcharge above 40 % and one on an Art. 63 claim (10.1.5, 10.1.6)', async () => {
    const [ok, mutant] = await both('surcharge-cap-removed', async (m) => [
      (await withClaim(m, { surchargeAmount: 20001 })).created.status,
      (await withClaim(m, { basis: '63', surchargeAmount: 1000 })).created.status,
    ]);
    expect(ok).toEqual([422, 422]);
    expect(mutant).toEqual([201, 201]);
  });

  it('claim-above-paid assesses more than was paid for the period (10.1.2)', async () => {
    const [ok, mutant] = await both('claim-above-paid', async (m) => (await withClaim(m, { principalAmount: 110001 })).created.status);
    expect([ok, mutant]).toEqual([422, 201]);
  });

  it('payment-above-balance records a payment above the balance (10.2.3)', async () => {
    const [ok, mutant] = await both('payment-above-balance', async (m) => {
      const s = await withClaim(m);
      const res = await call(s.app, 'POST', `/claims/${s.claimId}/payments`, 'accountant', { paidOn: '2026-03-01', method: 'payment-slip', amount: 60000 });
      return { status: res.status, paidTotal: (await call(s.app, 'GET', `/claims/${s.claimId}`, 'accountant')).body.paidTotal };
    });
    expect(ok).toEqual({ status: 422, paidTotal: 0 });
    expect(mutant).toEqual({ status: 200, paidTotal: 60000 });
  });

  it('deduction-without-request deducts from a claim without a request, and before the request date (10.3.2, 10.3.5)', async () => {
    const [ok, mutant] = await both('deduction-without-request', async (m) => {
      const none = await withClaim(m);
      await none.run('2026-03', '2026-02-27');
      const late = await withClaim(m);
      await call(late.app, 'POST', `/claims/${late.claimId}/deduction-agreements`, 'caseworker', agreementInput({ requestedOn: '2026-02-27' }));
      await late.run('2026-03', '2026-02-27');
      return [(await none.regular('2026-03'))[0].deductionAmount, (await late.regular('2026-03'))[0].deductionAmount];
    });
    expect(ok).toEqual([0, 0]);
    expect(mutant).toEqual([50000, 10000]);
  });

  it('early-prescription-write-off writes a claim off for prescription before it completes (10.4.5)', async () => {
    const [ok, mutant] = await both('early-prescription-write-off', async (m) => {
      const s = await withClaim(m);
      return (await call(s.app, 'POST', `/claims/${s.claimId}/write-off`, 'accountant', { writtenOffOn: '2026-03-31', reason: 'prescription', reasonDetail: '時効完成' })).status;
    });
    expect([ok, mutant]).toEqual([422, 200]);
  });

  it('repayment-surcharge-wrong rounds the surcharge up, above 40 % (10.5.4)', async () => {
    const [ok, mutant] = await both('repayment-surcharge-wrong', async (m) => {
      const s = await server(m);
      await s.run('2026-01', '2025-12-26');
      const res = await call(s.app, 'POST', '/repayment-calculations', 'caseworker', {
        householdId: s.householdId, basis: '78', months: [{ month: '2026-01', entitlementAmount: 9999 }], surchargePercent: 40,
      });
      return res.body;
    });
    expect(ok).toMatchObject({ principalAmount: 100001, surchargeAmount: 40000 });
    expect(mutant).toMatchObject({ principalAmount: 100001, surchargeAmount: 40001 });
    expect(mutant.surchargeAmount * 100).toBeGreaterThan(mutant.principalAmount * 40);
  });
});
