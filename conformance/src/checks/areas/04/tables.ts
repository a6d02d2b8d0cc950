import type { Bilingual, Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext, CheckDefinition } from '../../../engine/types.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { vectorsById } from './vectors.ts';

/** Checks of the standard tables (04.1.1–04.1.4): listing, the day filter, provenance, no overlapping periods. */

type Json = Record<string, unknown>;

const fail = (ctx: CheckContext, faults: Bilingual[]): void => {
  if (faults.length > 0) ctx.fail({ ja: faults.slice(0, 20).map((f) => f.ja).join('。'), en: faults.slice(0, 20).map((f) => f.en).join('; ') });
};

/** Every table of listStandardTables (following nextCursor), with the query given. */
async function listTables(ctx: CheckContext, client: HogoClient<Edition>, query: Record<string, string> = {}): Promise<Json[]> {
  const tables: Json[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const answer = await send(client, 'listStandardTables', { query: { ...query, limit: 100, ...(cursor ? { cursor } : {}) } });
    if (answer.status !== 200 || !isObject(answer.body) || !Array.isArray(answer.body.items)) {
      return ctx.fail({ ja: `基準表の一覧（listStandardTables ${JSON.stringify(query)}）が 200 で応答しなかった（${answer.status}）`, en: `listStandardTables ${JSON.stringify(query)} did not answer 200 (${answer.status})` });
    }
    tables.push(...answer.body.items.filter(isObject));
    const next = answer.body.nextCursor;
    if (typeof next !== 'string' || next === '') return tables;
    cursor = next;
  }
  return ctx.fail({ ja: '基準表の一覧のページ送りが終わらない', en: 'listStandardTables pagination does not end' });
}

const inForce = (table: Json, day: string): boolean =>
  typeof table.effectiveFrom === 'string' && table.effectiveFrom <= day && (table.effectiveTo === null || (typeof table.effectiveTo === 'string' && day <= table.effectiveTo));

/** The calculation days of the standard's vectors (the days the tables must answer for). */
const VECTOR_DAYS = (edition: Edition): string[] => [...new Set(vectorsById(edition, ['F1', 'F4', 'D1', 'D3', 'D4a', 'D4b']).map((v) => String(v.input.date)))];

export const tablesListed = defineCheck({
  id: 'calculation.tables.listed',
  title: { ja: '基準表を種類・適用期間・級地・各行の値とともに一覧・個別に照会できる', en: 'Standard tables can be listed and read with kind, period, grades and rows' },
  verifies: ['04.1.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const tables = await listTables(ctx, client);
    const faults: Bilingual[] = [];
    if (tables.length === 0) ctx.fail({ ja: '基準表が1件も照会できない', en: 'no standard table is listed' });
    for (const t of tables) {
      const id = String(t.tableId);
      const lacks = ['tableId', 'kind', 'effectiveFrom', 'grades', 'rows'].filter((k) => t[k] === undefined);
      if (!('effectiveTo' in t)) lacks.push('effectiveTo');
      if (!Array.isArray(t.grades) || t.grades.length === 0) lacks.push('grades[]');
      if (!Array.isArray(t.rows) || t.rows.length === 0) lacks.push('rows[]');
      if (lacks.length > 0) faults.push({ ja: `基準表 ${id} に ${lacks.join(', ')} がない`, en: `table ${id} lacks ${lacks.join(', ')}` });
    }
    // Each table the standard's worked vectors use on this system is listed and readable by id.
    const ids = new Set(tables.map((t) => t.tableId));
    for (const vector of vectorsById(ctx.edition, ['F1', 'F2', 'F4'])) {
      const answer = await send(client, 'calculateMinimumCost', { body: vector.input });
      if (answer.status !== 200 || !isObject(answer.body)) continue; // the calculation checks report this
      for (const used of Array.isArray(answer.body.tablesUsed) ? answer.body.tablesUsed.map(String) : []) {
        if (!ids.has(used)) faults.push({ ja: `${vector.id} の算定に用いた基準表 ${used} が一覧にない`, en: `table ${used} used by ${vector.id} is not listed` });
        const read = await send(client, 'getStandardTable', { path: { tableId: used } });
        if (read.status !== 200 || !isObject(read.body) || read.body.tableId !== used || !Array.isArray(read.body.rows)) {
          faults.push({ ja: `基準表 ${used} を getStandardTable で照会できない（${read.status}）`, en: `getStandardTable ${used} did not answer the table (${read.status})` });
        }
      }
    }
    // Negative: an id no table has is 404, not some other table.
    const unknown = await send(client, 'getStandardTable', { path: { tableId: 'no-such-table.conformance' } });
    if (unknown.status !== 404) faults.push({ ja: `存在しない基準表の照会が 404 でなく ${unknown.status}`, en: `an unknown table id answered ${unknown.status} instead of 404` });
    fail(ctx, faults);
  },
});

