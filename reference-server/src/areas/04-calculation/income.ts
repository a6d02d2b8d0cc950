import { hasMutant } from '../../support/env.ts';
import type { Lookup } from './lookup.ts';
import type { CalcIncome, CalcModel, DeductionType, IncomeLine } from './model.ts';
import { floorTimes } from './money.ts';

const BASIC = { ja: '基礎控除', en: 'basic earned-income deduction' };
const OTHER = { ja: '新規就労控除・未成年者控除', en: 'new-employment and minor deductions' };
/** 未成年者控除: under 20 (the kit's reading [B]). */
const MINOR_BELOW = 20;
/** mutant minor-deduction-under-18: the 未成年者控除 stops at 18 (the age of majority of the Civil Code) instead. */
const MINOR_BELOW_MUTANT = 18;

type Deduction = IncomeLine['deductions'][number];

/** 勤労控除 of one earner: 基礎控除 (main earner), 新規就労控除, 未成年者控除 (04.4.1, 04.4.2). */
function earnedDeductions(model: CalcModel, lookup: Lookup, income: CalcIncome, main: boolean): Deduction[] {
  const deductions: Deduction[] = [];
  if (!main) {
    // Only the main earner's 基礎控除 is held (kijun README): a second earner is refused, never guessed.
    lookup.fail(income.pointer, {
      ja: '主たる稼得者以外の基礎控除の基準表が登録されていません', en: 'No basic-deduction table for an earner other than the main earner is held',
    });
    return deductions;
  }
  const basic = lookup.table('earnedIncomeDeduction', BASIC);
  const row = basic && lookup.row(basic, { earnerRank: 'main', income: income.gross }, { grade: '/body/grade', income: income.pointer }, BASIC);
  // mutant earned-income-deduction-skipped: the basic deduction is looked up but never deducted
  if (basic && row && !hasMutant(lookup.env, 'earned-income-deduction-skipped')) {
    const amount = (row.amount ?? 0) + floorTimes(income.gross - (row.incomeFrom ?? 0), row.rate ?? 0);
    deductions.push({ deductionType: '01', amount, tableId: basic.tableId });
  }
  const member = model.members.find((m) => m.key === income.memberKey);
  const wanted: [DeductionType, boolean, string][] = [
    ['02', income.newlyEmployed, `${member?.pointer ?? '/body'}/newlyEmployed`],
    ['03', member !== undefined && member.age < (hasMutant(lookup.env, 'minor-deduction-under-18') ? MINOR_BELOW_MUTANT : MINOR_BELOW), `${member?.pointer ?? '/body'}/${member?.ageField ?? 'age'}`],
  ];
  for (const [deductionType, applies, pointer] of wanted.filter(([, applies]) => applies)) {
    const table = lookup.table('otherDeduction', OTHER);
    const other = table && lookup.row(table, { deductionType, age: member?.age ?? 0 }, { grade: '/body/grade', deductionType: pointer, age: pointer }, OTHER);
    if (table && other && applies) deductions.push({ deductionType, amount: other.amount ?? 0, tableId: table.tableId });
  }
  return deductions;
}

/**
 * 収入認定: each income with its deductions by type and its recognised amount max(0, gross − deductions)
 * (04.4.1–04.4.5). The main earner is the member with the highest earned income.
 */
export function recognise(model: CalcModel, lookup: Lookup): IncomeLine[] {
  const earnedBy = new Map<string, number>();
  for (const i of model.incomes.filter((x) => x.earned)) earnedBy.set(i.memberKey ?? '', (earnedBy.get(i.memberKey ?? '') ?? 0) + i.gross);
  const mainEarner = [...earnedBy].reduce<[string, number] | undefined>((best, e) => (best === undefined || e[1] > best[1] ? e : best), undefined)?.[0];
  return model.incomes.map((income): IncomeLine => {
    const deductions = income.earned ? earnedDeductions(model, lookup, income, (income.memberKey ?? '') === mainEarner) : [];
    // mutant earned-income-expenses-ignored: the expenses of earned income (social insurance, tax, commuting) are not deducted
    const expensesIgnored = income.earned && hasMutant(lookup.env, 'earned-income-expenses-ignored');
    if (!expensesIgnored) deductions.push(...income.expenses.filter((e) => e.amount > 0).map((e) => ({ deductionType: e.deductionType, amount: e.amount })));
    const total = deductions.reduce((s, d) => s + d.amount, 0);
    // mutant other-income-not-recognised: pensions, allowances and remittances are listed but recognised as 0
    const dropped = !income.earned && hasMutant(lookup.env, 'other-income-not-recognised');
    return {
      ...(income.memberKey !== undefined ? { memberKey: income.memberKey } : {}),
      earned: income.earned,
      ...(income.incomeType !== undefined ? { incomeType: income.incomeType } : {}),
      grossAmount: income.gross,
      deductions,
      recognisedAmount: dropped ? 0 : Math.max(0, income.gross - total),
      ...(income.incomeReportId !== undefined ? { incomeReportId: income.incomeReportId } : {}),
    };
  });
}
