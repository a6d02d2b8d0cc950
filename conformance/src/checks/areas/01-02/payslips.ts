import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { send } from '../../support/http.ts';
import { pointersOf } from '../../support/problem.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, isRefusal, must, newHousehold, type Json } from '../../support/steps.ts';
import { expectEqual, failWith, type Fault } from './support.ts';

/**
 * 収入申告の電子提出 (2.1, options 02.6.1–02.6.4): a member's pay slips of March 2025 from one employer, sent as data
 * (submitElectronicIncomeReport). Slip ids are random, since the same slip id must never be counted twice.
 */

const MONTH = '2025-03';
const EMPLOYER = '見本商事株式会社';

/** Two consistent slips: net = gross − social insurance − income tax − resident tax − other deductions. */
function slips(): Json[] {
  return [
    { slipId: crypto.randomUUID(), payDate: '2025-03-10', periodFrom: '2025-02-01', periodTo: '2025-02-28', grossAmount: 90000, commutingAllowance: 5000, socialInsurance: 12000, incomeTax: 1500, residentTax: 2000, otherDeductions: 500, netAmount: 74000 },
    { slipId: crypto.randomUUID(), payDate: '2025-03-25', grossAmount: 60000, socialInsurance: 8000, incomeTax: 1000, residentTax: 0, netAmount: 51000, workDays: 9 },
  ];
}

const submission = (memberId: string, payslips: Json[]): Json => ({ memberId, incomeMonth: MONTH, submittedOn: '2025-04-02', employerName: EMPLOYER, payslips });

async function reportsOf(ctx: CheckContext, client: HogoClient<Edition>, householdId: string, memberId: string): Promise<Json[]> {
  return allItems(ctx, client, 'listIncomeReports', { path: { householdId }, query: { memberId, incomeMonth: MONTH } }, { ja: '収入申告の一覧（listIncomeReports）', en: 'listing income reports (listIncomeReports)' }, 2);
}

async function submit(ctx: CheckContext, client: HogoClient<Edition>, householdId: string, body: Json): Promise<Json> {
  return must(ctx, client, 'submitElectronicIncomeReport', { path: { householdId }, body }, 201, { ja: '給与明細データの電子提出', en: 'submitting pay-slip data' });
}

/** 02.6.1: the slips become one income report of the month (kind 01, the amounts the sums of the slips), listed with the others. */
export const payslipsBecomeReport = defineCheck({
  id: 'investigation.payslip-data-recorded-as-income-report',
  title: { ja: '給与明細を電子データのまま受け付け、収入月の収入申告として登録できる', en: 'Pay slips submitted as data are recorded as the income report of the month' },
  verifies: ['02.6.1'],
  editions: ['2.1'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const { householdId, memberId } = await newHousehold(ctx, worker);
    const made = await submit(ctx, worker, householdId, submission(memberId, slips()));
    const listed = await reportsOf(ctx, worker, householdId, memberId);
    const faults: Fault[] = [];
    expectEqual(faults, { ja: '一覧の収入申告', en: 'the listed reports' }, listed.map((r) => r.reportId), [made.reportId]);
    const pick = (r: Json) => [r.memberId, r.incomeMonth, r.incomeType, r.payerName, r.grossAmount, r.commutingAllowance, r.socialInsurance, r.incomeTax, r.residentTax, r.submittedElectronically];
    expectEqual(faults, { ja: '収入申告（世帯員・収入月・種類・支払者・総額・通勤手当・社会保険料・所得税・住民税・電子提出）', en: 'the report (member, month, kind, payer, gross, commuting, social insurance, income tax, resident tax, electronic)' },
      pick(listed[0] ?? made), [memberId, MONTH, '01', EMPLOYER, 150000, 5000, 20000, 2500, 2000, true]);
    failWith(ctx, { ja: '電子提出による収入申告', en: 'the income report from pay-slip data' }, faults);
  },
});

/** 02.6.4: the report keeps the slips exactly as submitted and shows them with the report. */
export const payslipsKept = defineCheck({
  id: 'investigation.payslip-data-kept-as-submitted',
  title: { ja: '電子提出により登録した収入申告について、給与明細データを提出時の内容のまま保持し照会できる', en: 'The submitted pay-slip data are kept as submitted and read with the report' },
  verifies: ['02.6.4'],
  editions: ['2.1'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const { householdId, memberId } = await newHousehold(ctx, worker);
    const sent = slips();
    await submit(ctx, worker, householdId, submission(memberId, sent));
    const [read] = await reportsOf(ctx, worker, householdId, memberId);
    const kept = Array.isArray(read?.payslips) ? read.payslips : [];
    const faults: Fault[] = [];
    // Every field as sent (a system may add defaults, such as a deduction of 0, but changes nothing given).
    const asSent = kept.map((slip, i) => Object.fromEntries(Object.keys(sent[i] ?? {}).map((k) => [k, (slip as Json)[k]])));
    expectEqual(faults, { ja: '保持された給与明細データ', en: 'the pay slips as kept' }, asSent, sent);
    failWith(ctx, { ja: '給与明細データの保持', en: 'keeping the pay-slip data' }, faults);
  },
});

