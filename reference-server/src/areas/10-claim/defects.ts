import type { Reader } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { decisionsByHousehold, statusOn } from '../05-payment/in-force.ts';

/**
 * Mutant claims-closed-after-discontinuation only: a claim of a household that is not in protection today can be
 * neither assessed nor paid into (the standard keeps claims managed after the discontinuation, 10.1.10).
 */
export function refuseUnlessProtected(env: AreaEnv, tx: Reader, householdId: string, pointer: string): void {
  if (!hasMutant(env, 'claims-closed-after-discontinuation')) return;
  if (statusOn(decisionsByHousehold(tx).get(householdId) ?? [], env.clock.today()) === 'protected') return;
  throw ruleBroken('household-not-in-protection', pointer, {
    ja: '保護中でない世帯の債権は扱えません',
    en: 'Claims of a household not in protection cannot be handled',
  });
}
