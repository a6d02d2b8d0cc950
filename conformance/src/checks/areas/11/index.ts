import type { CheckDefinition } from '../../../engine/types.ts';
import { annualReferenceDate, monthlySectionFigures } from './statistics.ts';

/** Checks of the requirements of area 11 統計 (curated list). */
export function checks_a11(): CheckDefinition[] {
  return [monthlySectionFigures, annualReferenceDate];
}
