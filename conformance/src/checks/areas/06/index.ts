import type { CheckDefinition } from '../../../engine/types.ts';
import { noSelfApproval, routeExcludesOwn, stepsInOrder } from './approvals.ts';
import { caseRecordImmutable, caseRecordRegisterAndList } from './case-records.ts';
import { assistancePlanReview } from './plans.ts';
import { keywordSearch } from './search.ts';
import { appointmentAnsweredOnce, taskCompletedOnce } from './tasks-appointments.ts';
import { futureVisitRefused, overdueVisits } from './visits.ts';

/** Checks of the requirements of area 06 ケースワーク (curated list). */
export function checks_a06(): CheckDefinition[] {
  return [
    caseRecordImmutable,
    caseRecordRegisterAndList,
    keywordSearch,
    assistancePlanReview,
    futureVisitRefused,
    overdueVisits,
    routeExcludesOwn,
    noSelfApproval,
    stepsInOrder,
    taskCompletedOnce,
    appointmentAnsweredOnce,
  ];
}