export const tablesEffectiveOn = defineCheck({
  id: 'calculation.tables.effective-on',
  title: { ja: '基準日を指定すると、その日に効力を有する基準表だけが一覧される', en: 'With effectiveOn, exactly the tables in force that day are listed' },
  verifies: ['04.1.2'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const all = await listTables(ctx, client);
    const faults: Bilingual[] = [];
    let excludedSomewhere = false;
    for (const day of VECTOR_DAYS(ctx.edition)) {
      const listed = await listTables(ctx, client, { effectiveOn: day });
      const listedIds = new Set(listed.map((t) => String(t.tableId)));
      for (const t of listed) {
        if (!inForce(t, day)) faults.push({ ja: `${day} の一覧に効力のない基準表 ${String(t.tableId)}（${String(t.effectiveFrom)}〜${String(t.effectiveTo)}）がある`, en: `${day}: table ${String(t.tableId)} (${String(t.effectiveFrom)}–${String(t.effectiveTo)}) is not in force that day` });
      }
      for (const t of all.filter((x) => inForce(x, day))) {
        if (!listedIds.has(String(t.tableId))) faults.push({ ja: `${day} に効力を有する基準表 ${String(t.tableId)} が一覧にない`, en: `${day}: table ${String(t.tableId)} in force that day is missing` });
      }
      if (all.some((x) => !inForce(x, day))) excludedSomewhere = true;
    }
    if (!excludedSomewhere) ctx.note('every table is in force on every day tried: the filter could not be seen excluding one');
    fail(ctx, faults);
  },
});

export const tablesProvenance = defineCheck({
  id: 'calculation.tables.provenance',
  title: { ja: '各基準表に数値の出典と告示から直接入力したか否かが示される', en: 'Each table states its source and whether it was re-keyed from the official 告示' },
  verifies: ['04.1.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const tables = await listTables(ctx, client);
    const faults: Bilingual[] = [];
    for (const listed of tables) {
      const id = String(listed.tableId);
      const answer = await send(client, 'getStandardTable', { path: { tableId: id } });
      const p = isObject(answer.body) ? answer.body.provenance : undefined;
      if (answer.status !== 200 || !isObject(p)) {
        faults.push({ ja: `基準表 ${id} に出典（provenance）がない`, en: `table ${id} has no provenance` });
        continue;
      }
      if (typeof p.source !== 'string' || p.source.trim() === '') faults.push({ ja: `基準表 ${id} の出典名がない`, en: `table ${id}: no source` });
      if (typeof p.reKeyedFromOfficial !== 'boolean') faults.push({ ja: `基準表 ${id} に告示からの直接入力の別がない`, en: `table ${id}: reKeyedFromOfficial is not a boolean` });
    }
    fail(ctx, faults);
  },
});

export const tablesNoOverlap = defineCheck({
  id: 'calculation.tables.no-overlapping-periods',
  title: { ja: '同一の種類・区分・級地の基準表の適用期間が重複しない', en: 'Tables of the same kind, variant and grade have no overlapping periods' },
  verifies: ['04.1.4'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const tables = await listTables(ctx, client);
    const faults: Bilingual[] = [];
    const groups = new Map<string, Json[]>();
    for (const t of tables) {
      for (const grade of Array.isArray(t.grades) ? t.grades.map(String) : []) {
        const key = [t.kind, t.fujoType ?? '', t.additionType ?? '', t.variant ?? '', grade].join('|');
        groups.set(key, [...(groups.get(key) ?? []), t]);
      }
    }
    for (const [key, group] of groups) {
      const sorted = [...group].sort((a, b) => String(a.effectiveFrom).localeCompare(String(b.effectiveFrom)));
      for (let i = 1; i < sorted.length; i++) {
        const before = sorted[i - 1]!;
        const after = sorted[i]!;
        if (before.effectiveTo === null || String(before.effectiveTo) >= String(after.effectiveFrom)) {
          const [kind, , , variant, grade] = key.split('|');
          faults.push({
            ja: `種類 ${kind}${variant ? `（区分${variant}）` : ''}・級地 ${grade} の基準表 ${String(before.tableId)}（〜${String(before.effectiveTo)}）と ${String(after.tableId)}（${String(after.effectiveFrom)}〜）の適用期間が重複する`,
            en: `kind ${kind}${variant ? ` variant ${variant}` : ''}, grade ${grade}: ${String(before.tableId)} (to ${String(before.effectiveTo)}) overlaps ${String(after.tableId)} (from ${String(after.effectiveFrom)})`,
          });
        }
      }
    }
    fail(ctx, faults);
  },
});

export const tableChecks = (): CheckDefinition[] => [tablesListed, tablesEffectiveOn, tablesProvenance, tablesNoOverlap];
