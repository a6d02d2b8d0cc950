import { describe, expect, it } from 'vitest';
import { adults, amountOf, appFor, base, calc, get, items, ok, refused } from '../support/04-calculation.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('04.3 加算・その他の扶助', () => {
  const family = (children: number, parent: Json = {}) => [
    { key: 'p', birthDate: '1988-06-01', singleParent: true, ...parent },
    ...['2019-01-01', '2016-01-01', '2014-01-01', '2012-01-01'].slice(0, children).map((b, i) => ({ key: `c${i}`, birthDate: b })),
  ];

  it('04.3.2: 母子加算 by number of children (3 = 26,500; 4 = 29,400) and none without a child', async () => {
    expect(amountOf(await ok(base({ members: family(3) })), 'addition', { additionType: '02' })).toBe(26500);
    expect(amountOf(await ok(base({ members: family(4) })), 'addition', { additionType: '02' })).toBe(29400);
    expect(items(await ok(base({ members: family(0) })), 'addition', { additionType: '02' })).toEqual([]);
  });

  it('04.3.3: 障害者加算 lower than 母子加算 → only 母子加算 counted (the other direction is fixture D8)', async () => {
    const r = await ok(base({ members: family(1, { disabilityAddition: '2' }) }));
    expect(items(r, 'addition', { additionType: '03' })[0]).toMatchObject({ amount: 17870, counted: false, memberKey: 'p' });
    expect(items(r, 'addition', { additionType: '02' })[0]).toMatchObject({ amount: 18800, counted: true });
    expect(r.fujo.find((f: Json) => f.fujoType === '01').amount).toBe(
      r.items.filter((i: Json) => i.fujoType === '01' && i.counted).reduce((s: number, i: Json) => s + i.amount, 0));
  });

  it('04.3.3: both additions of different persons are both counted', async () => {
    const r = await ok(base({ members: [...family(1), { key: 'g', birthDate: '1950-01-01', disabilityAddition: '1' }] }));
    expect(items(r, 'addition').filter((i: Json) => ['02', '03'].includes(i.additionType)).every((i: Json) => i.counted)).toBe(true);
  });

  it('04.3.1: 障害者加算 by category and grade (category 2, grade 2-2 = 16,620)', async () => {
    const r = await ok(base({ grade: '2-2', members: [{ key: 'm1', birthDate: '1994-01-15', disabilityAddition: '2' }] }));
    expect(amountOf(r, 'addition', { additionType: '03' })).toBe(16620);
  });

  it('04.3.4: a child counts until the first 31 March after reaching 18', async () => {
    const members = [{ key: 'p', birthDate: '1975-01-01' }, { key: 'k', birthDate: '2005-04-02' }];
    const excludeComponents = ['transitional', 'winter'];
    const march = await ok(base({ date: '2024-03-31', members, excludeComponents }));
    const april = await ok(base({ date: '2024-04-01', members, excludeComponents }));
    expect(amountOf(march, 'addition', { additionType: '07', memberKey: 'k' })).toBe(10190);
    expect(items(april, 'addition', { additionType: '07' })).toEqual([]);
    // born 1 April: reaches 18 on 31 March of the same year, so the addition ends that day
    const aprilFirst = [{ key: 'p', birthDate: '1975-01-01' }, { key: 'k', birthDate: '2006-04-01' }];
    expect(amountOf(await ok(base({ date: '2024-03-31', members: aprilFirst, excludeComponents })), 'addition', { additionType: '07' })).toBe(10190);
    expect(items(await ok(base({ date: '2024-04-01', members: aprilFirst, excludeComponents })), 'addition', { additionType: '07' })).toEqual([]);
  });

  it('04.3.5: 妊産婦加算 by status (under 6 months 9,130; post-natal 8,480)', async () => {
    expect(amountOf(await ok(base({ members: [{ key: 'm1', birthDate: '1994-01-15', pregnancyStatus: '1' }] })), 'addition', { additionType: '01' })).toBe(9130);
    expect(amountOf(await ok(base({ members: [{ key: 'm1', birthDate: '1994-01-15', pregnancyStatus: '3' }] })), 'addition', { additionType: '01' })).toBe(8480);
  });

  it('09.2.4: 介護保険料加算 only for a first-category insured person (65+); 64 is refused', async () => {
    const r = await ok(base({ members: [{ key: 'm1', age: 65, careInsurancePremium: 5000 }] }));
    expect(items(r, 'addition', { additionType: '08' })[0]).toMatchObject({ amount: 5000, counted: true, memberKey: 'm1' });
    expect(await refused(base({ members: [{ key: 'm1', age: 64, careInsurancePremium: 5000 }] })))
      .toEqual({ code: 'not-first-insured', pointers: ['/body/members/0/careInsurancePremium'] });
  });

  const rent = async (lgCode: string, members: Json[], monthlyRent = 100000) =>
    items(await ok(base({ lgCode, monthlyRent, members })), 'rent')[0];

  it('04.3.6: the municipality\'s own ceiling row wins (横浜市 52,000; 大阪市 4 persons 52,000)', async () => {
    expect(await rent('141003', adults(1))).toMatchObject({ amount: 52000, ceiling: 52000, baseAmount: 100000 });
    expect(await rent('271004', adults(4))).toMatchObject({ amount: 52000, ceiling: 52000 });
  });

  it('04.3.6: otherwise the prefecture\'s row (千代田区 and 八王子市 → 東京都; 2 persons 64,000; 7 persons 83,800)', async () => {
    expect(await rent('131016', adults(2))).toMatchObject({ amount: 64000 });
    expect(await rent('132012', adults(1))).toMatchObject({ amount: 53700 });
    expect(await rent('131016', adults(7))).toMatchObject({ amount: 83800 });
  });

  it('04.3.6: no row for the municipality nor its prefecture (堺市) → /body/lgCode; no row for the grade → /body/grade', async () => {
    expect((await refused(base({ lgCode: '271403', monthlyRent: 50000 }))).pointers).toEqual(['/body/lgCode']);
    expect((await refused(base({ lgCode: '131016', monthlyRent: 50000, grade: '2-2' }))).pointers).toEqual(['/body/grade']);
  });

  it('04.3.6: rent needs the municipality code (422), and no rent means no 住宅扶助', async () => {
    const r = await refused(base({ monthlyRent: 50000 }));
    expect(r).toEqual({ code: 'lg-code-required', pointers: ['/body/lgCode'] });
    const none = await ok(base({ lgCode: '131016', monthlyRent: 0 }));
    expect(items(none, 'rent')).toEqual([]);
    expect(none.tablesUsed).not.toContain('2020-10.housingCeiling');
  });

  it('04.3.7: a special ceiling above the rent pays the rent; it needs no table and no municipality', async () => {
    const r = await ok(base({ monthlyRent: 60000, housingSpecialCeiling: 70000 }));
    expect(items(r, 'rent')[0]).toMatchObject({ amount: 60000, ceiling: 70000, baseAmount: 60000 });
  });

  it('04.3.8: actual school costs need a school level', async () => {
    const r = await refused(base({ members: [{ key: 'm1', birthDate: '2015-01-01', educationExpenses: 1000 }] }));
    expect(r).toEqual({ code: 'school-level-required', pointers: ['/body/members/0/schoolLevel'] });
  });

  it('04.3.10: care, maternity, occupational and funeral costs are counted at cost per type', async () => {
    const r = await ok(base({ actualCosts: [
      { fujoType: '05', amount: 12000, memberKey: 'm1' }, { fujoType: '06', amount: 30000 },
      { fujoType: '07', amount: 5000 }, { fujoType: '08', amount: 200000, note: '葬祭' },
    ] }));
    expect(r.fujo.filter((f: Json) => f.fujoType >= '05')).toEqual([
      { fujoType: '05', amount: 12000 }, { fujoType: '06', amount: 30000 }, { fujoType: '07', amount: 5000 }, { fujoType: '08', amount: 200000 },
    ]);
    expect(r.minimumCost).toBe(75720 + 247000);
  });

  it('04.3.10: 生活・教育・住宅扶助 are not counted at cost (422)', async () => {
    const r = await refused(base({ actualCosts: [{ fujoType: '01', amount: 1000 }] }));
    expect(r).toEqual({ code: 'not-an-actual-cost', pointers: ['/body/actualCosts/0/fujoType'] });
  });
});

