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
