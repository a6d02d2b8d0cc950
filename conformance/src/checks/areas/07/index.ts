import type { CheckDefinition } from '../../../engine/types.ts';
import { helloWorkConsent, independenceBenefit, noCapacityMeetsRequirement, noDuplicateEnrolment } from './self-reliance.ts';

/** Checks of the requirements of area 07 自立支援 (curated list). */
export function checks_a07(): CheckDefinition[] {
  return [noCapacityMeetsRequirement, noDuplicateEnrolment, helloWorkConsent, independenceBenefit];
}
