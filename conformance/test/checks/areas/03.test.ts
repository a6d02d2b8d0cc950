import { describe, expect, it } from 'vitest';
import { MUTANTS } from '@hogo-kit/reference-server';
import { FLOW_MUTANT_CASES } from '../flow-cases.ts';
import { checks_a03 } from '../../../src/checks/areas/03/index.ts';
import { describeChecks, type MutantCase } from '../../support/area-suite.ts';

const cases: MutantCase[] = [
  { mutant: 'start-before-application-date', check: 'decision.start-not-before-application-date', says: /day before the application date/ },
  { mutant: 'second-decision-accepted', check: 'decision.no-second-decision', says: /rejection of a started application was not refused/ },
  { mutant: 'second-decision-accepted', check: 'decision.none-on-withdrawn-application', says: /withdrawn application was not refused/ },
  { mutant: 'delay-reason-not-required', check: 'decision.delay-reason-required-after-14-days', says: /without a delay reason was not refused/ },
  { mutant: 'delay-reason-not-required', check: 'decision.change-application-delay-reason', says: /without a delay reason was not refused/ },
  { mutant: 'ex-officio-urgency-dropped', check: 'decision.ex-officio-start', says: /urgencyText/ },
  { mutant: 'illegal-transition-accepted', check: 'decision.illegal-transitions-refused', says: /suspend on a discontinued household/ },
  { mutant: 'sanction-without-hearing', check: 'decision.sanction-requires-hearing', says: /sanction without a hearing date/ },
  { mutant: 'discontinue-without-reason', check: 'decision.discontinue-requires-reason-code', says: /without a reason code was not refused/ },
  { mutant: 'decision-overwritten', check: 'decision.never-edited', says: /start decision after the change/ },
  { mutant: 'decision-overwritten', check: 'decision.case-flow', says: /previousDecisionId/ },
  { mutant: 'required-field-dropped', check: 'decision.start-on-application', says: /getDecision\) did not answer 200|reasonText/ },
  { mutant: 'notice-without-appeal-instructions', check: 'decision.notice-contents', says: /getDecisionNotice\) did not answer 200|appeal instructions/ },
  { mutant: 'transfer-without-discontinuation', check: 'decision.transfer-on-moving', says: /not in the household decisions/ },
  { mutant: 'decision-calculation-amounts-dropped', check: 'decision.amounts-from-linked-calculation', says: /minimumCost, recognisedIncome, payment/ },
  { mutant: 'notice-without-calculation-breakdown', check: 'decision.notice-shows-calculation-breakdown', says: /the notice of the start decision: minimumCost/ },
  { mutant: 'decision-unapproved-approval-accepted', check: 'decision.linked-to-approved-approval', says: /not yet approved was not refused/ },
  { mutant: 'decision-change-alert-unlinked', check: 'decision.ex-officio-linked-to-change-alert', says: /changeAlertId/ },
  { mutant: 'notice-bulk-section-ignored', check: 'decision.notices-output-in-bulk', says: /notices of April in the section/ },
  { mutant: 'restart-after-discontinuation-refused', check: 'decision.restart-on-new-application', says: /answered 409, not 201/ },
  { mutant: 'start-on-open-case-accepted', check: 'decision.illegal-transitions-refused', says: /start on a new application of a protected household/ },
  { mutant: 'ex-officio-start-on-open-case', check: 'decision.illegal-transitions-refused', says: /exOfficioStart on a protected household/ },
  { mutant: 'start-decided-on-notice-date', check: 'decision.start-on-application', says: /decidedOn/ },
  { mutant: 'rejection-reason-dropped', check: 'decision.reject-on-application', says: /rejectionReason/ },
  { mutant: 'fujo-in-kind-recorded-as-cash', check: 'decision.start-on-application', says: /fujoBreakdown/ },
  { mutant: 'start-reason-dropped', check: 'decision.start-on-application', says: /startReason/ },
  { mutant: 'days-from-application-first-day-counted', check: 'decision.delay-reason-required-after-14-days', says: /daysFromApplication/ },
  { mutant: 'deemed-rejection-from-day-30', check: 'decision.after-day-30-registered', says: /deemedRejectionPassed of the day-30 decision/ },
  { mutant: 'change-application-dated-on-receipt', check: 'decision.change-application-deadlines', says: /appliedOn|did not answer 201 \(status 422\)/ },
  { mutant: 'change-application-due-date-first-day-counted', check: 'decision.change-application-deadlines', says: /decisionDueDate/ },
  { mutant: 'change-application-deemed-rejected-on-day-30', check: 'decision.change-application-deadlines', says: /deemedRejected/ },
  { mutant: 'change-application-decision-unlinked', check: 'decision.change-application-deadlines', says: /decisionId/ },
  { mutant: 'ex-officio-change-refused', check: 'decision.case-flow', says: /change decision/ },
  { mutant: 'suspension-refused', check: 'decision.case-flow', says: /suspend decision/ },
  { mutant: 'resumption-refused', check: 'decision.case-flow', says: /resume decision/ },
  { mutant: 'start-reasons-not-kept', check: 'decision.reasons-required', says: /status 500|reasonText/ },
  { mutant: 'ex-officio-start-origin-application', check: 'decision.ex-officio-start', says: /origin/ },
  { mutant: 'decision-author-not-kept', check: 'decision.start-on-application', says: /status 500|decidedBy/ },
  { mutant: 'household-start-date-from-decision-date', check: 'decision.start-on-application', says: /startedOn/ },
  { mutant: 'notice-without-fujo-breakdown', check: 'decision.notice-contents', says: /fujoBreakdown/ },
  { mutant: 'notice-reason-category-as-reasons', check: 'decision.notice-contents', says: /reasonText/ },
  { mutant: 'notice-delay-reason-after-day-30-only', check: 'decision.notice-contents', says: /delayReason/ },
  { mutant: 'notice-dated-on-decision-date', check: 'decision.notice-contents', says: /issuedOn/ },
  { mutant: 'transfer-notified-date-dropped', check: 'decision.transfer-on-moving', says: /destinationNotifiedOn/ },
];

describeChecks('area 03', checks_a03(), cases);

describe('area 03: mutant coverage', () => {
  it('covers every mutant of the catalogue that targets a requirement the area-03 checks verify', () => {
    const verified = new Set(checks_a03().flatMap((c) => c.verifies));
    const targeting = MUTANTS.filter((m) => m.requirements.some((r) => verified.has(r))).map((m) => m.id);
    // A mutant of the case flow may be caught by a flow check instead (conformance/src/checks/flows).
    const caught = new Set([...cases, ...FLOW_MUTANT_CASES].map((c) => c.mutant));
    expect([...new Set(targeting)].filter((id) => !caught.has(id))).toEqual([]);
  });
});
