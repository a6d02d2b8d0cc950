import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { isObject } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { membersOf, registerHousehold } from '../../data/households.ts';
import { must, mustRefuse, type Json } from '../../support/steps.ts';
import { expectEqual, failWith, type Fault } from '../01-02/support.ts';

/**
 * 04.4.6 (2.1): a recorded income report — keyed in, or submitted electronically as pay-slip data — is taken as the
 * household's income by its id (CaseCalculationInput.incomeReportIds), without re-entering the amounts. The result
 * must be the one the same amounts give when keyed in: gross 100,000 yen of earned income, 社会保険料 10,000 (控除 11),
 * 所得税 + 住民税 5,000 (12) and 通勤費 5,000 (13).
 */

/** A day of the 2018-10 structure, whose tables are all held (the 2023-10 structure lacks the 経過的加算 table). */
const DATE = '2021-07-01';
const AMOUNTS = { grossAmount: 100_000, socialInsurance: 10_000, incomeTax: 2_000, residentTax: 3_000, commutingAllowance: 5_000 };
const KEYED_EXPENSES = [{ deductionType: '11', amount: 10_000 }, { deductionType: '12', amount: 5_000 }, { deductionType: '13', amount: 5_000 }];

async function calculate(ctx: CheckContext, client: HogoClient<Edition>, householdId: string, body: Json, what: Fault): Promise<Json> {
  return must(ctx, client, 'createCaseCalculation', { path: { householdId }, body: { date: DATE, ...body } }, 201, what);
}

const totals = (c: Json) => [c.grossIncome, c.totalDeductions, c.recognisedIncome, c.payment];

function compareWithKeyed(faults: Fault[], label: Fault, fromReport: Json, keyed: Json, reportId: unknown): void {
  expectEqual(faults, { ja: `${label.ja}の収入総額・控除総額・収入充当額・支給額`, en: `${label.en}: gross income, deductions, recognised income, payment` }, totals(fromReport), totals(keyed));
  const lines = Array.isArray(fromReport.incomes) ? fromReport.incomes.filter(isObject) : [];
  if (!lines.some((l) => l.incomeReportId === reportId && l.grossAmount === AMOUNTS.grossAmount)) {
    faults.push({ ja: `${label.ja}の収入認定の内訳に収入申告 ${String(reportId)} の行がない`, en: `${label.en}: no income line taken from report ${String(reportId)}` });
  }
}

export const incomeFromReports = defineCheck({
  id: 'calculation.case.income-from-income-reports',
  title: { ja: '登録された収入申告（電子提出を含む）の収入額を再入力せずに算定の収入として用いる', en: 'A recorded income report (electronic ones included) is used as the income of a calculation without re-entry' },
  verifies: ['04.4.6'],
  editions: ['2.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    // F1's member (born 2001-04-02): the tables of the date hold every row this member needs.
    const household = await registerHousehold(ctx, client, householdInput(uniqueSection(), { members: [member({ birthDate: '2001-04-02' })] }));
    const householdId = String(household.householdId);
    const memberId = String(membersOf(household)[0]?.memberId);
    const report = await must(ctx, client, 'createIncomeReport', {
      path: { householdId }, body: { memberId, incomeMonth: '2021-06', reportedOn: '2021-07-01', incomeType: '01', payerName: '見本商事株式会社', ...AMOUNTS },
    }, 201, { ja: '収入申告の登録', en: 'recording the income report' });
    const keyed = await calculate(ctx, client, householdId, { members: [{ memberId, earnedIncome: AMOUNTS.grossAmount, necessaryExpenses: KEYED_EXPENSES }] },
      { ja: '同じ額を入力した算定', en: 'the calculation with the same amounts keyed in' });
    const fromReport = await calculate(ctx, client, householdId, { incomeReportIds: [report.reportId] }, { ja: '収入申告を取り込んだ算定', en: 'the calculation taking the report' });
    const faults: Fault[] = [];
    if (keyed.grossIncome !== AMOUNTS.grossAmount) faults.push({ ja: `入力した算定の収入総額が ${String(keyed.grossIncome)}`, en: `the keyed calculation has gross income ${String(keyed.grossIncome)}` });
    compareWithKeyed(faults, { ja: '収入申告を取り込んだ算定', en: 'the calculation taking the report' }, fromReport, keyed, report.reportId);
    // The same income given twice (taken from the report and keyed in) must not be counted twice.
    await mustRefuse(ctx, client, 'createCaseCalculation', { path: { householdId }, body: { date: DATE, incomeReportIds: [report.reportId], members: [{ memberId, earnedIncome: AMOUNTS.grossAmount }] } },
      { ja: '収入申告から取り込む世帯員の就労収入を重ねて入力した算定', en: 'a calculation keying in the income also taken from the report' });
    if (ctx.declared.has('02.6.1')) {
      const { grossAmount, socialInsurance, incomeTax, residentTax, commutingAllowance } = AMOUNTS;
      const slip = { slipId: crypto.randomUUID(), payDate: '2021-05-25', grossAmount, socialInsurance, incomeTax, residentTax, commutingAllowance, netAmount: grossAmount - socialInsurance - incomeTax - residentTax };
      const electronic = await must(ctx, client, 'submitElectronicIncomeReport', {
        path: { householdId }, body: { memberId, incomeMonth: '2021-05', submittedOn: '2021-06-01', employerName: '見本商事株式会社', payslips: [slip] },
      }, 201, { ja: '給与明細データの電子提出', en: 'submitting the pay-slip data' });
      const fromElectronic = await calculate(ctx, client, householdId, { incomeReportIds: [electronic.reportId] }, { ja: '電子提出の収入申告を取り込んだ算定', en: 'the calculation taking the electronic report' });
      compareWithKeyed(faults, { ja: '電子提出の収入申告を取り込んだ算定', en: 'the calculation taking the electronic report' }, fromElectronic, keyed, electronic.reportId);
    } else {
      ctx.note('Option 02.6.1 (electronic income reports) is not declared: only a keyed-in income report was taken.');
    }
    failWith(ctx, { ja: '収入申告の算定への取込み', en: 'taking income from income reports' }, faults);
  },
});