describe('04.4 収入認定', () => {
  const earned = async (earnedIncome: number, extra: Json = {}) =>
    (await ok(base({ members: [{ key: 'm1', birthDate: '1994-01-15', earnedIncome, ...extra }] }))).incomes[0];

  it('04.4.1: below 15,000 yen the whole income is deducted; above, 15,000 + 10 % rounded down', async () => {
    expect(await earned(10000)).toMatchObject({ recognisedAmount: 0, deductions: [{ deductionType: '01', amount: 10000 }] });
    expect(await earned(15000)).toMatchObject({ recognisedAmount: 0 });
    expect(await earned(15005)).toMatchObject({ recognisedAmount: 5, deductions: [{ deductionType: '01', amount: 15000 }] });
    expect(await earned(15010)).toMatchObject({ recognisedAmount: 9 });
  });

  it('04.4.2: no 未成年者控除 at 20; 新規就労控除 and 未成年者控除 together at 19', async () => {
    const twenty = await earned(50000, { birthDate: '2004-03-01' });
    expect(twenty.deductions.map((d: Json) => d.deductionType)).toEqual(['01']);
    const both = await earned(50000, { birthDate: '2005-01-01', newlyEmployed: true });
    expect(both.deductions.map((d: Json) => d.deductionType)).toEqual(['01', '02', '03']);
    expect(both.recognisedAmount).toBe(50000 - 18500 - 11700 - 11600);
  });

  it('04.4.3: every necessary expense is deducted; never below 0, total deductions limited to the income', async () => {
    const r = await ok(base({ members: [{ key: 'm1', birthDate: '1994-01-15', earnedIncome: 30000, necessaryExpenses: [
      { deductionType: '11', amount: 4000 }, { deductionType: '12', amount: 1000 }, { deductionType: '13', amount: 20000 }, { deductionType: '19', amount: 500 },
    ] }] }));
    expect(r.incomes[0].deductions.map((d: Json) => d.deductionType)).toEqual(['01', '11', '12', '13', '19']);
    expect(r.incomes[0].recognisedAmount).toBe(0);
    expect(r.totalDeductions).toBe(30000);
    expect(r.payment).toBe(r.minimumCost);
  });

  it('04.4.3: the calculated deductions cannot be given as expenses (422)', async () => {
    const r = await refused(base({ members: [{ key: 'm1', birthDate: '1994-01-15', earnedIncome: 30000, necessaryExpenses: [{ deductionType: '01', amount: 1 }] }] }));
    expect(r.pointers).toEqual(['/body/members/0/necessaryExpenses/0/deductionType']);
  });

  it('04.4.4: other income is recognised after its necessary expenses; a household-level income has no member', async () => {
    const r = await ok(base({ otherIncomes: [
      { memberKey: 'm1', incomeType: '03', amount: 30000, necessaryExpenses: 2000 }, { incomeType: '06', amount: 10000 },
    ] }));
    expect(r.incomes).toEqual([
      { memberKey: 'm1', earned: false, incomeType: '03', grossAmount: 30000, deductions: [{ deductionType: '19', amount: 2000 }], recognisedAmount: 28000 },
      { earned: false, incomeType: '06', grossAmount: 10000, deductions: [], recognisedAmount: 10000 },
    ]);
    expect(r).toMatchObject({ grossIncome: 40000, totalDeductions: 2000, recognisedIncome: 38000, payment: 75720 - 38000 });
  });

  it('04.4.5: each income line shows the gross amount, deductions by type with their table, and the recognised amount', async () => {
    const line = await earned(100000, { newlyEmployed: true });
    expect(line).toEqual({
      memberKey: 'm1', earned: true, grossAmount: 100000, recognisedAmount: 100000 - 23500 - 11700,
      deductions: [
        { deductionType: '01', amount: 23500, tableId: '2020-10.earnedIncomeDeduction' },
        { deductionType: '02', amount: 11700, tableId: '2020-10.otherDeduction' },
      ],
    });
  });

  it('refers only to members of the input (422 unknown-reference)', async () => {
    const r = await refused(base({ otherIncomes: [{ memberKey: 'x', incomeType: '03', amount: 1 }] }));
    expect(r).toEqual({ code: 'unknown-reference', pointers: ['/body/otherIncomes/0/memberKey'] });
  });
});

