import type { MutantCase } from '../support/area-suite.ts';

/** The seeded defects the flow checks catch (shared with the area tests' mutant-coverage tests). */
export const FLOW_MUTANT_CASES: MutantCase[] = [
  { mutant: 'investigation-started-twice', check: 'flow.application-illegal-operations-refused', says: /startInvestigation on the application in state investigating/ },
  { mutant: 'withdraw-decided-application', check: 'flow.application-illegal-operations-refused', says: /withdrawApplication on the application in state started/ },
  { mutant: 'second-decision-accepted', check: 'flow.application-illegal-operations-refused', says: /decideApplication on the application in state (rejected|started|withdrawn)/ },
  { mutant: 'ex-officio-start-on-open-case', check: 'flow.case-no-start-while-protected-suspended-or-transferred', says: /startExOfficio on the household in state protected/ },
  { mutant: 'transferred-case-transferred-again', check: 'flow.case-no-start-while-protected-suspended-or-transferred', says: /transferCase on the household in state transferred/ },
  { mutant: 'start-on-open-case-accepted', check: 'flow.case-no-start-while-protected-suspended-or-transferred', says: /decideApplication on the household in state protected/ },
  { mutant: 'illegal-transition-accepted', check: 'flow.case-restart-after-discontinuation', says: /createCaseDecision on the household in state none/ },
  { mutant: 'restart-after-discontinuation-refused', check: 'flow.case-restart-after-discontinuation', says: /start on a new application of the discontinued household/ },
  { mutant: 'rejected-approval-reopened', check: 'flow.approval-closed-refuses-actions', says: /approveApproval on the approval in state rejected/ },
  { mutant: 'payment-into-written-off-claim', check: 'flow.claim-closed-refuses-payment-and-write-off', says: /recordClaimPayment on the claim in state writtenOff/ },
];
