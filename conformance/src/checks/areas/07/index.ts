import type { CheckDefinition } from '../../../engine/types.ts';
import { householdSupportListed, noOutcomeAfterEnd, outcomeEmployerAndEarnings, outcomesWithDates, supportOnTimeline } from './employment-support.ts';
import { benefitRecordsTheWork, referralLinkedToEnrolment } from './links.ts';
import { helloWorkConsent, independenceBenefit, noCapacityMeetsRequirement, noDuplicateEnrolment } from './self-reliance.ts';
import { assessmentGrounds, capacityElementsRequired } from './work-capacity.ts';

/** Checks of the requirements of area 07 自立支援 (curated list). */
export function checks_a07(): CheckDefinition[] {
  return [
    noCapacityMeetsRequirement, capacityElementsRequired, assessmentGrounds,
    noDuplicateEnrolment, outcomesWithDates, outcomeEmployerAndEarnings, noOutcomeAfterEnd, householdSupportListed, supportOnTimeline,
    helloWorkConsent, referralLinkedToEnrolment,
    independenceBenefit, benefitRecordsTheWork,
  ];
}
