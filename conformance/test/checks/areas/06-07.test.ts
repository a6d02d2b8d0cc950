import { EDITIONS, type Edition } from '@hogo-kit/sdk';
import { describe, expect, it } from 'vitest';
import { checks_a0607 } from '../../../src/checks/areas/06-07/index.ts';
import { runAgainstReference, summary } from '../../support/reference.ts';

const checks = checks_a0607();
const applies = (edition: Edition) => checks.filter((c) => !c.editions || c.editions.includes(edition));

describe('areas 06-07 checks against the reference server', () => {
  for (const edition of EDITIONS) {
    it(`all pass on the unmodified server (${edition})`, async () => {
      const results = await runAgainstReference(applies(edition), edition);
      expect(results.filter((r) => r.status !== 'pass').map(summary)).toEqual([]);
      expect(results).toHaveLength(applies(edition).length);
    });
  }

  /** Each mutant of areas 06–07 that targets a requirement these checks verify, and the check that must fail. */
  const MUTANTS: [mutant: string, checkId: string][] = [
    ['case-record-author-from-client', 'casework.case-record-register-and-list'],
    ['case-record-filter-ignored', 'casework.case-record-register-and-list'],
    ['review-date-beyond-a-year', 'casework.assistance-plan-review'],
    ['absent-visit-counts', 'casework.overdue-visits'],
    ['future-visit-accepted', 'casework.visit-in-future-refused'],
    ['self-approval-allowed', 'casework.approval-no-self-approval'],
    ['self-approval-allowed', 'casework.approval-route-excludes-requester-and-author'],
    ['approval-steps-out-of-order', 'casework.approval-steps-in-order'],
    ['keyword-search-misses-body', 'casework.case-record-keyword-search'],
    ['task-completed-twice', 'casework.task-completed-once'],
    ['appointment-answered-twice', 'casework.visit-appointment-answered-once'],
    ['no-capacity-not-met', 'self-reliance.no-capacity-not-judged-not-met'],
    ['duplicate-active-enrolment', 'self-reliance.no-duplicate-active-enrolment'],
    ['referral-without-consent', 'self-reliance.hello-work-referral-needs-consent'],
    ['independence-benefit-twice', 'self-reliance.independence-benefit-grant-rules'],
    ['independence-benefit-cap-removed', 'self-reliance.independence-benefit-grant-rules'],
  ];
  for (const [mutant, checkId] of MUTANTS) {
    const check = checks.find((c) => c.id === checkId)!;
    for (const edition of EDITIONS.filter((e) => !check.editions || check.editions.includes(e))) {
      it(`${checkId} fails under the mutant ${mutant} (${edition})`, async () => {
        const [result] = await runAgainstReference([check], edition, { mutant });
        expect(result?.status, result && summary(result)).toBe('fail');
      });
    }
  }
});
