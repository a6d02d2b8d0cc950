import kijun20 from '@hogo-kit/spec/dist/2.0/kijun.json' with { type: 'json' };
import kijun21 from '@hogo-kit/spec/dist/2.1/kijun.json' with { type: 'json' };
import type { Bilingual, Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../../engine/types.ts';
import { isObject, send, type Answer } from '../../support/http.ts';
import { pointersOf } from '../../support/problem.ts';

/**
 * The calculation vectors of the standard (spec/src/kijun/fixtures.yaml, built per edition into kijun.json):
 * F1–F4 (worked), D* (derived), R* (refusals). The expected values are data of the standard, never computed here;
 * the comparison follows the rules stated in the fixture file's header.
 */

type Json = Record<string, unknown>;

export interface ExpectedItem {
  fujoType: string;
  component: string;
  additionType?: string;
  memberKey?: string;
  amount: number;
  counted: boolean;
}

export interface ExpectedIncome {
  memberKey?: string;
  earned: boolean;
  grossAmount: number;
  recognisedAmount: number;
  deductions: { deductionType: string; amount: number }[];
}

export interface ExpectedResult {
  status: 200;
  structure: string;
  complete: boolean;
  excludedComponents: string[];
  items: ExpectedItem[];
  fujo: { fujoType: string; amount: number }[];
  incomes: ExpectedIncome[];
  minimumCost: number;
  recognisedIncome: number;
  payment: number;
  tablesUsed: string[];
}

export interface ExpectedRefusal {
  status: 422;
  code: string;
  pointer: string;
}

export interface Vector {
  id: string;
  title: Bilingual;
  requirements: string[];
  input: Json;
  expected: ExpectedResult | ExpectedRefusal;
}

const BY_EDITION: Record<Edition, Vector[]> = {
  '2.0': (kijun20 as unknown as { fixtures: { fixtures: Vector[] } }).fixtures.fixtures,
  '2.1': (kijun21 as unknown as { fixtures: { fixtures: Vector[] } }).fixtures.fixtures,
};

/** The vectors of an edition. */
export function vectorsOf(edition: Edition): Vector[] {
  return BY_EDITION[edition];
}

/** The vectors (of the edition) that name any of the requirements. */
export function vectorsFor(edition: Edition, requirements: readonly string[]): Vector[] {
  return vectorsOf(edition).filter((v) => v.requirements.some((r) => requirements.includes(r)));
}

/** The vectors with these ids (an id missing from the data is a kit error). */
export function vectorsById(edition: Edition, ids: readonly string[]): Vector[] {
  return ids.map((id) => {
    const found = vectorsOf(edition).find((v) => v.id === id);
    if (!found) throw new Error(`No calculation vector ${id} in edition ${edition}`);
    return found;
  });
}

export const isRefusal = (expected: Vector['expected']): expected is ExpectedRefusal => expected.status === 422;

export type Fault = Bilingual;

/**
 * What the system knows of the tables named by results: getStandardTable answers, cached per check run.
 * `kitTables` is true when the system serves every table id the vectors name (then tablesUsed is held exactly).
 */
export class TableLookup {
  readonly #cache = new Map<string, Json | null>();

  constructor(private readonly client: HogoClient<Edition>) {}

  async get(tableId: string): Promise<Json | null> {
    if (!this.#cache.has(tableId)) {
      const answer = await send(this.client, 'getStandardTable', { path: { tableId } });
      this.#cache.set(tableId, answer.status === 200 && isObject(answer.body) ? answer.body : null);
    }
    return this.#cache.get(tableId) ?? null;
  }

  /** Whether the system serves the kit's own tables (every id the fixture names is known to it). */
  async servesKitTables(ids: readonly string[]): Promise<boolean> {
    for (const id of ids) if ((await this.get(id)) === null) return false;
    return true;
  }
}

const yen = (n: unknown) => (typeof n === 'number' ? n.toLocaleString('en-US') : JSON.stringify(n));

function describeItem(i: ExpectedItem): string {
  return `${i.fujoType}/${i.component}${i.additionType ? `/${i.additionType}` : ''}${i.memberKey ? ` (${i.memberKey})` : ''} ${yen(i.amount)}${i.counted ? '' : ' not counted'}`;
}

/** The faults of a 200 result against the expected result (the rules of the fixture file's header). */
export async function resultFaults(result: Json, expected: ExpectedResult, tables: TableLookup, edition: Edition): Promise<Fault[]> {
  const faults: Fault[] = [];
  for (const key of ['minimumCost', 'recognisedIncome', 'payment', 'structure', 'complete'] as const) {
    if (result[key] !== expected[key]) {
      faults.push({ ja: `${key} が ${JSON.stringify(expected[key])} ではなく ${JSON.stringify(result[key])}`, en: `${key} ${JSON.stringify(result[key])} instead of ${JSON.stringify(expected[key])}` });
    }
  }
  const excluded = Array.isArray(result.excludedComponents) ? [...result.excludedComponents].map(String).sort() : null;
  if (JSON.stringify(excluded) !== JSON.stringify([...expected.excludedComponents].sort())) {
    faults.push({ ja: `除外した算定項目が [${expected.excludedComponents.join(', ')}] ではなく ${JSON.stringify(result.excludedComponents)}`, en: `excludedComponents ${JSON.stringify(result.excludedComponents)} instead of [${expected.excludedComponents.join(', ')}]` });
  }

  const fujo = Array.isArray(result.fujo) ? result.fujo.filter(isObject) : [];
  for (const f of expected.fujo) {
    const got = fujo.find((x) => x.fujoType === f.fujoType);
    if (!got || got.amount !== f.amount) {
      faults.push({ ja: `扶助 ${f.fujoType} の最低生活費が ${yen(f.amount)} 円ではなく ${got ? `${yen(got.amount)} 円` : 'なし'}`, en: `assistance ${f.fujoType}: ${got ? yen(got.amount) : 'absent'} instead of ${yen(f.amount)}` });
    }
  }
  for (const f of fujo) {
    if (typeof f.amount === 'number' && f.amount !== 0 && !expected.fujo.some((e) => e.fujoType === f.fujoType)) {
      faults.push({ ja: `想定しない扶助 ${String(f.fujoType)}（${yen(f.amount)} 円）がある`, en: `unexpected assistance ${String(f.fujoType)} of ${yen(f.amount)}` });
    }
  }

  const items = Array.isArray(result.items) ? result.items.filter(isObject) : [];
  const used = new Set<number>();
  for (const e of expected.items) {
    const index = items.findIndex(
      (i, n) =>
        !used.has(n) &&
        i.fujoType === e.fujoType &&
        i.component === e.component &&
        (e.additionType === undefined || i.additionType === e.additionType) &&
        (e.memberKey === undefined || i.memberKey === e.memberKey) &&
        i.amount === e.amount &&
        i.counted === e.counted,
    );
    if (index < 0) {
      const near = items.filter((i) => i.fujoType === e.fujoType && i.component === e.component && (e.additionType === undefined || i.additionType === e.additionType));
      const seen = near.map((i) => `${yen(i.amount)}${i.counted === false ? ' not counted' : ''}`).join(', ') || 'none';
      faults.push({ ja: `算定項目 ${describeItem(e)} がない（同じ項目: ${seen}）`, en: `no item ${describeItem(e)} (same component: ${seen})` });
    } else used.add(index);
  }
  items.forEach((i, n) => {
    if (!used.has(n) && i.counted === true && typeof i.amount === 'number' && i.amount !== 0) {
      const text = describeItem(i as unknown as ExpectedItem);
      faults.push({ ja: `想定しない計上項目 ${text} がある`, en: `unexpected counted item ${text}` });
    }
  });

  const incomes = Array.isArray(result.incomes) ? result.incomes.filter(isObject) : [];
  for (const e of expected.incomes) {
    const match = incomes.find(
      (i) =>
        (e.memberKey === undefined || i.memberKey === e.memberKey) &&
        i.earned === e.earned &&
        i.grossAmount === e.grossAmount &&
        i.recognisedAmount === e.recognisedAmount &&
        e.deductions.every((d) => Array.isArray(i.deductions) && i.deductions.some((x) => isObject(x) && x.deductionType === d.deductionType && x.amount === d.amount)),
    );
    if (!match) {
      const want = `${e.memberKey ?? ''} ${e.earned ? 'earned' : 'other'} ${yen(e.grossAmount)} → ${yen(e.recognisedAmount)} [${e.deductions.map((d) => `${d.deductionType}:${yen(d.amount)}`).join(', ')}]`;
      const got = incomes.map((i) => `${String(i.memberKey ?? '')} ${yen(i.grossAmount)} → ${yen(i.recognisedAmount)} ${JSON.stringify(i.deductions)}`).join('; ') || 'none';
      faults.push({ ja: `収入認定 ${want} がない（応答: ${got}）`, en: `no income line ${want} (answered: ${got})` });
    }
  }
  if (expected.incomes.length === 0 && incomes.some((i) => typeof i.recognisedAmount === 'number' && i.recognisedAmount > 0)) {
    faults.push({ ja: '収入がないのに収入認定額がある', en: 'recognised income where there is none' });
  }

  faults.push(...(await tablesUsedFaults(result, expected.tablesUsed, tables, edition)));
  return faults;
}

/**
 * tablesUsed: held exactly to the fixture's ids when the system serves the kit's tables; otherwise non-empty and
 * every id known to getStandardTable. In 2.1 (04.5.2) a result that used a table not re-keyed from the official
 * 告示 says so (provisional: true).
 */
export async function tablesUsedFaults(result: Json, expectedIds: readonly string[], tables: TableLookup, edition: Edition): Promise<Fault[]> {
  const faults: Fault[] = [];
  const used = Array.isArray(result.tablesUsed) ? result.tablesUsed.map(String) : [];
  if (used.length === 0) return [{ ja: '使用した基準表（tablesUsed）が示されていない', en: 'no tables used (tablesUsed) named' }];
  if (await tables.servesKitTables(expectedIds)) {
    const missingIds = expectedIds.filter((id) => !used.includes(id));
    const extra = used.filter((id) => !expectedIds.includes(id));
    if (missingIds.length > 0 || extra.length > 0) {
      faults.push({
        ja: `使用した基準表が異なる（不足: ${missingIds.join(', ') || 'なし'}、余分: ${extra.join(', ') || 'なし'}）`,
        en: `tablesUsed differs (missing: ${missingIds.join(', ') || 'none'}; extra: ${extra.join(', ') || 'none'})`,
      });
    }
  }
  let provisional = false;
  for (const id of used) {
    const table = await tables.get(id);
    if (table === null) faults.push({ ja: `使用した基準表 ${id} を getStandardTable で照会できない`, en: `table ${id} of tablesUsed is unknown to getStandardTable` });
    else if (isObject(table.provenance) && table.provenance.reKeyedFromOfficial === false) provisional = true;
  }
  if (edition === '2.1' && provisional && result.provisional !== true) {
    faults.push({ ja: '告示から直接入力していない基準表を用いたのに provisional が true でない', en: 'a table not re-keyed from the official 告示 was used but provisional is not true' });
  }
  return faults;
}

/** The faults of a refusal answer (422, the problem code, an errors entry at the pointer). */
export function refusalFaults(answer: Answer, expected: ExpectedRefusal): Fault[] {
  if (answer.status === 200) {
    const body = isObject(answer.body) ? answer.body : {};
    return [
      {
        ja: `基準表がないのに算定結果を返した（最低生活費 ${yen(body.minimumCost)} 円、使用表 ${JSON.stringify(body.tablesUsed)}）— 他の級地・時点の表による代用`,
        en: `answered a result although no table is held (minimumCost ${yen(body.minimumCost)}, tablesUsed ${JSON.stringify(body.tablesUsed)}) — another grade's or period's table substituted`,
      },
    ];
  }
  const faults: Fault[] = [];
  if (answer.status !== expected.status) {
    return [{ ja: `状態コードが ${expected.status} ではなく ${answer.status}`, en: `status ${answer.status} instead of ${expected.status}` }];
  }
  const code = isObject(answer.body) ? answer.body.code : undefined;
  if (code !== expected.code) faults.push({ ja: `問題コードが ${expected.code} ではなく ${JSON.stringify(code)}`, en: `problem code ${JSON.stringify(code)} instead of ${expected.code}` });
  const pointers = pointersOf(answer);
  if (!pointers.includes(expected.pointer)) {
    faults.push({ ja: `errors に不足する入力項目 ${expected.pointer} が示されていない（${pointers.join(', ') || 'なし'}）`, en: `errors do not point at ${expected.pointer} (${pointers.join(', ') || 'none'})` });
  }
  return faults;
}

/** Runs one vector through calculateMinimumCost; answers its faults, each prefixed with the vector's id. */
export async function runVector(ctx: CheckContext, client: HogoClient<Edition>, vector: Vector, tables: TableLookup): Promise<Fault[]> {
  const answer = await send(client, 'calculateMinimumCost', { body: vector.input });
  let faults: Fault[];
  if (isRefusal(vector.expected)) faults = refusalFaults(answer, vector.expected);
  else if (answer.status !== 200 || !isObject(answer.body)) {
    const code = isObject(answer.body) ? ` ${String(answer.body.code ?? '')}` : '';
    faults = [{ ja: `状態コードが 200 ではなく ${answer.status}${code}`, en: `status ${answer.status}${code} instead of 200` }];
  } else {
    faults = await resultFaults(answer.body, vector.expected, tables, ctx.edition);
    if (answer.body.calculationId !== undefined) {
      faults.push({ ja: '試算（calculateMinimumCost）の結果に算定番号がある（保存しない試算のはず）', en: 'a stateless calculation carries a calculationId (nothing should be stored)' });
    }
  }
  return faults.map((f) => ({ ja: `${vector.id}（${vector.title.ja}）: ${f.ja}`, en: `${vector.id} (${vector.title.en}): ${f.en}` }));
}

/** Runs the vectors and fails the check with every fault found (all vectors are tried first). */
export async function runVectors(ctx: CheckContext, client: HogoClient<Edition>, vectors: readonly Vector[]): Promise<void> {
  if (vectors.length === 0) throw new Error('no calculation vectors selected');
  const tables = new TableLookup(client);
  const faults: Fault[] = [];
  for (const vector of vectors) faults.push(...(await runVector(ctx, client, vector, tables)));
  ctx.note(`vectors: ${vectors.map((v) => v.id).join(', ')}`);
  if (faults.length > 0) ctx.fail({ ja: faults.map((f) => f.ja).join('。'), en: faults.map((f) => f.en).join('; ') });
}
