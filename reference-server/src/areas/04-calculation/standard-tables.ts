import type { HogoAdapter } from '@hogo-kit/sdk';
import { missing } from '../../support/refusals.ts';
import { page } from '../../support/page.ts';
import { addDays } from '../../support/clock.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { inForceOn, tablesOf, type StandardTable } from './kijun.ts';

/**
 * A table as answered. Mutants: table-provenance-source-empty (the 出典名 is not filled in),
 * table-period-end-shown-as-next-start (effectiveTo shown as the next table's first day, so consecutive periods
 * overlap by a day).
 */
function shown(env: AreaEnv, table: StandardTable): StandardTable {
  let out: StandardTable = table;
  if (hasMutant(env, 'table-provenance-source-empty')) out = { ...out, provenance: { ...out.provenance, source: '' } };
  if (hasMutant(env, 'table-period-end-shown-as-next-start') && typeof out.effectiveTo === 'string') out = { ...out, effectiveTo: addDays(out.effectiveTo, 1) };
  return out;
}

/** mutant tables-effective-on-start-only: the day filter checks the start of the period only. */
const inForceAnswered = (env: AreaEnv, table: StandardTable, day: string) =>
  hasMutant(env, 'tables-effective-on-start-only') ? table.effectiveFrom <= day : inForceOn(table, day);

/** listStandardTables and getStandardTable: the 基準表 with their periods, grades, rows and provenance (04.1.1–04.1.4). */
export function standardTableOperations(env: AreaEnv): Pick<HogoAdapter, 'listStandardTables' | 'getStandardTable'> {
  return {
    async listStandardTables({ query }) {
      const tables = tablesOf(env.edition).filter((t) =>
        // mutant standard-tables-list-current-only: without effectiveOn only the tables in force today are listed
        (query.effectiveOn === undefined ? !hasMutant(env, 'standard-tables-list-current-only') || inForceOn(t, env.clock.today()) : inForceAnswered(env, t, query.effectiveOn))
        && (query.kind === undefined || t.kind === query.kind)
        && (query.fujoType === undefined || t.fujoType === query.fujoType)
        && (query.grade === undefined || t.grades.includes(query.grade)));
      return page(tables.map((t) => shown(env, t)), query);
    },
    async getStandardTable({ path }) {
      const table = tablesOf(env.edition).find((t) => t.tableId === path.tableId);
      if (!table) throw missing('基準表', 'standard table');
      return shown(env, table);
    },
  };
}
