import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import {
  APPLIED_ON, caseBody, decisionsOf, expectEqual, expectRefused, newApplication, newHousehold, plusDays, protectedHousehold,
  readDecision, readHousehold, rejectBody, startBody, step, type Client,
} from './cases.ts';
import type { CheckContext } from '../../../engine/types.ts';
import type { Json } from '../../data/households.ts';

const DELAY = '扶養義務者及び資産の調査に日時を要したため。';

/** Sends a decision on a fresh application of the household and answers the answer. */
async function decideFresh(ctx: CheckContext, client: Client, householdId: string, body: Json) {
  const applicationId = await newApplication(ctx, client, householdId);
  return { applicationId, answer: await send(client, 'decideApplication', { path: { applicationId }, body }) };
}

/**
 * 03.2.2 (prohibited) / 03.2.1 / 03.2.3: a notice more than 14 days after the application date needs a delay
 * reason (法第24条第6項); day 14 needs none; the day count is shown, and the delay reason kept.
 */
export const delayReasonRequired = defineCheck({
  id: 'decision.delay-reason-required-after-14-days',
  title: {
    ja: '申請日から14日を超えて通知する決定は遅延の理由なしに登録できず、遅延の理由と日数が記録される（14日目は理由不要）',
    en: 'A decision notified more than 14 days after the application is refused without a delay reason; the reason and the day count are recorded (day 14 needs none)',
  },
  verifies: ['03.2.2', '03.2.1', '03.2.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const householdId = await newHousehold(ctx, client);

    // Day 15 without a delay reason: refused, by the decision date or by a late notice date alone.
    const late = await decideFresh(ctx, client, householdId, rejectBody(plusDays(APPLIED_ON, 15)));
    expectRefused(late.answer, step('申請日から15日目の遅延の理由のない却下決定', 'a rejection on day 15 without a delay reason'), faults);
    const lateNotice = await decideFresh(ctx, client, householdId, rejectBody(plusDays(APPLIED_ON, 10), { notifiedOn: plusDays(APPLIED_ON, 15) }));
    expectRefused(lateNotice.answer, step('決定は10日目・通知は15日目で遅延の理由のない却下決定', 'a rejection decided on day 10, notified on day 15, without a delay reason'), faults);
    const lateStart = await decideFresh(ctx, client, householdId, startBody(plusDays(APPLIED_ON, 20)));
    expectRefused(lateStart.answer, step('申請日から20日目の遅延の理由のない開始決定', 'a start on day 20 without a delay reason'), faults);
    expectEqual((await decisionsOf(ctx, client, householdId)).length, 0, step('拒否の後の決定の件数', 'the number of decisions after the refusals'), faults);
    expectEqual((await readHousehold(ctx, client, householdId)).protectionStatus, 'none', step('拒否の後の世帯の保護状態', 'the household status after the refusals'), faults);

    // Day 14 without a delay reason: accepted, 14 days shown.
    const onTime = await send(client, 'decideApplication', { path: { applicationId: late.applicationId }, body: rejectBody(plusDays(APPLIED_ON, 14)) });
    if (onTime.status !== 201) faults.push(step(`申請日から14日目の遅延の理由のない決定が 201 でなく ${onTime.status}`, `a decision on day 14 without a delay reason answered ${onTime.status}, not 201`));
    else expectEqual((await readDecision(ctx, client, String((onTime.body as Json).decisionId))).daysFromApplication, 14, step('14日目の決定の daysFromApplication', 'daysFromApplication of the day-14 decision'), faults);

    // Day 15 with a delay reason: accepted, the reason and 15 days kept.
    const withReason = await send(client, 'decideApplication', { path: { applicationId: lateNotice.applicationId }, body: rejectBody(plusDays(APPLIED_ON, 10), { notifiedOn: plusDays(APPLIED_ON, 15), delayReason: DELAY }) });
    if (withReason.status !== 201) faults.push(step(`遅延の理由を記載した15日目通知の決定が 201 でなく ${withReason.status}`, `a day-15 notice with a delay reason answered ${withReason.status}, not 201`));
    else {
      const read = await readDecision(ctx, client, String((withReason.body as Json).decisionId));
      expectEqual(read.delayReason, DELAY, step('照会した決定の delayReason', 'the delayReason as read'), faults);
      expectEqual(read.daysFromApplication, 15, step('15日目通知の決定の daysFromApplication', 'daysFromApplication of the day-15 notice'), faults);
    }
    failWith(ctx, step('14日を超える決定の遅延の理由が正しく扱われない', 'Delay reasons of decisions after day 14 are not handled correctly'), faults);
  },
});

