import type { CheckDefinition } from '../../../engine/types.ts';
import { annualByTypeSizeAgeSex, annualByWorkAndLiving } from './annual-breakdowns.ts';
import { annualByFujoType, monthlyByFujoType } from './fujo.ts';
import { disabledAndSickHead, elderlyAndMotherChild } from './household-types.ts';
import { monthlyCounts } from './monthly-counts.ts';
import { annualReferenceDate, monthlySectionFigures } from './statistics.ts';

/**
 * Checks of the requirements of area 11 統計 (curated list). The figures are counts over the whole store, read
 * before and after a check's own fixtures: any other check bringing a household into protection meanwhile would
 * change them, so these checks run alone (exclusive), after the others.
 */
export function checks_a11(): CheckDefinition[] {
  return [
    monthlyCounts, monthlySectionFigures, monthlyByFujoType, elderlyAndMotherChild, disabledAndSickHead,
    annualReferenceDate, annualByFujoType, annualByTypeSizeAgeSex, annualByWorkAndLiving,
  ].map((check) => ({ ...check, exclusive: true }));
}
