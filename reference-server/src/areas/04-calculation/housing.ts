import { hasMutant } from '../../support/env.ts';
import type { StandardTable } from './kijun.ts';
import type { Lookup } from './lookup.ts';
import type { CalcModel } from './model.ts';
import type { Sheet } from './money.ts';

const CEILING = { ja: '住宅扶助の上限額', en: 'housing ceiling' };

/** Municipality and prefecture are compared on the five digits before the check digit. */
const body = (lgCode: string) => lgCode.slice(0, 5);

/**
 * The area whose ceiling rows apply to a municipality: the municipality's own rows when the table has any,
 * else its prefecture's (PP000) rows; the lgCode itself when neither is held (then the row is missing).
 */
export function ceilingArea(table: StandardTable, lgCode: string): string {
  const areas = [...new Set(table.rows.map((r) => r.areaLgCode).filter((a): a is string => a !== undefined))];
  return areas.find((a) => body(a) === body(lgCode))
    ?? areas.find((a) => body(a) === `${lgCode.slice(0, 2)}000`)
    ?? lgCode;
}

/** 住宅扶助: min(rent, ceiling); the ceiling of the area, grade and household size, or the 特別基準 given (04.3.6, 04.3.7). */
export function housing(model: CalcModel, lookup: Lookup, sheet: Sheet): void {
  if (model.excluded.includes('rent') || model.monthlyRent <= 0) return;
  const rent = model.monthlyRent;
  // mutant housing-ceiling-ignored: the actual rent is met whatever the ceiling
  const upTo = (ceiling: number) => (hasMutant(lookup.env, 'housing-ceiling-ignored') ? rent : Math.min(rent, ceiling));
  if (model.housingSpecialCeiling !== undefined) {
    const ceiling = model.housingSpecialCeiling;
    sheet.add('03', 'rent', upTo(ceiling), [], {
      baseAmount: rent, ceiling, note: '住宅扶助の特別基準額を上限とした / capped at the special standard',
    });
    return;
  }
  const table = lookup.table('housingCeiling', CEILING);
  if (!table || model.lgCode === undefined) return;
  const c = { areaLgCode: ceilingArea(table, model.lgCode), householdSize: model.members.length };
  const row = lookup.row(table, c, { areaLgCode: '/body/lgCode', grade: '/body/grade', householdSize: '/body/members' }, CEILING);
  if (!row) return;
  const ceiling = row.amount ?? 0;
  sheet.add('03', 'rent', upTo(ceiling), [table], { baseAmount: rent, ceiling });
}
