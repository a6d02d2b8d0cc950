import type { CheckDefinition } from '../../../engine/types.ts';
import { noDecisionOnWithdrawn, noSecondDecision, rejectOnApplication, startNotBeforeApplication, startOnApplication } from './application.ts';
import { amountsFromCalculation, noticeShowsCalculation } from './calculation-link.ts';
import { caseFlow, discontinueNeedsReason, illegalTransitions, restartAfterDiscontinuation, sanctionNeedsHearing } from './case-flow.ts';
import { changeApplications } from './change-application.ts';
import { afterDay30, changeApplicationDelayReason, delayReasonRequired } from './deadlines.ts';
import { exOfficioStart, transfer } from './ex-officio-transfer.ts';
import { linkedToApproval, linkedToChangeAlert } from './links.ts';
import { noticeContents } from './notice.ts';
import { noticesInBulk } from './notice-bulk.ts';
import { neverEdited, reasonsRequired } from './records.ts';

/** Checks of the requirements of areas 03 (curated list). */
export function checks_a03(): CheckDefinition[] {
  return [
    // prohibited
    reasonsRequired,
    delayReasonRequired,
    noSecondDecision,
    neverEdited,
    discontinueNeedsReason,
    sanctionNeedsHearing,
    // mandatory
    startOnApplication,
    rejectOnApplication,
    startNotBeforeApplication,
    noDecisionOnWithdrawn,
    afterDay30,
    changeApplicationDelayReason,
    exOfficioStart,
    caseFlow,
    illegalTransitions,
    restartAfterDiscontinuation,
    changeApplications,
    transfer,
    noticeContents,
    amountsFromCalculation,
    noticeShowsCalculation,
    // options
    linkedToApproval,
    linkedToChangeAlert,
    noticesInBulk,
  ];
}
