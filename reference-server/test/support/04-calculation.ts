import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import kijun20 from '@hogo-kit/spec/dist/2.0/kijun.json' with { type: 'json' };
import kijun21 from '@hogo-kit/spec/dist/2.1/kijun.json' with { type: 'json' };
import { buildApp, type AppOptions } from '../../src/app.ts';

/** Fixed now of area 04's tests: 2026-04-01 10:00 JST. */
export const NOW = () => new Date('2026-04-01T01:00:00Z');
export const appFor = (options: AppOptions = {}) => buildApp({ now: NOW, docs: false, ...options });
export const auth = (role = 'caseworker') => ({ authorization: `Bearer dev-${role}` });

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Fixture {
  id: string;
  requirements: string[];
  input: Json;
  expected: Json;
}

/** The fixtures of kijun/fixtures.yaml as the spec's build emits them, per edition. */
export const FIXTURES: Record<'2.0' | '2.1', Fixture[]> = {
  '2.0': (kijun20 as unknown as { fixtures: { fixtures: Fixture[] } }).fixtures.fixtures,
  '2.1': (kijun21 as unknown as { fixtures: { fixtures: Fixture[] } }).fixtures.fixtures,
};

/** Every table of the build output (not through the server), for cross-checks. */
export const TABLES: Record<'2.0' | '2.1', Json[]> = {
  '2.0': Object.values(kijun20 as unknown as Record<string, { tables?: Json[] }>).flatMap((f) => f.tables ?? []),
  '2.1': Object.values(kijun21 as unknown as Record<string, { tables?: Json[] }>).flatMap((f) => f.tables ?? []),
};

export const calc = (app: FastifyInstance, body: unknown, role = 'caseworker') =>
  app.inject({ method: 'POST', url: '/calculations', headers: auth(role), payload: body as object });

export const get = (app: FastifyInstance, url: string, role = 'caseworker') => app.inject({ method: 'GET', url, headers: auth(role) });

export const post = (app: FastifyInstance, url: string, body: unknown, role = 'caseworker') =>
  app.inject({ method: 'POST', url, headers: auth(role), payload: body as object });

/**
 * Compares a response with a fixture's `expected` exactly as the header of kijun/fixtures.yaml says; answers the
 * differences (empty = the result matches).
 */
export function fixtureDifferences(status: number, body: Json, expected: Json): string[] {
  const out: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${what}: got ${JSON.stringify(a)}, expected ${JSON.stringify(b)}`);
  };
  same('status', status, expected.status);
  if (expected.status !== 200) {
    same('code', body.code, expected.code);
    if (!(body.errors ?? []).some((e: Json) => e.pointer === expected.pointer)) out.push(`no error at ${expected.pointer}: ${JSON.stringify(body.errors)}`);
    return out;
  }
  for (const k of ['minimumCost', 'recognisedIncome', 'payment', 'structure', 'complete', 'excludedComponents']) same(k, body[k], expected[k]);
  for (const f of expected.fujo) {
    const got = body.fujo.find((x: Json) => x.fujoType === f.fujoType);
    same(`fujo ${f.fujoType}`, got?.amount, f.amount);
  }
  for (const f of body.fujo) {
    if (f.amount !== 0 && !expected.fujo.some((x: Json) => x.fujoType === f.fujoType)) out.push(`unexpected fujo ${f.fujoType}`);
  }
  const keys = ['fujoType', 'component', 'additionType', 'memberKey'];
  const matches = (item: Json, e: Json) =>
    keys.every((k) => e[k] === undefined || item[k] === e[k]) && item.amount === e.amount && item.counted === e.counted
    && ['baseAmount', 'rate', 'ceiling'].every((k) => e[k] === undefined || item[k] === e[k]);
  const matched = new Set<Json>();
  for (const e of expected.items) {
    const item = body.items.find((i: Json) => !matched.has(i) && matches(i, e));
    if (item) matched.add(item);
    else out.push(`no item like ${JSON.stringify(e)}`);
  }
  for (const i of body.items) {
    if (i.counted && i.amount !== 0 && !matched.has(i)) out.push(`unexpected counted item ${JSON.stringify(i)}`);
  }
  for (const e of expected.incomes) {
    const line = body.incomes.find((l: Json) => l.memberKey === e.memberKey && l.earned === e.earned
      && l.grossAmount === e.grossAmount && l.recognisedAmount === e.recognisedAmount
      && e.deductions.every((d: Json) => l.deductions.some((x: Json) => x.deductionType === d.deductionType && x.amount === d.amount)));
    if (!line) out.push(`no income line like ${JSON.stringify(e)} in ${JSON.stringify(body.incomes)}`);
  }
  same('tablesUsed', [...body.tablesUsed].sort(), [...expected.tablesUsed].sort());
  return out;
}

/** A household of 千代田区 (1級地-1, Ⅵ区) registered through createHousehold; members as MemberInput. */
export async function createHousehold(app: FastifyInstance, members: Json[], extra: Json = {}) {
  const res = await post(app, '/households', {
    lgCode: '131016',
    address: { lgCode: '131016', text: '千代田一丁目1番1号' },
    grade: '1-1',
    winterRegion: 'VI',
    members,
    ...extra,
  });
  if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`createHousehold answered ${res.statusCode}: ${res.body}`);
  return res.json() as Json;
}

export const person = (given: string, birthDate: string, relationship = '01', extra: Json = {}) => ({
  name: { family: '試験', given, familyKana: 'シケン', givenKana: 'タロウ' },
  birthDate,
  sex: '1',
  relationship,
  ...extra,
});

/** A one-person household aged 30 in 1級地-1, Ⅵ区, on 2024-04-01 (the 2023-10 structure, 経過的加算 excluded). */
export const base = (over: Json = {}): Json => ({
  date: '2024-04-01', grade: '1-1', winterRegion: 'VI',
  members: [{ key: 'm1', birthDate: '1994-01-15' }], excludeComponents: ['transitional'], ...over,
});
export const adults = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `a${i}`, birthDate: '1994-01-15' }));

export async function ok(body: Json, edition: '2.0' | '2.1' = '2.1'): Promise<Json> {
  const { app } = await appFor({ edition });
  const res = await calc(app, body);
  if (res.statusCode !== 200) throw new Error(`expected 200, got ${res.statusCode}: ${res.body}`);
  return res.json();
}
export async function refused(body: Json): Promise<{ code: string; pointers: string[] }> {
  const { app } = await appFor();
  const res = await calc(app, body);
  expect(res.statusCode).toBe(422);
  const problem = res.json();
  return { code: problem.code, pointers: (problem.errors ?? []).map((e: Json) => e.pointer) };
}
export const items = (r: Json, component: string, extra: Json = {}) =>
  r.items.filter((i: Json) => i.component === component && Object.entries(extra).every(([k, v]) => i[k] === v));
export const amountOf = (r: Json, component: string, extra: Json = {}) =>
  items(r, component, extra).filter((i: Json) => i.counted).reduce((s: number, i: Json) => s + i.amount, 0);
