import { describe, expect, it } from 'vitest';
import { adults, amountOf, appFor, base, calc, items } from '../support/04-calculation.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The trial calculation of `body` without and with the mutant: [correct server, mutant server]. */
async function both(mutant: string, body: Json): Promise<[{ status: number; body: Json }, { status: number; body: Json }]> {
  const run = async (m?: string) => {
    const { app } = await appFor(m === undefined ? {} : { mutant: m });
    const res = await calc(app, body);
    return { status: res.statusCode, body: res.json() as Json };
  };
  return [await run(), await run(mutant)];
}

const single = (extra: Json = {}) => base({ members: [{ key: 'm1', birthDate: '1994-01-15', ...extra }] });

/** Each seeded defect of area 04 (src/mutants/catalogue-01-05.ts) gives a wrong calculation, never a fault. */
describe('04 mutants', () => {
  it('table-substitution calculates with another grade’s or period’s table instead of refusing (04.1.6, 04.1.7)', async () => {
    const [grade, gradeMutant] = await both('table-substitution', base({ grade: '1-2' }));
    expect(grade.status).toBe(422);
    expect(grade.body.code).toBe('standard-table-missing');
    expect(grade.body.errors.map((e: Json) => e.pointer)).toContain('/body/grade');
    expect(gradeMutant.status).toBe(200);
    expect(gradeMutant.body.tablesUsed).toContain('2023-10.livingClass1.1-1');
    const [period, periodMutant] = await both('table-substitution', base({ date: '2019-04-01' }));
    expect(period.status).toBe(422);
    expect(period.body.errors.map((e: Json) => e.pointer)).toContain('/body/date');
    expect(periodMutant.status).toBe(200);
    expect(periodMutant.body.structure).toBe('2023-10');
  });

  it('wrong-reduction-rate takes the 逓減率 of one person fewer (04.2.3)', async () => {
    const [ok, mutant] = await both('wrong-reduction-rate', base({ members: adults(3) }));
    expect(items(ok.body, 'class1')[0]).toMatchObject({ rate: 0.75 });
    expect(items(mutant.body, 'class1')[0]).toMatchObject({ rate: 0.87 });
    expect(mutant.body.minimumCost).toBeGreaterThan(ok.body.minimumCost);
  });

  it('winter-addition-all-year adds the 冬季加算 in April in region VI (04.2.6)', async () => {
    const [ok, mutant] = await both('winter-addition-all-year', single());
    expect(items(ok.body, 'winter')).toEqual([]);
    expect(amountOf(mutant.body, 'winter')).toBe(3080);
  });

  it('disability-and-single-parent-both counts both additions of one person (04.3.3)', async () => {
    const members = [{ key: 'p', birthDate: '1988-06-01', singleParent: true, disabilityAddition: '2' }, { key: 'c', birthDate: '2019-01-01' }];
    const [ok, mutant] = await both('disability-and-single-parent-both', base({ members }));
    const counted = (r: Json) => items(r, 'addition').filter((i: Json) => ['02', '03'].includes(i.additionType) && i.counted).length;
    expect(counted(ok.body)).toBe(1);
    expect(counted(mutant.body)).toBe(2);
  });

  it('housing-ceiling-ignored meets the whole rent above the ceiling (04.3.6)', async () => {
    const [ok, mutant] = await both('housing-ceiling-ignored', base({ lgCode: '131016', monthlyRent: 80000 }));
    expect(amountOf(ok.body, 'rent')).toBe(53700);
    expect(amountOf(mutant.body, 'rent')).toBe(80000);
  });

  it('earned-income-deduction-skipped recognises the whole earned income (04.4.1)', async () => {
    const [ok, mutant] = await both('earned-income-deduction-skipped', single({ earnedIncome: 100000 }));
    expect(ok.body.incomes[0]).toMatchObject({ grossAmount: 100000, recognisedAmount: 76500 });
    expect(ok.body.incomes[0].deductions).toEqual([expect.objectContaining({ deductionType: '01', amount: 23500 })]);
    expect(mutant.body.incomes[0]).toMatchObject({ grossAmount: 100000, recognisedAmount: 100000, deductions: [] });
  });

  it('negative-payment pays the excess when income exceeds the minimum cost (04.5.1)', async () => {
    const [ok, mutant] = await both('negative-payment', single({ earnedIncome: 1000000 }));
    expect(ok.body.payment).toBe(0);
    expect(mutant.status).toBe(200);
    expect(mutant.body.payment).toBe(mutant.body.recognisedIncome - mutant.body.minimumCost);
    expect(mutant.body.payment).toBeGreaterThan(0);
    // below the minimum cost the payment is right, so only the max(0, …) rule is broken
    const [low, lowMutant] = await both('negative-payment', single({ earnedIncome: 10000 }));
    expect(lowMutant.body.payment).toBe(low.body.payment);
  });
});
