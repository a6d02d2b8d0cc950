import { describe, expect, it } from 'vitest';
import type { Edition } from '@hogo-kit/sdk';
import type { AppOptions } from '@hogo-kit/reference-server';
import { checks_a0102 } from '../../../src/checks/areas/01-02/index.ts';
import type { CheckDefinition } from '../../../src/engine/types.ts';
import { runChecks } from '../../../src/engine/runner.ts';
import { referenceTarget, summary } from '../../support/reference.ts';

async function run(checks: readonly CheckDefinition[], edition: Edition, options: AppOptions = {}) {
  const target = await referenceTarget(edition, options);
  try {
    return await runChecks(checks, { edition, clientFor: target.clientFor, fetch: target.fetch, declared: new Set(), concurrency: 8, timeoutMs: 20_000 });
  } finally {
    await target.close();
  }
}

const byId = (id: string): CheckDefinition => {
  const check = checks_a0102().find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
};

describe.each(['2.1', '2.0'] as const)('area 01-02 checks against the unmodified reference server (edition %s)', (edition) => {
  it('pass (or are omitted as belonging to another edition)', async () => {
    const results = await run(checks_a0102(), edition);
    expect(results.filter((r) => r.status !== 'pass' && r.status !== 'omit').map(summary)).toEqual([]);
    for (const r of results.filter((x) => x.status === 'omit')) expect(byId(r.checkId).editions).not.toContain(edition);
  }, 60_000);
});

describe('each seeded defect of areas 01-02 is caught by a check of its requirements', () => {
  const cases: { mutant: string; check: string; says: RegExp; editions?: Edition[] }[] = [
    { mutant: 'consultation-link-dropped', check: 'consultation.links-its-application', says: /applicationId of the consultation/ },
    { mutant: 'receipt-number-not-sequential', check: 'application.receipt-number-per-fiscal-year', says: /serials of fiscal/ },
    { mutant: 'investigation-before-application-date', check: 'application.start-investigation', says: /before the application date/ },
    { mutant: 'withdraw-decided-application', check: 'application.closed-states-refuse-transitions', says: /withdrawApplication on a started application/ },
    { mutant: 'deadline-off-by-one', check: 'application.decision-deadline-14-days', says: /decisionDueDate|day 15/ },
    { mutant: 'deemed-rejection-ignored', check: 'application.deemed-rejection-after-30-days', says: /deemedRejected on day 31/ },
    { mutant: 'forwarding-deadline-off-by-one', check: 'application.town-head-forwarding-5-days', says: /forwardingDueDate|day 6/ },
    { mutant: 'support-condition-on-application', check: 'application.support-is-no-precondition', says: /「不明」 was not registered/ },
    { mutant: 'inquiry-former-recipient-any-period', check: 'inquiry.former-recipient-protected-period-only', says: /before protection/ },
    { mutant: 'support-inquiry-to-dv-relative', check: 'support.dv-excluded-never-inquired', says: /violence or abuse/ },
    { mutant: 'asset-declaration-history-overwritten', check: 'investigation.asset-declarations-kept-with-total', says: /date order/ },
    { mutant: 'examination-order-unlinked', check: 'investigation.examination-order-linked-to-application', says: /applicationId/ },
    { mutant: 'tax-survey-mismatch-hidden', check: 'investigation.tax-survey-flags-differences', says: /discrepancy/, editions: ['2.0'] },
    { mutant: 'consultation-intent-closed', check: 'consultation.intent-to-apply-not-closed', says: /outcome 4 was not refused/ },
  ];

  it.each(cases)('$mutant fails $check', async ({ mutant, check, says, editions }) => {
    for (const edition of editions ?? (['2.1', '2.0'] as const)) {
      const [result] = await run([byId(check)], edition, { mutant });
      expect(result?.status, result && summary(result)).toBe('fail');
      expect(result?.message?.en).toMatch(says);
      expect(result?.message?.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
  }, 30_000);
});
