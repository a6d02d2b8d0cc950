import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { caseBody, decide, expectEqual, expectRefused, newApplication, readDecision, startBody, step, type Client } from './cases.ts';

/**
 * Decisions linked to a case calculation (03.1.5, 03.6.7): a household of F1's member (born 2001-04-02, grade 1-1,
 * region VI) is calculated on 2021-07-01 with 50,000 yen of earned income and started on that calculation, then
 * changed on 2021-12-01 on a second calculation without income (winter addition). Dates of the 2018-10 structure,
 * whose tables are all held, so that both calculations are complete.
 */

const APPLIED = '2021-07-01';
const CHANGED = '2021-12-01';

const AMOUNTS = ['minimumCost', 'recognisedIncome', 'payment'] as const;
const amountsOf = (x: Json) => AMOUNTS.map((k) => x[k]);

async function calculation(ctx: CheckContext, client: Client, householdId: string, body: Json): Promise<Json> {
  const answer = await send(client, 'createCaseCalculation', { path: { householdId }, body });
  return expectBody(ctx, answer, 201, step(`保護費の算定（createCaseCalculation、${String(body.date)}）`, `the case calculation (createCaseCalculation, ${String(body.date)})`));
}

/** The household, its two calculations, and the start and change decisions linked to them. */
export async function calculatedDecisions(ctx: CheckContext, client: Client) {
  const household = await registerHousehold(ctx, client, householdInput(uniqueSection(), { members: [member({ birthDate: '2001-04-02' })] }));
  const householdId = String(household.householdId);
  const memberId = String(membersOf(household)[0]?.memberId);
  const first = await calculation(ctx, client, householdId, { date: APPLIED, members: [{ memberId, earnedIncome: 50_000 }] });
  const second = await calculation(ctx, client, householdId, { date: CHANGED });
  const applicationId = await newApplication(ctx, client, householdId, APPLIED);
  const start = await decide(ctx, client, 'decideApplication', { applicationId }, startBody('2021-07-05', { effectiveOn: APPLIED, calculationId: first.calculationId }),
    step('算定結果を紐付けた開始決定（decideApplication）', 'the start decision linked to the calculation (decideApplication)'));
  const change = await decide(ctx, client, 'createCaseDecision', { householdId }, caseBody('change', CHANGED, { calculationId: second.calculationId }),
    step('算定結果を紐付けた変更決定（createCaseDecision）', 'the change decision linked to the calculation (createCaseDecision)'));
  return { householdId, pairs: [{ what: step('開始決定', 'the start decision'), decision: start, calc: first }, { what: step('変更決定', 'the change decision'), decision: change, calc: second }] };
}

/** 03.1.5: the start and the change record the linked calculation and its minimum cost, credited income and payment; another household's calculation is refused. */
export const amountsFromCalculation = defineCheck({
  id: 'decision.amounts-from-linked-calculation',
  title: { ja: '開始決定及び変更決定に算定結果を紐付け、算定結果と同じ最低生活費・収入充当額・支給額を記録できる', en: 'Start and change decisions are linked to a calculation and record its minimum cost, credited income and payment' },
  verifies: ['03.1.5'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId, pairs } = await calculatedDecisions(ctx, client);
    for (const { what, decision, calc } of pairs) {
      const read = await readDecision(ctx, client, String(decision.decisionId));
      expectEqual(read.calculationId, calc.calculationId, step(`${what.ja}の算定番号`, `${what.en}'s calculationId`), faults);
      expectEqual(amountsOf(read), amountsOf(calc), step(`${what.ja}の最低生活費・収入充当額・支給額 ${JSON.stringify(amountsOf(calc))}`, `${what.en}'s minimumCost, recognisedIncome, payment ${JSON.stringify(amountsOf(calc))}`), faults);
    }
    const other = await registerHousehold(ctx, client, householdInput(uniqueSection(), { members: [member({ birthDate: '2001-04-02' })] }));
    const foreign = await calculation(ctx, client, String(other.householdId), { date: CHANGED });
    const answer = await send(client, 'createCaseDecision', { path: { householdId }, body: caseBody('change', '2021-12-15', { calculationId: foreign.calculationId }) });
    expectRefused(answer, step('他の世帯の算定結果を紐付けた変更決定', "a change decision linked to another household's calculation"), faults);
    failWith(ctx, step('決定と算定結果の紐付け', 'Decisions linked to calculations'), faults);
  },
});

/** 03.6.7: the notices of the start and the change show the minimum cost, the credited income and the payment of the linked calculation. */
export const noticeShowsCalculation = defineCheck({
  id: 'decision.notice-shows-calculation-breakdown',
  title: { ja: '開始及び変更の決定通知書に最低生活費・収入充当額・支給額が記載される', en: 'Start and change notices show the minimum cost, credited income and payment' },
  verifies: ['03.6.7'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { pairs } = await calculatedDecisions(ctx, client);
    for (const { what, decision, calc } of pairs) {
      const answer = await send(client, 'getDecisionNotice', { path: { decisionId: String(decision.decisionId) } });
      const notice = expectBody(ctx, answer, 200, step(`${what.ja}の決定通知書（getDecisionNotice）`, `the notice of ${what.en} (getDecisionNotice)`));
      expectEqual(amountsOf(notice), amountsOf(calc), step(`${what.ja}の通知書の最低生活費・収入充当額・支給額 ${JSON.stringify(amountsOf(calc))}`, `the notice of ${what.en}: minimumCost, recognisedIncome, payment ${JSON.stringify(amountsOf(calc))}`), faults);
    }
    failWith(ctx, step('決定通知書の算定内訳', 'The calculation breakdown on notices'), faults);
  },
});
