import { describe, expect, it } from 'vitest';
import { isLgCode } from '@hogo-kit/spec';
import { generateDataSet, generateHouseholds, isTestMyNumber, prng, seedGenerated } from '../src/index.ts';
import { fakeApi } from './support/fake-api.ts';
import { householdTypeOf } from './support/household-type.ts';
import { requestBodyErrors } from './support/schemas.ts';

const TODAY = '2026-04-01';
type Json = Record<string, unknown>;

/** Faults that would make a value differ from what JSON.parse gives (the promise of SeedInput.handOver). */
function notPlainJson(value: unknown): string[] {
  const faults: string[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown, at: string): void => {
    if (node === null || typeof node === 'string' || typeof node === 'boolean' || (typeof node === 'number' && Number.isFinite(node))) return;
    if (typeof node !== 'object') return void faults.push(`${at}: ${typeof node}`);
    if (seen.has(node)) return void faults.push(`${at}: used twice`);
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((v, i) => visit(v, `${at}/${i}`));
    if (Object.getPrototypeOf(node) !== Object.prototype) return void faults.push(`${at}: not a plain object`);
    for (const [k, v] of Object.entries(node)) visit(v, `${at}/${k}`);
  };
  visit(value, '');
  return faults;
}

describe('generated:<N>', () => {
  it('is deterministic: same N and seed → same data; another seed → other data', () => {
    expect(generateHouseholds(200, { seed: 5, today: TODAY })).toEqual(generateHouseholds(200, { seed: 5, today: TODAY }));
    expect(generateHouseholds(200, { seed: 6, today: TODAY })).not.toEqual(generateHouseholds(200, { seed: 5, today: TODAY }));
    expect(generateHouseholds(50, { seed: 5, today: TODAY })).toEqual(generateHouseholds(200, { seed: 5, today: TODAY }).slice(0, 50));
    expect(Array.from({ length: 3 }, prng(9))).toEqual(Array.from({ length: 3 }, prng(9)));
    const dataSet = generateDataSet(300, { seed: 5, today: TODAY });
    expect(JSON.stringify(generateDataSet(300, { seed: 5, today: TODAY }))).toBe(JSON.stringify(dataSet));
    expect(generateDataSet(300, { seed: 6, today: TODAY })).not.toEqual(dataSet);
  });

  it('makes bodies valid against the schemas of both editions and covers every 世帯類型', () => {
    const households = generateHouseholds(300, { seed: 11, today: TODAY });
    for (const edition of ['2.0', '2.1'] as const) {
      const errors = requestBodyErrors(edition);
      for (const h of households) expect(errors('createHousehold', h.body)).toEqual([]);
    }
    for (const h of households) expect(h.householdType).toBe(householdTypeOf(h.body as never, TODAY));
    expect([...new Set(households.map((h) => h.householdType))].sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('builds one DataSet valid against the schema of both editions, as plain JSON', () => {
    for (const edition of ['2.0', '2.1'] as const) {
      const dataSet = generateDataSet(300, { seed: 3, today: TODAY, edition });
      expect(dataSet.edition).toBe(edition);
      expect(requestBodyErrors(edition)('importDataSet', dataSet)).toEqual([]);
      expect(notPlainJson(dataSet)).toEqual([]);
    }
    expect(generateDataSet(10, { today: TODAY }).edition).toBe('2.0');
  });

  it('keeps the data set consistent: ids, one 世帯主, test 個人番号, lgCodes, applications and decisions', () => {
    const { households, applications, decisions } = generateDataSet(500, { seed: 4, today: TODAY });
    expect(households.map((h) => h.householdId)).toEqual(households.map((_, i) => `H-${String(i + 1).padStart(6, '0')}`));
    const members = households.flatMap((h) => h.members as Json[]);
    expect(new Set(members.map((m) => m.memberId)).size).toBe(members.length);
    expect(new Set(members.map((m) => m.myNumber)).size).toBe(members.length);
    for (const m of members) expect(isTestMyNumber(m.myNumber as string), String(m.myNumber)).toBe(true);
    for (const h of households) {
      expect((h.members as Json[]).filter((m) => m.relationship === '01')).toHaveLength(1);
      expect(isLgCode(h.lgCode as string)).toBe(true);
      expect(isLgCode((h.address as Json).lgCode as string)).toBe(true);
      expect(h.householdType).toBe(householdTypeOf(h as never, TODAY));
    }
    // Every fifth household applied; the decision is on record for each application.
    expect(applications).toHaveLength(100);
    const byId = new Map(households.map((h) => [h.householdId, h]));
    const decisionById = new Map(decisions.map((d) => [d.decisionId, d]));
    for (const a of applications) {
      const decision = decisionById.get(a.decisionId as string)!;
      const household = byId.get(a.householdId as string)!;
      expect(decision).toMatchObject({ applicationId: a.applicationId, householdId: a.householdId, decidedOn: a.decidedOn });
      expect(a.status).toBe(decision.type === 'start' ? 'started' : 'rejected');
      expect((a.decidedOn as string) < TODAY).toBe(true);
      if (decision.type === 'start') expect(household).toMatchObject({ protectionStatus: 'protected', startedOn: a.applicationDate });
      else expect(household.protectionStatus).toBe('none');
    }
    const started = households.filter((h) => h.protectionStatus === 'protected');
    expect(started.length).toBe(decisions.filter((d) => d.type === 'start').length);
    expect(started.length).toBeGreaterThan(0);
    expect(started.length).toBeLessThan(applications.length);
    expect(new Set(started.map((h) => h.caseNumber)).size).toBe(started.length);
    // 受理簿: serials run 1, 2, 3 … within each fiscal year, in order of application date.
    const years = new Map<number, Json[]>();
    for (const a of applications) years.set(a.receiptFiscalYear as number, [...(years.get(a.receiptFiscalYear as number) ?? []), a]);
    for (const list of years.values()) {
      expect(list.map((a) => a.receiptSerial)).toEqual(list.map((_, i) => i + 1));
      expect(list.map((a) => a.applicationDate)).toEqual(list.map((a) => a.applicationDate).sort());
    }
  });

  it('loads with one importDataSet call (mode=replace, as the manager), the same for the same seed', async () => {
    const calls = async () => {
      const api = fakeApi();
      const report = await seedGenerated(api, 40, { seed: 2, today: TODAY, edition: '2.1' });
      expect(report.failed).toEqual([]);
      expect(Object.keys(report.households)).toHaveLength(40);
      return api.calls;
    };
    const first = await calls();
    expect(await calls()).toEqual(first);
    expect(first.map((c) => [c.operationId, c.role, c.input.query])).toEqual([['importDataSet', 'manager', { mode: 'replace' }]]);
    expect(first[0]!.input.handOver).toBe(true);
    expect(requestBodyErrors('2.1')('importDataSet', first[0]!.input.body)).toEqual([]);
    expect((first[0]!.input.body as { households: unknown[] }).households).toHaveLength(40);
  });
});
