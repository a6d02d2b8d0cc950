import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { appFor, auth, calc, createHousehold, get, NOW, person, post } from '../support/04-calculation.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A single parent (35) with a primary-school child (8) in 千代田区, rent 60,000, registered through createHousehold. */
async function setup(edition: '2.0' | '2.1' = '2.1', extra: Json = {}, parent: Json = {}) {
  const built = await appFor({ edition });
  const household = await createHousehold(built.app, [
    person('一', '1988-06-01', '01', parent),
    person('二', '2015-09-01', '03'),
  ], { monthlyRent: 60000, ...extra });
  const [p, c] = household.members.map((m: Json) => m.memberId) as [string, string];
  return { ...built, household, hid: household.householdId as string, p, c };
}

const caseBody = (p: string, c: string, over: Json = {}) => ({
  date: '2024-04-01',
  members: [{ memberId: p, singleParent: true }, { memberId: c, schoolLevel: '1' }],
  excludeComponents: ['transitional'],
  ...over,
});

const create = (app: FastifyInstance, hid: string, body: unknown, role = 'caseworker', headers: Json = {}) =>
  app.inject({ method: 'POST', url: `/households/${hid}/calculations`, headers: { ...auth(role), ...headers }, payload: body as object });

async function refusedUnchanged(store: Store, run: () => Promise<{ statusCode: number; json(): Json }>, status = 422) {
  const before = JSON.stringify(store.snapshot());
  const res = await run();
  expect(res.statusCode).toBe(status);
  expect(JSON.stringify(store.snapshot())).toBe(before);
  const problem = res.json();
  return { code: problem.code as string, pointers: (problem.errors ?? []).map((e: Json) => e.pointer) as string[] };
}

describe('04.5.3 登録済みの世帯情報による算定', () => {
  it('takes grade, region, municipality, rent and members from the household and equals the stateless calculation', async () => {
    const { app, hid, p, c, faults } = await setup();
    const res = await create(app, hid, caseBody(p, c));
    expect(res.statusCode).toBe(201);
    const stored = res.json();
    expect(stored).toMatchObject({ householdId: hid, grade: '1-1', winterRegion: 'VI', householdSize: 2, structure: '2023-10', date: '2024-04-01' });
    const stateless = (await calc(app, {
      date: '2024-04-01', grade: '1-1', winterRegion: 'VI', lgCode: '131016', monthlyRent: 60000, excludeComponents: ['transitional'],
      members: [{ key: p, birthDate: '1988-06-01', singleParent: true }, { key: c, birthDate: '2015-09-01', schoolLevel: '1' }],
    })).json();
    for (const k of ['items', 'fujo', 'incomes', 'minimumCost', 'payment', 'tablesUsed', 'complete', 'excludedComponents']) expect(stored[k]).toEqual(stateless[k]);
    expect(stored.items.find((i: Json) => i.component === 'rent')).toMatchObject({ amount: 60000, ceiling: 64000 });
    expect(faults).toEqual([]);
  });

  it('the body may override the rent; the member record gives the disability category', async () => {
    const { app, hid, p, c } = await setup('2.1', {}, { disabilityAddition: '1' });
    const r = (await create(app, hid, caseBody(p, c, { monthlyRent: 70000 }))).json();
    expect(r.items.find((i: Json) => i.component === 'rent')).toMatchObject({ amount: 64000, baseAmount: 70000 });
    expect(r.items.find((i: Json) => i.additionType === '03')).toMatchObject({ memberKey: p, amount: 26810, counted: true });
    expect(r.items.find((i: Json) => i.additionType === '02')).toMatchObject({ counted: false });
  });

  it('04.1.5: the tables in force on the date are used (2018-10 structure on 2023-09-30)', async () => {
    const { app, hid, p, c } = await setup();
    const r = (await create(app, hid, caseBody(p, c, { date: '2023-09-30', excludeComponents: ['transitional', 'winter'] }))).json();
    expect(r.structure).toBe('2018-10');
  });

  it('04.1.6: a household whose grade has no table is refused and nothing is stored', async () => {
    const { app, store, hid, p, c } = await setup('2.1', { grade: '3-2' });
    const r = await refusedUnchanged(store, () => create(app, hid, caseBody(p, c)));
    expect(r).toEqual({ code: 'standard-table-missing', pointers: ['/body/grade'] });
  });

  it('refuses a memberId that is not a member of the household, and a member who has left by the date', async () => {
    const { app, store, hid, p, c } = await setup();
    expect(await refusedUnchanged(store, () => create(app, hid, caseBody(p, c, { members: [{ memberId: 'M-999999' }] }))))
      .toEqual({ code: 'unknown-reference', pointers: ['/body/members/0/memberId'] });
    await store.transact((tx) => {
      const h = tx.get<Json>('Household', hid)!.value;
      h.members[1].leftOn = '2024-03-01';
      h.members[1].leaveReason = '01';
      tx.put('Household', hid, h);
    });
    expect((await refusedUnchanged(store, () => create(app, hid, caseBody(p, c)))).code).toBe('member-not-in-household-on-date');
    const alone = (await create(app, hid, caseBody(p, c, { members: [{ memberId: p }] }))).json();
    expect(alone.householdSize).toBe(1);
    const before = (await create(app, hid, caseBody(p, c, { date: '2024-02-29', excludeComponents: ['transitional', 'winter'] }))).json();
    expect(before.householdSize).toBe(2);
  });

  it('answers 404 for an unknown household', async () => {
    const { app, store, p, c } = await setup();
    await refusedUnchanged(store, () => create(app, 'H-999999', caseBody(p, c)), 404);
    expect((await get(app, '/households/H-999999/calculations')).statusCode).toBe(404);
  });
});