describe('04.5 保護費と算定結果 (stateless)', () => {
  it('04.5.1: payment is 0 when the recognised income equals the minimum cost', async () => {
    const r = await ok(base({ otherIncomes: [{ memberKey: 'm1', incomeType: '03', amount: 75720 }] }));
    expect(r).toMatchObject({ minimumCost: 75720, recognisedIncome: 75720, payment: 0 });
  });

  it('04.5.2: every table-derived item names its tables; every table used is served by getStandardTable', async () => {
    const { app } = await appFor();
    const r = (await calc(app, base({ members: [{ key: 'p', birthDate: '1988-06-01', singleParent: true, earnedIncome: 80000 }, { key: 'c', birthDate: '2015-09-01', schoolLevel: '1' }], lgCode: '131016', monthlyRent: 70000 }))).json();
    for (const i of r.items.filter((x: Json) => x.component !== 'actualCost')) expect(i.tableIds?.length).toBeGreaterThan(0);
    const named = new Set(r.items.flatMap((i: Json) => i.tableIds ?? []).concat(r.incomes.flatMap((l: Json) => l.deductions.map((d: Json) => d.tableId).filter(Boolean))));
    expect([...named].sort()).toEqual([...r.tablesUsed].sort());
    for (const id of r.tablesUsed) expect((await get(app, `/standard-tables/${id}`)).statusCode).toBe(200);
  });

  it('04.5.2 (2.1): the result says when tables not re-keyed from the 告示 were used; 2.0 has no such field', async () => {
    expect((await ok(base())).provisional).toBe(true);
    expect(await ok(base(), '2.0')).not.toHaveProperty('provisional');
  });

  it('04.5.7: excluded components are listed, left out, and the result is marked incomplete', async () => {
    const r = await ok(base({ lgCode: '131016', monthlyRent: 50000, excludeComponents: ['transitional', 'rent', 'specialAddition'] }));
    expect(r).toMatchObject({ complete: false, excludedComponents: ['transitional', 'rent', 'specialAddition'], minimumCost: 46930 + 27790 });
    expect(items(r, 'rent')).toEqual([]);
  });

  it('validates what the schema cannot: duplicate keys, birth after the date', async () => {
    expect((await refused(base({ members: [{ key: 'm1', age: 30 }, { key: 'm1', age: 3 }] }))).pointers).toEqual(['/body/members/1/key']);
    expect((await refused(base({ members: [{ key: 'm1', birthDate: '2024-05-01' }] }))).code).toBe('born-after-date');
  });

  it('is refused to roles without the operation (403)', async () => {
    const { app } = await appFor();
    expect((await calc(app, base(), 'medical-clerk')).statusCode).toBe(403);
    expect((await calc(app, base(), 'intake')).statusCode).toBe(200);
  });
});
