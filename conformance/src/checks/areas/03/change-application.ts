import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { expectBody, type Json } from '../../data/households.ts';
import type { CheckContext } from '../../../engine/types.ts';
import {
  APPLIED_ON, caseBody, decisionsOf, expectConflict, expectEqual, newHousehold, plusDays, protectedHousehold, readDecision,
  step, type Client,
} from './cases.ts';

async function readChange(ctx: CheckContext, client: Client, changeApplicationId: string, asOf: string): Promise<Json> {
  const answer = await send(client, 'getChangeApplication', { path: { changeApplicationId }, query: { asOf } });
  return expectBody(ctx, answer, 200, step(`変更申請の照会（getChangeApplication, asOf ${asOf}）`, `reading the change application (getChangeApplication, asOf ${asOf})`));
}

/**
 * 03.4.1 / 03.4.2 / 03.4.3 / 03.4.4: a change application is registered with its date and content, shows its
 * due dates (14 and 30 days), is deemed rejected after day 30 without a notified decision (not on day 30), and a
 * decision on it is linked both ways; a second decision on it is refused; none is taken from a household
 * without protection.
 */
export const changeApplications = defineCheck({
  id: 'decision.change-application-deadlines',
  title: {
    ja: '変更申請が申請日・内容・通知期限（14日・30日）とともに登録され、30日を過ぎて未決定ならみなし却下と表示され、決定が変更申請と紐付く（重ねての決定は409）',
    en: 'A change application is registered with its date, content and due dates (14, 30 days), deemed rejected after day 30 if undecided, and linked to its decision (a second one is refused with 409)',
  },
  verifies: ['03.4.1', '03.4.2', '03.4.3', '03.4.4'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx, client);
    const appliedOn = plusDays(APPLIED_ON, 40);
    const content = '子の高校入学に伴う教育扶助（生業扶助）の追加';
    const created = await send(client, 'createChangeApplication', { path: { householdId }, body: { appliedOn, content, fujoTypes: ['07'] } });
    const ca = expectBody(ctx, created, 201, step('変更申請の登録（createChangeApplication）', 'registering the change application (createChangeApplication)'));
    const id = String(ca.changeApplicationId);
    // 03.4.1, 03.4.2
    const read = await readChange(ctx, client, id, plusDays(appliedOn, 1));
    const f = (name: string) => step(`変更申請の ${name}`, `the change application's ${name}`);
    expectEqual(read.appliedOn, appliedOn, f('appliedOn'), faults);
    expectEqual(read.content, content, f('content'), faults);
    expectEqual(read.householdId, householdId, f('householdId'), faults);
    expectEqual(read.decisionDueDate, plusDays(appliedOn, 14), f('decisionDueDate'), faults);
    expectEqual(read.extendedDecisionDueDate, plusDays(appliedOn, 30), f('extendedDecisionDueDate'), faults);
    // 03.4.3: day 30 is not yet a deemed rejection, day 31 is.
    expectEqual((await readChange(ctx, client, id, plusDays(appliedOn, 30))).deemedRejected, false, f('deemedRejected（30日目 / day 30）'), faults);
    expectEqual((await readChange(ctx, client, id, plusDays(appliedOn, 31))).deemedRejected, true, f('deemedRejected（31日目 / day 31）'), faults);
    // 03.4.4: the decision on it, linked both ways; after it, no deemed rejection.
    const body = caseBody('change', plusDays(appliedOn, 7), { origin: 'application', changeApplicationId: id, fujoBreakdown: [{ fujoType: '01', monthlyAmount: 65000, inKind: false }, { fujoType: '07', monthlyAmount: 20000, inKind: false }] });
    const decided = await send(client, 'createCaseDecision', { path: { householdId }, body });
    const decision = expectBody(ctx, decided, 201, step('変更申請に対する変更決定（createCaseDecision）', 'the change decision on the change application (createCaseDecision)'));
    const decisionRead = await readDecision(ctx, client, String(decision.decisionId));
    expectEqual(decisionRead.changeApplicationId, id, step('変更決定の changeApplicationId', "the change decision's changeApplicationId"), faults);
    expectEqual(decisionRead.origin, 'application', step('変更決定の origin', "the change decision's origin"), faults);
    const after = await readChange(ctx, client, id, plusDays(appliedOn, 31));
    expectEqual(after.decisionId, decision.decisionId, f('decisionId'), faults);
    expectEqual(after.deemedRejected, false, f('deemedRejected（決定後 / after the decision）'), faults);
    // A second decision on the same change application: refused, nothing added.
    const count = (await decisionsOf(ctx, client, householdId)).length;
    const again = { type: 'reject', origin: 'application', changeApplicationId: id, decidedOn: plusDays(appliedOn, 8), reasonText: '重ねての却下', rejectionReason: '01' };
    expectConflict(await send(client, 'createCaseDecision', { path: { householdId }, body: again }), step('決定済みの変更申請への却下決定', 'a rejection of a decided change application'), faults);
    expectEqual((await decisionsOf(ctx, client, householdId)).length, count, step('拒否の後の決定の件数', 'the number of decisions after the refusal'), faults);
    // No change application from a household without protection.
    const unprotected = await newHousehold(ctx, client);
    expectConflict(await send(client, 'createChangeApplication', { path: { householdId: unprotected }, body: { appliedOn, content } }), step('保護のない世帯の変更申請', 'a change application of a household without protection'), faults);
    failWith(ctx, step('変更申請とその期限が正しく扱われない', 'Change applications and their deadlines are not handled correctly'), faults);
  },
});