describe('04.5.4 算定結果の保存と照会 / 04.5.5 変更・削除の禁止 / 04.5.6 前回との差額', () => {
  it('stores the calculation with id, household, time and staff, and reads it back unchanged with an ETag', async () => {
    const { app, hid, p, c } = await setup();
    const res = await create(app, hid, caseBody(p, c, { note: '開始時の算定' }));
    const stored = res.json();
    expect(res.headers.etag).toBeTruthy();
    expect(stored).toMatchObject({ calculationId: expect.any(String), householdId: hid, calculatedBy: 'caseworker-1', calculatedAt: NOW().toISOString(), note: '開始時の算定' });
    expect(stored).not.toHaveProperty('previousCalculationId');
    const read = await get(app, `/calculations/${stored.calculationId}`, 'accountant');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(stored);
    expect(read.headers.etag).toBe(res.headers.etag);
    expect((await get(app, '/calculations/CALC-999999')).statusCode).toBe(404);
  });

  it('lists a household\'s calculations newest first, page by page, and only its own', async () => {
    const { app, hid, p, c } = await setup();
    const other = await createHousehold(app, [person('三', '1970-01-01')]);
    await create(app, other.householdId, { date: '2024-04-01', excludeComponents: ['transitional'] });
    const ids: string[] = [];
    for (const date of ['2024-04-01', '2024-05-01', '2024-06-01']) ids.push((await create(app, hid, caseBody(p, c, { date }))).json().calculationId);
    const first = (await get(app, `/households/${hid}/calculations?limit=2`)).json();
    expect(first.items.map((x: Json) => x.calculationId)).toEqual([ids[2], ids[1]]);
    const second = (await get(app, `/households/${hid}/calculations?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toEqual({ items: [expect.objectContaining({ calculationId: ids[0] })], nextCursor: null });
  });

  it('04.5.5: there is no update or delete, and a recalculation is a new record (the old one unchanged)', async () => {
    const { app, store, hid, p, c } = await setup();
    const first = (await create(app, hid, caseBody(p, c))).json();
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const res = await app.inject({ method, url: `/calculations/${first.calculationId}`, headers: { ...auth('manager'), 'if-match': '*' }, payload: method === 'DELETE' ? undefined : { payment: 0 } });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
    }
    const second = (await create(app, hid, caseBody(p, c, { monthlyRent: 40000 }))).json();
    expect(second.calculationId).not.toBe(first.calculationId);
    expect((await get(app, `/calculations/${first.calculationId}`)).json()).toEqual(first);
    expect(store.get('CalculationResult', first.calculationId)!.version).toBe(1);
  });

  for (const edition of ['2.0', '2.1'] as const) {
    it(`04.5.6 (${edition}): a calculation names the previous one and the difference in payment`, async () => {
      const { app, hid, p, c } = await setup(edition);
      const first = (await create(app, hid, caseBody(p, c))).json();
      const second = (await create(app, hid, caseBody(p, c, { monthlyRent: 40000 }))).json();
      expect(second.previousCalculationId).toBe(first.calculationId);
      expect(second.differenceFromPrevious).toBe(second.payment - first.payment);
      expect(second.differenceFromPrevious).toBe(-20000);
    });
  }

  it('an Idempotency-Key replay stores one calculation', async () => {
    const { app, hid, p, c } = await setup();
    const headers = { 'idempotency-key': 'calc-once-1' };
    const a = (await create(app, hid, caseBody(p, c), 'caseworker', headers)).json();
    const b = (await create(app, hid, caseBody(p, c), 'caseworker', headers)).json();
    expect(b.calculationId).toBe(a.calculationId);
    expect((await get(app, `/households/${hid}/calculations`)).json().items).toHaveLength(1);
  });

  it('only caseworker, supervisor and manager create; accountant reads', async () => {
    const { app, hid, p, c } = await setup();
    expect((await create(app, hid, caseBody(p, c), 'accountant')).statusCode).toBe(403);
    expect((await create(app, hid, caseBody(p, c), 'supervisor')).statusCode).toBe(201);
    expect((await get(app, `/households/${hid}/calculations`, 'accountant')).statusCode).toBe(200);
    expect((await get(app, `/households/${hid}/calculations`, 'intake')).statusCode).toBe(403);
  });
});

describe('04.4.6 収入申告の算定への取込み (2.1)', () => {
  const report = (memberId: string, over: Json = {}) => ({
    memberId, incomeMonth: '2024-03', reportedOn: '2024-04-01', incomeType: '01', payerName: '株式会社試験',
    grossAmount: 100000, socialInsurance: 10000, incomeTax: 2000, residentTax: 3000, commutingAllowance: 5000, ...over,
  });
  const addReport = async (app: FastifyInstance, hid: string, body: Json) => {
    const res = await post(app, `/households/${hid}/income-reports`, body);
    if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`createIncomeReport answered ${res.statusCode}: ${res.body}`);
    return res.json().reportId as string;
  };

  it('takes earned and other income from the reports without re-keying, each line naming its report', async () => {
    const { app, hid, p, c } = await setup();
    const earned = await addReport(app, hid, report(p));
    const allowance = await addReport(app, hid, report(p, { incomeType: '04', grossAmount: 10000, socialInsurance: 0, incomeTax: 0, residentTax: 0, commutingAllowance: 0 }));
    const res = await create(app, hid, caseBody(p, c, { incomeReportIds: [earned, allowance] }));
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r.incomes).toEqual([
      {
        memberKey: p, earned: true, grossAmount: 100000, incomeReportId: earned, recognisedAmount: 100000 - 23500 - 10000 - 5000 - 5000,
        deductions: [
          { deductionType: '01', amount: 23500, tableId: '2020-10.earnedIncomeDeduction' },
          { deductionType: '11', amount: 10000 }, { deductionType: '12', amount: 5000 }, { deductionType: '13', amount: 5000 },
        ],
      },
      { memberKey: p, earned: false, incomeType: '04', grossAmount: 10000, deductions: [], recognisedAmount: 10000, incomeReportId: allowance },
    ]);
    expect(r.recognisedIncome).toBe(56500 + 10000);
    expect(r.payment).toBe(r.minimumCost - 66500);
  });

  it('the new-employment flag of the body applies to a reported income', async () => {
    const { app, hid, p, c } = await setup();
    const id = await addReport(app, hid, report(p));
    const r = (await create(app, hid, caseBody(p, c, { members: [{ memberId: p, singleParent: true, newlyEmployed: true }], incomeReportIds: [id] }))).json();
    expect(r.incomes[0].deductions.map((d: Json) => d.deductionType)).toEqual(['01', '02', '11', '12', '13']);
  });

  it('refuses an unknown report, another household\'s report, and income counted twice; nothing is stored', async () => {
    const { app, store, hid, p, c } = await setup();
    const other = await createHousehold(app, [person('三', '1970-01-01')]);
    const foreign = await addReport(app, other.householdId, report(other.members[0].memberId));
    const own = await addReport(app, hid, report(p));
    expect(await refusedUnchanged(store, () => create(app, hid, caseBody(p, c, { incomeReportIds: ['IR-999999'] }))))
      .toEqual({ code: 'unknown-reference', pointers: ['/body/incomeReportIds/0'] });
    expect(await refusedUnchanged(store, () => create(app, hid, caseBody(p, c, { incomeReportIds: [own, foreign] }))))
      .toEqual({ code: 'unknown-reference', pointers: ['/body/incomeReportIds/1'] });
    const twice = caseBody(p, c, { members: [{ memberId: p, singleParent: true, earnedIncome: 100000 }], incomeReportIds: [own] });
    expect(await refusedUnchanged(store, () => create(app, hid, twice))).toEqual({ code: 'income-counted-twice', pointers: ['/body/members/0/earnedIncome'] });
  });

  it('is not part of edition 2.0 (incomeReportIds is refused by the schema)', async () => {
    const { app, hid, p, c } = await setup('2.0');
    expect((await create(app, hid, caseBody(p, c, { incomeReportIds: ['IR-000001'] }))).statusCode).toBe(400);
  });
});
