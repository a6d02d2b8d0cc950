import type { HogoAdapter } from '@hogo-kit/sdk';
import { missing } from '../../support/refusals.ts';
import { page } from '../../support/page.ts';
import type { AreaEnv } from '../../support/env.ts';
import { inForceOn, tablesOf } from './kijun.ts';

/** listStandardTables and getStandardTable: the 基準表 with their periods, grades, rows and provenance (04.1.1–04.1.4). */
export function standardTableOperations(env: AreaEnv): Pick<HogoAdapter, 'listStandardTables' | 'getStandardTable'> {
  return {
    async listStandardTables({ query }) {
      const tables = tablesOf(env.edition).filter((t) =>
        (query.effectiveOn === undefined || inForceOn(t, query.effectiveOn))
        && (query.kind === undefined || t.kind === query.kind)
        && (query.fujoType === undefined || t.fujoType === query.fujoType)
        && (query.grade === undefined || t.grades.includes(query.grade)));
      return page(tables, query);
    },
    async getStandardTable({ path }) {
      const table = tablesOf(env.edition).find((t) => t.tableId === path.tableId);
      if (!table) throw missing('基準表', 'standard table');
      return table;
    },
  };
}
