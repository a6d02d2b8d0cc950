import type { CheckDefinition } from '../../../engine/types.ts';
import { oneOpenApproval, listFilters, subjectMustExist, workList } from './approval-lists.ts';
import { approverRoles, oneStepPerPerson, sendBackWithReason } from './approval-routes.ts';
import { noSelfApproval, routeExcludesOwn, stepsInOrder } from './approvals.ts';
import { proposalNotified, rescheduleNeedsSlots, responseNotified, visitLinkedToAppointment } from './appointments.ts';
import { caseRecordApproval, caseRecordShowsApproval } from './case-record-approval.ts';
import { caseRecordImmutable, caseRecordRegisterAndList } from './case-records.ts';
import { assistancePlanReview } from './plans.ts';
import { caseRecordCorrection, caseRecordMembers } from './record-members-corrections.ts';
import { keywordSearch } from './search.ts';
import { householdTimeline, keywordSearchFolding, timelineFilters } from './search-timeline.ts';
import { appointmentAnsweredOnce, taskCompletedOnce } from './tasks-appointments.ts';
import { overdueTasks, taskListForManagers, taskNotice, whoCompletesTasks } from './tasks.ts';
import { futureVisitRefused, overdueVisits } from './visits.ts';
import { overdueBySectionAndCaseworker, overdueLeavesOutClosedCases, visitListOrder } from './visit-lists.ts';

/** Checks of the requirements of area 06 ケースワーク (curated list). */
export function checks_a06(): CheckDefinition[] {
  return [
    caseRecordImmutable,
    caseRecordRegisterAndList,
    caseRecordMembers,
    caseRecordCorrection,
    keywordSearch,
    keywordSearchFolding,
    householdTimeline,
    timelineFilters,
    assistancePlanReview,
    futureVisitRefused,
    overdueVisits,
    visitListOrder,
    overdueBySectionAndCaseworker,
    overdueLeavesOutClosedCases,
    routeExcludesOwn,
    noSelfApproval,
    stepsInOrder,
    approverRoles,
    oneStepPerPerson,
    sendBackWithReason,
    workList,
    listFilters,
    oneOpenApproval,
    subjectMustExist,
    caseRecordApproval,
    caseRecordShowsApproval,
    taskCompletedOnce,
    taskListForManagers,
    overdueTasks,
    whoCompletesTasks,
    taskNotice,
    appointmentAnsweredOnce,
    proposalNotified,
    rescheduleNeedsSlots,
    responseNotified,
    visitLinkedToAppointment,
  ];
}