/** 03.2.4: a decision notified after day 30 is still registered and marked as past the deemed-rejection period. */
export const afterDay30 = defineCheck({
  id: 'decision.after-day-30-registered',
  title: {
    ja: '申請日から30日を経過した後の決定も遅延の理由とともに登録でき、みなし却下の期間経過後と表示される（30日目は経過前）',
    en: 'A decision notified after day 30 is registered with its delay reason and shown as past the deemed-rejection period (day 30 is not)',
  },
  verifies: ['03.2.4'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const householdId = await newHousehold(ctx, client);
    for (const [day, passed] of [[30, false], [31, true]] as const) {
      const { answer } = await decideFresh(ctx, client, householdId, rejectBody(plusDays(APPLIED_ON, day), { delayReason: DELAY }));
      if (answer.status !== 201) {
        faults.push(step(`申請日から${day}日目の決定が 201 でなく ${answer.status}`, `a decision on day ${day} answered ${answer.status}, not 201`));
        continue;
      }
      const read = await readDecision(ctx, client, String((answer.body as Json).decisionId));
      expectEqual(read.deemedRejectionPassed, passed, step(`${day}日目の決定の deemedRejectionPassed`, `deemedRejectionPassed of the day-${day} decision`), faults);
      expectEqual(read.daysFromApplication, day, step(`${day}日目の決定の daysFromApplication`, `daysFromApplication of the day-${day} decision`), faults);
    }
    failWith(ctx, step('30日経過後の決定が正しく記録されない', 'Decisions after day 30 are not recorded correctly'), faults);
  },
});

/** 03.2.5: a change application decided more than 14 days after its date needs a delay reason (法第24条第9項). */
export const changeApplicationDelayReason = defineCheck({
  id: 'decision.change-application-delay-reason',
  title: {
    ja: '変更申請の申請日から14日を超えて通知する決定は遅延の理由なしに登録できず、遅延の理由があれば登録できる',
    en: 'A decision on a change application notified after day 14 is refused without a delay reason and accepted with one',
  },
  verifies: ['03.2.5'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx, client);
    const appliedOn = plusDays(APPLIED_ON, 40);
    const ca = await send(client, 'createChangeApplication', { path: { householdId }, body: { appliedOn, content: '冬季の暖房器具の購入', fujoTypes: ['01'] } });
    if (ca.status !== 201) return ctx.fail(step(`試験用の変更申請の登録が 201 でなく ${ca.status}`, `registering the test change application answered ${ca.status}, not 201`));
    const changeApplicationId = String((ca.body as Json).changeApplicationId);
    const body = (overrides: Json) => caseBody('change', plusDays(appliedOn, 15), { origin: 'application', changeApplicationId, ...overrides });
    const before = (await decisionsOf(ctx, client, householdId)).length;
    expectRefused(await send(client, 'createCaseDecision', { path: { householdId }, body: body({}) }), step('変更申請から15日目の遅延の理由のない変更決定', 'a change decided on day 15 of a change application without a delay reason'), faults);
    expectEqual((await decisionsOf(ctx, client, householdId)).length, before, step('拒否の後の決定の件数', 'the number of decisions after the refusal'), faults);
    const accepted = await send(client, 'createCaseDecision', { path: { householdId }, body: body({ delayReason: DELAY }) });
    if (accepted.status !== 201) faults.push(step(`遅延の理由を記載した変更決定が 201 でなく ${accepted.status}`, `the change decision with a delay reason answered ${accepted.status}, not 201`));
    else expectEqual((await readDecision(ctx, client, String((accepted.body as Json).decisionId))).delayReason, DELAY, step('照会した変更決定の delayReason', "the change decision's delayReason as read"), faults);
    failWith(ctx, step('変更申請に対する決定の遅延の理由が正しく扱われない', 'Delay reasons on decisions on change applications are not handled correctly'), faults);
  },
});
