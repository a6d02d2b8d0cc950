import { describe, expect, it } from 'vitest';
import { checks_a0510 } from '../../../src/checks/areas/05-10/index.ts';
import type { CheckDefinition } from '../../../src/engine/types.ts';
import { runAgainstReference, summary } from '../../support/reference.ts';

const checks = checks_a0510();
const byId = (id: string): CheckDefinition => {
  const check = checks.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
};

describe.each(['2.1', '2.0'] as const)('the checks of areas 05 and 10 against the unmodified reference server (edition %s)', (edition) => {
  it('pass', async () => {
    const results = await runAgainstReference(checks, edition);
    // Only the checks of another edition are omitted.
    for (const r of results.filter((x) => x.status === 'omit')) expect(byId(r.checkId).editions).not.toContain(edition);
    expect(results.filter((r) => r.status !== 'pass' && r.status !== 'omit').map(summary)).toEqual([]);
    expect(results.filter((r) => r.status === 'pass').length).toBe(checks.filter((c) => !c.editions || c.editions.includes(edition)).length);
  }, 60_000);
});

/** Each seeded defect of areas 05 and 10 and the check that must fail under it. */
const CAUGHT = [
  { mutant: 'second-payment-run-accepted', check: 'payment.run-once-per-month', says: /second payment run/ },
  { mutant: 'double-payment-on-retry', check: 'payment.run-retry-pays-once', says: /retry/ },
  { mutant: 'in-kind-paid-in-cash', check: 'payment.regular-equals-decision-cash', says: /in-kind assistance \(04\)/ },
  { mutant: 'occasional-retry-pays-twice', check: 'payment.occasional-recorded-once', says: /retry/ },
  { mutant: 'transfer-without-account', check: 'payment.method-update-rules', says: /without an account/ },
  { mutant: 'payment-method-stale-update', check: 'payment.method-update-rules', says: /stale version/ },
  { mutant: 'ledger-totals-wrong', check: 'payment.ledger-totals', says: /recipientTotal/ },
  { mutant: 'claim-above-paid', check: 'claim.principal-not-above-paid', says: /above what was paid/ },
  { mutant: 'surcharge-cap-removed', check: 'claim.surcharge-at-most-40-percent', says: /above 40 %/ },
  { mutant: 'payment-above-balance', check: 'claim.payment-flow', says: /above the balance/ },
  { mutant: 'claim-payment-retry-twice', check: 'claim.payment-retry-recorded-once', says: /retry/ },
  { mutant: 'deduction-without-request', check: 'deduction.none-without-agreement', says: /without a request/ },
  { mutant: 'unprotected-household-paid', check: 'payment.unprotected-households-not-paid', says: /suspended household|discontinued household/ },
  { mutant: 'repayment-surcharge-wrong', check: 'claim.repayment-computed-from-records', says: /floored|exceeds 40 %/ },
  { mutant: 'early-prescription-write-off', check: 'claim.no-write-off-before-prescription', says: /prescription/ },
];

describe('the checks can fail: each seeded defect of areas 05 and 10 is caught', () => {
  it.each(CAUGHT)('$mutant fails $check', async ({ mutant, check, says }) => {
    const [result] = await runAgainstReference([byId(check)], '2.1', { mutant });
    expect(result?.status, result && summary(result)).toBe('fail');
    expect(result?.message?.en).toMatch(says);
    expect(result?.message?.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  }, 30_000);
});
