import { describe, expect, it } from 'vitest';
import { checks_a08091112 } from '../../../src/checks/areas/08-09-11-12/index.ts';
import type { CheckDefinition } from '../../../src/engine/types.ts';
import { runAgainstReference, summary } from '../../support/reference.ts';

const checks = checks_a08091112();
const byId = (id: string): CheckDefinition => {
  const check = checks.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
};

describe.each(['2.1', '2.0'] as const)('areas 08, 09, 11, 12 against the unmodified reference server (edition %s)', (edition) => {
  it('every check passes (or is omitted as belonging to another edition)', async () => {
    const results = await runAgainstReference(checks, edition);
    expect(results.filter((r) => r.status !== 'pass' && r.status !== 'omit').map(summary)).toEqual([]);
    for (const r of results.filter((x) => x.status === 'omit')) expect(byId(r.checkId).editions).not.toContain(edition);
  }, 60_000);
});

/** Each seeded defect of these areas that targets a requirement the checks verify, and the check that catches it. */
const MUTANTS: { mutant: string; check: string }[] = [
  { mutant: 'opinion-period-reversed', check: 'medical.opinion-period-consistent' },
  { mutant: 'duplicate-medical-ticket', check: 'medical.ticket-no-duplicate' },
  { mutant: 'ticket-outside-protection', check: 'medical.ticket-protected-period-only' },
  { mutant: 'restricted-ticket-in-eligibility-data', check: 'medical.eligibility-excludes-restricted-tickets' },
  { mutant: 'care-ticket-without-care-assistance', check: 'care.ticket-needs-care-assistance' },
  { mutant: 'duplicate-care-ticket', check: 'care.ticket-no-duplicate-and-cancellation' },
  { mutant: 'care-ticket-under-40', check: 'care.ticket-refused-under-40' },
  { mutant: 'suspended-counted-as-protected', check: 'statistics.monthly-section-figures' },
  { mutant: 'annual-reference-date-wrong', check: 'statistics.annual-as-of-31-july' },
  { mutant: 'restricted-address-disclosed', check: 'linkage.restricted-address-withheld' },
  { mutant: 'duplicate-change-stored', check: 'linkage.duplicate-change-ignored' },
  { mutant: 'inquiry-list-live', check: 'linkage.inquiry-list-stored-as-made' },
  { mutant: 'alert-for-unprotected', check: 'linkage.alert-only-for-households-in-protection' },
];

describe('the checks catch the seeded defects of areas 08, 09, 11, 12', () => {
  it.each(MUTANTS)('$mutant fails $check', async ({ mutant, check }) => {
    const [result] = await runAgainstReference([byId(check)], '2.1', { mutant });
    expect(result?.status, result && summary(result)).toBe('fail');
    expect(result?.message?.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  }, 30_000);
});
