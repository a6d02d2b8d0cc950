import { unprocessable } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { additions } from './additions.ts';
import { housing } from './housing.ts';
import { recognise } from './income.ts';
import { tablesOf } from './kijun.ts';
import { livelihood } from './livelihood.ts';
import { Lookup } from './lookup.ts';
import type { CalcModel, CalculationResult, FujoType } from './model.ts';
import { Sheet } from './money.ts';
import { actualCosts, schooling } from './schooling.ts';

/**
 * The calculation of one household on one date with the tables in force on that date: 最低生活費 per type of
 * assistance and per component, 収入認定, and payment = max(0, 最低生活費 − 収入充当額) (04.5.1). A table or row
 * that is needed but not held refuses the whole calculation (422 standard-table-missing, every pointer).
 */
export function calculate(model: CalcModel, env: AreaEnv): CalculationResult {
  const { edition } = env;
  const lookup = new Lookup(tablesOf(edition), model.date, model.grade, env);
  const sheet = new Sheet();
  const found = livelihood(model, lookup, sheet);
  additions(model, lookup, sheet);
  housing(model, lookup, sheet);
  schooling(model, lookup, sheet);
  actualCosts(model, sheet, hasMutant(env, 'actual-costs-not-counted'));
  const incomes = recognise(model, lookup);
  if (lookup.missing.length > 0 || !found) {
    throw unprocessable('standard-table-missing', {
      ja: '算定に必要な基準表又はその該当行が登録されていないため算定できません（他の級地・時点の表では代用しません）。errors の項目を確認するか、算定項目を除外して試算してください。',
      en: 'A table or row the calculation needs is not held, so nothing is calculated (no other grade or date is substituted). See errors, or exclude the component for a trial calculation.',
    }, lookup.missing);
  }
  const totals = new Map<FujoType, number>();
  for (const item of sheet.items.filter((i) => i.counted)) totals.set(item.fujoType, (totals.get(item.fujoType) ?? 0) + item.amount);
  const fujo = [...totals].filter(([, amount]) => amount > 0).sort(([a], [b]) => a.localeCompare(b)).map(([fujoType, amount]) => ({ fujoType, amount }));
  const minimumCost = fujo.reduce((s, f) => s + f.amount, 0);
  const recognisedIncome = incomes.reduce((s, i) => s + i.recognisedAmount, 0);
  // mutant tables-used-livelihood-only: only the livelihood (第1類) tables are named as used
  const used = lookup.used.length > 0 && !hasMutant(env, 'tables-used-livelihood-only') ? lookup.used : found.tables;
  return {
    date: model.date,
    structure: found.structure,
    grade: model.grade,
    winterRegion: model.winterRegion,
    householdSize: model.members.length,
    fujo,
    items: sheet.items,
    incomes,
    minimumCost,
    grossIncome: incomes.reduce((s, i) => s + i.grossAmount, 0),
    totalDeductions: incomes.reduce((s, i) => s + (i.grossAmount - i.recognisedAmount), 0),
    recognisedIncome,
    // mutant negative-payment: |difference| instead of max(0, …), so income above the minimum cost is "paid"
    payment: hasMutant(env, 'negative-payment') ? Math.abs(minimumCost - recognisedIncome) : Math.max(0, minimumCost - recognisedIncome),
    tablesUsed: used.map((t) => t.tableId),
    ...(edition === '2.1' ? { provisional: used.some((t) => !t.provenance.reKeyedFromOfficial) } : {}),
    // mutant exclusion-not-reported: a trial leaving components out is still called complete
    complete: model.excluded.length === 0 || hasMutant(env, 'exclusion-not-reported'),
    excludedComponents: model.excluded,
    input: model.input,
  };
}