/** 02.6.2: a slip whose net amount is not gross minus deductions is refused, naming that slip, and nothing is recorded. */
export const inconsistentPayslipRefused = defineCheck({
  id: 'investigation.inconsistent-payslip-refused',
  title: { ja: '差引支給額が総支給額から控除額を差し引いた額と一致しない給与明細データは、不整合の項目を示して受け付けない', en: 'A pay slip whose net is not gross minus deductions is refused, naming it' },
  verifies: ['02.6.2'],
  editions: ['2.1'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const { householdId, memberId } = await newHousehold(ctx, worker);
    const [first, second] = slips();
    const wrong = { ...second, netAmount: 52000 };
    const answer = await send(worker, 'submitElectronicIncomeReport', { path: { householdId }, body: submission(memberId, [first!, wrong]) });
    const faults: Fault[] = [];
    if (!isRefusal(answer)) {
      faults.push({ ja: `差引支給額が一致しない給与明細データが拒否されなかった（状態コード ${answer.status}）`, en: `pay-slip data whose net amount does not add up were not refused (status ${answer.status})` });
    } else if (!pointersOf(answer).some((p) => p.startsWith('/body/payslips/1'))) {
      faults.push({ ja: `拒否の応答が不整合の明細（2件目）を示していない（${pointersOf(answer).join(', ') || '項目の指摘なし'}）`, en: `the refusal does not point at the inconsistent slip (/body/payslips/1…): ${pointersOf(answer).join(', ') || 'no pointer'}` });
    }
    const recorded = await reportsOf(ctx, worker, householdId, memberId);
    if (recorded.length > 0) faults.push({ ja: `拒否されるべき提出で収入申告が ${recorded.length} 件登録された`, en: `${recorded.length} income reports were recorded from the inconsistent submission` });
    failWith(ctx, { ja: '給与明細データの整合性の検査', en: 'the consistency check of pay-slip data' }, faults);
  },
});

/**
 * 02.6.3: a slip already accepted — sent again under the same slip id, or with the same member, employer and pay
 * date — does not add income; another slip of the month still does.
 */
export const payslipNotCountedTwice = defineCheck({
  id: 'investigation.payslip-not-counted-twice',
  title: { ja: '既に受け付けた給与明細と同一の明細が再度提出されても収入を二重に計上しない', en: 'A pay slip already accepted is not counted again when resubmitted' },
  verifies: ['02.6.3'],
  editions: ['2.1'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const { householdId, memberId } = await newHousehold(ctx, worker);
    const [first, second] = slips();
    await submit(ctx, worker, householdId, submission(memberId, [first!]));
    const total = async () => (await reportsOf(ctx, worker, householdId, memberId)).reduce((sum, r) => sum + (typeof r.grossAmount === 'number' ? r.grossAmount : 0), 0);
    const faults: Fault[] = [];
    const resent = [
      { what: { ja: '同じ明細識別子の明細', en: 'a slip with the same slip id' }, slip: { ...first, payDate: '2025-03-11' } },
      { what: { ja: '同じ世帯員・勤務先・支給日の明細', en: 'a slip of the same member, employer and pay date' }, slip: { ...first, slipId: crypto.randomUUID() } },
    ];
    for (const { what, slip } of resent) {
      const answer = await send(worker, 'submitElectronicIncomeReport', { path: { householdId }, body: submission(memberId, [slip]) });
      if (answer.status >= 500) faults.push({ ja: `${what.ja}の再提出が状態コード ${answer.status} で応答した`, en: `resubmitting ${what.en} answered ${answer.status}` });
      const sum = await total();
      if (sum !== 90000) faults.push({ ja: `${what.ja}の再提出後、${MONTH} の収入額の合計が 90000 円ではなく ${sum} 円`, en: `after resubmitting ${what.en}, the income of ${MONTH} totals ${sum} yen instead of 90000` });
    }
    await submit(ctx, worker, householdId, submission(memberId, [second!]));
    const after = await total();
    if (after !== 150000) faults.push({ ja: `別の明細の提出後、収入額の合計が 150000 円ではなく ${after} 円`, en: `after another slip, the income totals ${after} yen instead of 150000` });
    failWith(ctx, { ja: '給与明細の二重計上の防止', en: 'no double counting of pay slips' }, faults);
  },
});
