import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../support/env.ts';
import { ruleBroken } from '../support/refusals.ts';
import { calculate } from './04-calculation/calculate.ts';
import { caseCalculationOperations } from './04-calculation/case.ts';
import { modelOf } from './04-calculation/model.ts';
import { standardTableOperations } from './04-calculation/standard-tables.ts';

/** Area 04 保護費算定: the operations of spec/src/openapi/paths/04-calculation.yaml over the in-memory store. */
export function area04(env: AreaEnv): Partial<HogoAdapter> {
  return {
    ...standardTableOperations(env),
    /** Stateless trial calculation (04.5.8): nothing is stored. */
    async calculateMinimumCost({ body }) {
      // mutant trial-calculation-needs-household: a trial calculation is refused unless it names a registered household
      if (hasMutant(env, 'trial-calculation-needs-household')) {
        throw ruleBroken('household-required', '/body/householdId', { ja: '登録済みの世帯を指定してください', en: 'A registered household must be given' });
      }
      return calculate(modelOf(body), env);
    },
    ...caseCalculationOperations(env),
  };
}
