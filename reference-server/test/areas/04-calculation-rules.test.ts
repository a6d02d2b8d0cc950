import { describe, expect, it } from 'vitest';
import { adults, amountOf, base, items, ok, refused } from '../support/04-calculation.ts';

describe('04.1.5 算定日に効力を有する基準表による算定', () => {
  it('特例加算 is 1,000 yen on 2025-09-30 and 1,500 yen on 2025-10-01', async () => {
    expect(amountOf(await ok(base({ date: '2025-09-30' })), 'specialAddition')).toBe(1000);
    expect(amountOf(await ok(base({ date: '2025-10-01' })), 'specialAddition')).toBe(1500);
  });

  it('the structure follows the 第1類 table in force: 2018-10 on 2023-09-30, 2023-10 on 2023-10-01', async () => {
    const before = await ok(base({ date: '2023-09-30', members: [{ key: 'm1', birthDate: '2003-01-01' }], excludeComponents: [] }));
    const after = await ok(base({ date: '2023-10-01', members: [{ key: 'm1', birthDate: '2003-01-01' }] }));
    expect(before.structure).toBe('2018-10');
    expect(after.structure).toBe('2023-10');
    expect(before.tablesUsed.every((t: string) => t.startsWith('2020-10'))).toBe(true);
  });
});

describe('04.1.6 / 04.1.7 基準表がない場合の拒否（他の級地・時点の表で代用しない）', () => {
  it('grade 1-2 under the 2018-10 structure (only 1-1 held) is refused at /body/grade', async () => {
    const r = await refused(base({ date: '2021-07-01', grade: '1-2', members: [{ key: 'm1', birthDate: '2001-04-02' }], excludeComponents: [] }));
    expect(r).toEqual({ code: 'standard-table-missing', pointers: ['/body/grade'] });
  });

  it('a household of six under the 2018-10 structure (rows for 1–5 only) is refused at /body/members', async () => {
    const r = await refused(base({ date: '2021-07-01', members: adults(6) }));
    expect(r.code).toBe('standard-table-missing');
    expect(r.pointers).toContain('/body/members');
  });

  it('after the last 特例加算 table (2027-04-01) the calculation is refused at /body/date', async () => {
    expect((await refused(base({ date: '2027-04-01' }))).pointers).toEqual(['/body/date']);
    const r = await ok(base({ date: '2027-04-01', excludeComponents: ['transitional', 'specialAddition'] }));
    expect(r.complete).toBe(false);
    expect(items(r, 'specialAddition')).toEqual([]);
  });

  it('期末一時扶助 from 2023-10 is not held: December 2024 is refused at /body/date unless yearEnd is excluded', async () => {
    expect((await refused(base({ date: '2024-12-01' }))).pointers).toEqual(['/body/date']);
    const r = await ok(base({ date: '2024-12-01', excludeComponents: ['transitional', 'yearEnd'] }));
    expect(r.excludedComponents).toEqual(['transitional', 'yearEnd']);
    expect(amountOf(r, 'winter')).toBe(3080); // the winter addition of Ⅵ区 is still counted
  });

  it('冬季加算 of region II is not held: January is refused at /body/winterRegion, every missing input is named', async () => {
    expect((await refused(base({ date: '2025-01-10', winterRegion: 'II' }))).pointers).toEqual(['/body/winterRegion']);
    const both = await refused(base({ date: '2024-12-01', winterRegion: 'II' }));
    expect(both.pointers.sort()).toEqual(['/body/date', '/body/winterRegion']);
  });

  it('冬季加算 of region VI for two persons is not held: refused at /body/members', async () => {
    const r = await refused(base({ date: '2024-12-01', members: adults(2), excludeComponents: ['transitional', 'yearEnd'] }));
    expect(r.pointers).toEqual(['/body/members']);
  });

  it('妊産婦加算 is held for 1級地 only: grade 2-2 is refused at /body/grade, not computed with the 1級地 amount', async () => {
    const r = await refused(base({ grade: '2-2', members: [{ key: 'm1', birthDate: '1994-01-15', pregnancyStatus: '2' }] }));
    expect(r.pointers).toEqual(['/body/grade']);
  });

  it('障害者加算 of a member in hospital (only 居宅 rows held) is refused at the living arrangement', async () => {
    const r = await refused(base({ members: [{ key: 'm1', birthDate: '1994-01-15', disabilityAddition: '1', livingArrangement: '02' }] }));
    expect(r.pointers).toEqual(['/body/members/0/livingArrangement']);
  });

  it('入院・入所 rates are not held: a member in hospital is refused at the living arrangement (not computed as at home)', async () => {
    const r = await refused(base({ members: [{ key: 'm1', birthDate: '1994-01-15' }, { key: 'm2', age: 60, livingArrangement: '02' }] }));
    expect(r).toEqual({ code: 'standard-table-missing', pointers: ['/body/members/1/livingArrangement'] });
    const trial = await ok(base({ members: [{ key: 'm1', birthDate: '1994-01-15' }, { key: 'm2', age: 60, livingArrangement: '02' }], excludeComponents: ['transitional', 'class1'] }));
    expect(trial).toMatchObject({ complete: false, householdSize: 2 });
    expect(items(trial, 'class1')).toEqual([]);
  });

  it('a second earner (only the main earner\'s 基礎控除 held) is refused at their earnedIncome', async () => {
    const r = await refused(base({ members: [
      { key: 'a', birthDate: '1980-01-01', earnedIncome: 120000 },
      { key: 'b', birthDate: '1982-01-01', earnedIncome: 50000 },
    ] }));
    expect(r.pointers).toEqual(['/body/members/1/earnedIncome']);
  });
});

