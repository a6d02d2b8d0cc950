import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { expectEqual, failWith, registerApplication, writtenApplication, type Fault } from './support.ts';

/** A household of its own with two members (head and spouse), each with the extra fields given (a 宛名番号 …). */
export async function twoMemberHousehold(ctx: CheckContext, extra: { head?: Json; spouse?: Json } = {}): Promise<{ householdId: string; head: string; spouse: string }> {
  const spouse = member({ name: { family: '見本', given: '花子' }, sex: '2', relationship: '02', birthDate: '1982-08-01' });
  const body = householdInput(uniqueSection(), { members: [{ ...member(), ...extra.head }, { ...spouse, ...extra.spouse }] });
  const household = await registerHousehold(ctx, requireClient(ctx, 'intake'), body);
  const members = membersOf(household);
  return { householdId: String(household.householdId), head: String(members[0]?.memberId), spouse: String(members[1]?.memberId) };
}

export const report = (memberId: string, incomeMonth: string, grossAmount: number, extra: Json = {}): Json => ({
  memberId, incomeMonth, reportedOn: `${incomeMonth}-25`, incomeType: '01', payerName: '見本商事株式会社', grossAmount, ...extra,
});

async function reportsOf(ctx: CheckContext, client: HogoClient<Edition>, householdId: string, query: Record<string, string>): Promise<Json[]> {
  const body = expectBody(ctx, await send(client, 'listIncomeReports', { path: { householdId }, query: { ...query, limit: 100 } }), 200, { ja: '収入申告の一覧（listIncomeReports）', en: 'listing income reports (listIncomeReports)' });
  return Array.isArray(body.items) ? body.items.filter(isObject) : [];
}

/** 02.3.3, 02.3.4: income reports per member and month with deductions, listed by member and month. */
export const incomeReports = defineCheck({
  id: 'investigation.income-reports-per-member-and-month',
  title: { ja: '世帯員ごと・収入月ごとに収入申告を記録し、世帯員と収入月を指定して一覧できる', en: 'Income reports are recorded per member and month and listed by member and month' },
  verifies: ['02.3.3', '02.3.4'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const { householdId, head, spouse } = await twoMemberHousehold(ctx);
    const full = report(head, '2024-05', 180000, { commutingAllowance: 10000, socialInsurance: 25000, incomeTax: 3000, residentTax: 5000, otherNecessaryExpenses: 2000 });
    const faults: Fault[] = [];
    const created: Json[] = [];
    for (const body of [full, report(head, '2024-06', 170000), report(spouse, '2024-05', 60000)]) {
      created.push(expectBody(ctx, await send(worker, 'createIncomeReport', { path: { householdId }, body }), 201, { ja: '収入申告の登録（createIncomeReport）', en: 'recording an income report (createIncomeReport)' }));
    }
    const listed = await reportsOf(ctx, worker, householdId, { memberId: head, incomeMonth: '2024-05' });
    expectEqual(faults, { ja: '世帯員・収入月を指定した一覧', en: 'the list for one member and month' }, listed.map((r) => r.reportId), [created[0]!.reportId]);
    const read = listed[0] ?? {};
    for (const key of ['incomeType', 'payerName', 'grossAmount', 'socialInsurance', 'incomeTax', 'residentTax', 'otherNecessaryExpenses', 'commutingAllowance'] as const) {
      expectEqual(faults, { ja: key, en: key }, read[key], full[key]);
    }
    const spouseOnly = await reportsOf(ctx, worker, householdId, { memberId: spouse });
    expectEqual(faults, { ja: '世帯員を指定した一覧', en: 'the list for one member' }, spouseOnly.map((r) => r.reportId), [created[2]!.reportId]);
    failWith(ctx, { ja: '収入申告', en: 'income reports' }, faults);
  },
});

/** 02.5.1, 02.5.2: an examination order with its items, linked to the household's pending application. */
export const examinationOrder = defineCheck({
  id: 'investigation.examination-order-linked-to-application',
  title: { ja: '検診命令を命令日・目的・指定医療機関・受診期限とともに記録し、審査中の申請と関連付けられる', en: 'An examination order is recorded with its items and linked to the pending application' },
  verifies: ['02.5.1', '02.5.2'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const worker = requireClient(ctx, 'caseworker');
    const { householdId, head } = await twoMemberHousehold(ctx);
    const app = await registerApplication(ctx, intake, writtenApplication('2024-08-01', { householdId }));
    const body = { memberId: head, applicationId: String(app.applicationId), orderedOn: '2024-08-05', purpose: '稼働能力の判定', institutionName: '見本市立病院', examinationDueDate: '2024-08-20' };
    const order = expectBody(ctx, await send(worker, 'createMedicalExaminationOrder', { path: { householdId }, body }), 201, { ja: '検診命令の記録（createMedicalExaminationOrder）', en: 'recording an examination order (createMedicalExaminationOrder)' });
    const faults: Fault[] = [];
    for (const key of ['memberId', 'applicationId', 'orderedOn', 'purpose', 'institutionName', 'examinationDueDate'] as const) expectEqual(faults, { ja: key, en: key }, order[key], body[key]);
    failWith(ctx, { ja: '検診命令', en: 'the examination order' }, faults);
  },
});
