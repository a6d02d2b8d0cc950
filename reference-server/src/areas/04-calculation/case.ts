import type { components, HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { missing } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { calculate } from './calculate.ts';
import { caseModel } from './case-input.ts';
import type { CalculationResult } from './model.ts';

type Household = components['schemas']['Household'];

/** Stored case calculations (collection named by the schema): written once, never updated or deleted (04.5.5). */
export const CALCULATIONS = 'CalculationResult';

const householdCalculations = (records: readonly { readonly value: CalculationResult }[], householdId: string) =>
  records.map((r) => r.value).filter((c) => c.householdId === householdId);

/** createCaseCalculation, listCaseCalculations and getCalculation (04.5.3–04.5.6, 04.4.6). */
export function caseCalculationOperations(env: AreaEnv): Pick<HogoAdapter, 'createCaseCalculation' | 'listCaseCalculations' | 'getCalculation'> {
  return {
    async createCaseCalculation({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = tx.get<Household>('Household', path.householdId)?.value;
        if (!household) throw missing('世帯', 'household');
        // mutant case-registered-rent-ignored: the rent of the household record is not taken (only a rent in the body)
        const { monthlyRent: _rent, ...withoutRent } = household;
        const registered = hasMutant(env, 'case-registered-rent-ignored') ? (withoutRent as Household) : household;
        const result = calculate(caseModel(tx, registered, body, { reportDeductionsDropped: hasMutant(env, 'income-report-deductions-dropped') }), env);
        const previous = householdCalculations(tx.all<CalculationResult>(CALCULATIONS), household.householdId).at(-1);
        // mutant recalculation-overwrites-previous: a recalculation is stored over the household's previous calculation
        const calculationId = previous && hasMutant(env, 'recalculation-overwrites-previous') ? previous.calculationId! : newId(tx, 'CALC');
        const stored: CalculationResult = {
          calculationId,
          householdId: household.householdId,
          calculatedAt: env.clock.now().toISOString(),
          calculatedBy: ctx.principal.staffId,
          ...result,
          ...(previous ? { previousCalculationId: previous.calculationId!, differenceFromPrevious: hasMutant(env, 'difference-from-previous-reversed') ? previous.payment - result.payment : result.payment - previous.payment } : {}),
          ...(body.note !== undefined ? { note: body.note } : {}),
        };
        return withEtag(calculationId, tx.put(CALCULATIONS, calculationId, stored));
      });
    },
    async listCaseCalculations({ path, query }) {
      if (!env.store.get('Household', path.householdId)) throw missing('世帯', 'household');
      const newestFirst = householdCalculations(env.store.records<CalculationResult>(CALCULATIONS), path.householdId).reverse();
      // mutant case-calculation-list-misses-newest: the newest calculation is left out of the list (off by one)
      if (hasMutant(env, 'case-calculation-list-misses-newest')) newestFirst.shift();
      return page(newestFirst, query);
    },
    async getCalculation({ path }) {
      const record = env.store.get<CalculationResult>(CALCULATIONS, path.calculationId);
      if (!record) throw missing('算定結果', 'calculation');
      return withEtag(path.calculationId, record);
    },
  };
}