describe('04.2 生活扶助', () => {
  it('04.2.2: 基準①×0.855 counted when it is the higher (five persons aged 15, 2021-07)', async () => {
    const members = Array.from({ length: 5 }, (_, i) => ({ key: `c${i}`, birthDate: '2006-01-01' }));
    const r = await ok(base({ date: '2021-07-01', members }));
    expect(items(r, 'standard1')[0]).toMatchObject({ amount: 218543, baseAmount: 255605, rate: 0.855, counted: true });
    expect(items(r, 'standard2')[0]).toMatchObject({ amount: 184792, counted: false });
    expect(r.structure).toBe('2018-10');
  });

  it('04.2.3: 10+ persons: 逓減率 0.50 and 第2類 67,430 + 2,760 per person above ten', async () => {
    const ten = await ok(base({ members: adults(10) }));
    const eleven = await ok(base({ members: adults(11) }));
    expect(items(ten, 'class2')[0].amount).toBe(67430);
    expect(items(eleven, 'class2')[0].amount).toBe(70190);
    expect(items(eleven, 'class1')[0]).toMatchObject({ baseAmount: 11 * 46930, rate: 0.5, amount: 258115 });
    expect(items(eleven, 'specialAddition')[0].amount).toBe(11000);
  });

  it('04.2.1: ages are completed years on the date (age given directly works too)', async () => {
    const byBirth = await ok(base({ members: [{ key: 'm1', birthDate: '1959-04-02' }] })); // 64 on 2024-04-01
    const dayAfter = await ok(base({ members: [{ key: 'm1', birthDate: '1959-04-01' }] })); // 65
    expect(items(byBirth, 'class1')[0].amount).toBe(46930);
    expect(items(dayAfter, 'class1')[0].amount).toBe(46460);
    expect(items(await ok(base({ members: [{ key: 'm1', age: 80 }] })), 'class1')[0].amount).toBe(39890);
  });

  const winter = async (date: string, winterRegion: string) =>
    amountOf(await ok(base({ date, winterRegion, excludeComponents: ['transitional', 'yearEnd'] })), 'winter');

  it('04.2.6: region I season is October to April', async () => {
    expect(await winter('2024-09-30', 'I')).toBe(0);
    expect(await winter('2024-10-01', 'I')).toBe(24260);
    expect(await winter('2025-04-30', 'I')).toBe(24260);
    expect(await winter('2025-05-01', 'I')).toBe(0);
  });

  it('04.2.6: region VI season is November to March', async () => {
    expect(await winter('2024-10-31', 'VI')).toBe(0);
    expect(await winter('2024-11-01', 'VI')).toBe(3080);
    expect(await winter('2025-03-31', 'VI')).toBe(3080);
    expect(await winter('2025-04-01', 'VI')).toBe(0);
  });

  it('04.2.5: the amount depends on region and household size', async () => {
    const r = await ok(base({ date: '2025-01-10', winterRegion: 'I', members: adults(2) }));
    expect(amountOf(r, 'winter')).toBe(31410);
    expect(r.tablesUsed).toContain('2020-10.winterAddition.1-1');
  });

  it('04.2.7: 期末一時扶助 only in December', async () => {
    const nov = await ok(base({ date: '2021-11-30', members: [{ key: 'm1', birthDate: '2001-04-02' }], excludeComponents: [] }));
    expect(items(nov, 'yearEnd')).toEqual([]);
    expect(nov.tablesUsed).not.toContain('2020-10.yearEndAssistance.1-1');
  });
});
