import type { CheckDefinition } from '../../../engine/types.ts';
import { calculationChecks } from './calculation.ts';
import { incomeFromReports } from './income-reports.ts';
import { storedChecks } from './stored.ts';
import { tableChecks } from './tables.ts';

/** Checks of the requirements of areas 04 (curated list). */
export function checks_a04(): CheckDefinition[] {
  return [...tableChecks(), ...calculationChecks(), ...storedChecks(), incomeFromReports];
}
