import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import {
  APPLIED_ON, decide, decisionsOf, expectConflict, expectEqual, expectRefused, newApplication, newHousehold, plusDays,
  readDecision, readHousehold, rejectBody, startBody, step,
} from './cases.ts';

/** 03.1.1 / 03.1.3 / 03.1.4 / 03.5.3 / 03.5.4 / 03.5.8 / 03.5.10 / 03.5.11: a start on an application, as read back. */
export const startOnApplication = defineCheck({
  id: 'decision.start-on-application',
  title: {
    ja: '申請に対する開始決定が、決定日・開始日・扶助の種類と程度・開始理由・理由・申請による別・登録職員とともに記録され、世帯が保護中になる',
    en: 'A start on an application is recorded with its dates, assistance, start reason, reasons, origin and author, and the household becomes protected',
  },
  verifies: ['03.1.1', '03.1.3', '03.1.4', '03.5.3', '03.5.4', '03.5.8', '03.5.10', '03.5.11'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const householdId = await newHousehold(ctx, client);
    const applicationId = await newApplication(ctx, client, householdId);
    const decidedOn = plusDays(APPLIED_ON, 7);
    const sent = startBody(decidedOn, { notifiedOn: plusDays(APPLIED_ON, 8) });
    const created = await decide(ctx, client, 'decideApplication', { applicationId }, sent, step('開始決定（decideApplication）', 'the start decision (decideApplication)'));
    const read = await readDecision(ctx, client, String(created.decisionId));
    const field = (name: string) => step(`照会した開始決定の ${name}`, `the start decision's ${name} as read`);
    expectEqual(read.type, 'start', field('type'), faults);
    expectEqual(read.applicationId, applicationId, field('applicationId'), faults);
    expectEqual(read.householdId, householdId, field('householdId'), faults);
    expectEqual(read.decidedOn, decidedOn, field('decidedOn'), faults);
    expectEqual(read.notifiedOn, sent.notifiedOn, field('notifiedOn'), faults);
    expectEqual(read.effectiveOn, APPLIED_ON, field('effectiveOn'), faults);
    expectEqual(read.reasonText, sent.reasonText, field('reasonText'), faults);
    expectEqual(read.startReason, '06', field('startReason'), faults);
    expectEqual(read.fujoBreakdown, sent.fujoBreakdown, field('fujoBreakdown'), faults);
    expectEqual(read.origin, 'application', field('origin'), faults);
    if (typeof read.decidedBy !== 'string' || read.decidedBy === '') faults.push(step('照会した開始決定に登録職員（decidedBy）がない', 'the start decision as read has no decidedBy'));
    const household = await readHousehold(ctx, client, householdId);
    expectEqual(household.protectionStatus, 'protected', step('開始決定後の世帯の保護状態', 'the household status after the start'), faults);
    expectEqual(household.startedOn, APPLIED_ON, step('開始決定後の世帯の保護開始日', "the household's startedOn after the start"), faults);
    failWith(ctx, step('申請に対する開始決定が正しく記録されない', 'A start on an application is not recorded correctly'), faults);
  },
});

/** 03.1.2 / 03.5.1: a rejection with its reason category; the household stays without protection. */
export const rejectOnApplication = defineCheck({
  id: 'decision.reject-on-application',
  title: {
    ja: '申請の却下決定が却下の理由区分と理由とともに記録され、世帯の保護状態は変わらない',
    en: 'A rejection is recorded with its reason category and reasons, and the household status does not change',
  },
  verifies: ['03.1.2', '03.5.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const householdId = await newHousehold(ctx, client);
    const applicationId = await newApplication(ctx, client, householdId);
    const before = await readHousehold(ctx, client, householdId);
    const sent = rejectBody(plusDays(APPLIED_ON, 10), { rejectionReason: '02' });
    const created = await decide(ctx, client, 'decideApplication', { applicationId }, sent, step('却下決定（decideApplication）', 'the rejection (decideApplication)'));
    const read = await readDecision(ctx, client, String(created.decisionId));
    expectEqual(read.type, 'reject', step('照会した却下決定の type', "the rejection's type as read"), faults);
    expectEqual(read.rejectionReason, '02', step('照会した却下決定の rejectionReason', "the rejection's rejectionReason as read"), faults);
    expectEqual(read.reasonText, sent.reasonText, step('照会した却下決定の reasonText', "the rejection's reasonText as read"), faults);
    const after = await readHousehold(ctx, client, householdId);
    expectEqual(after.protectionStatus, before.protectionStatus, step('却下後の世帯の保護状態', 'the household status after the rejection'), faults);
    failWith(ctx, step('申請の却下決定が正しく記録されない', 'A rejection is not recorded correctly'), faults);
  },
});

/** 03.1.6: a start before the application date is refused; on the application date it is accepted. */
export const startNotBeforeApplication = defineCheck({
  id: 'decision.start-not-before-application-date',
  title: {
    ja: '申請日より前の日を保護開始日とする開始決定は拒否され、何も変わらない（申請日当日は受け付ける）',
    en: 'A start before the application date is refused and changes nothing (the application date itself is accepted)',
  },
  verifies: ['03.1.6'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const householdId = await newHousehold(ctx, client);
    const applicationId = await newApplication(ctx, client, householdId);
    const early = await send(client, 'decideApplication', { path: { applicationId }, body: startBody(plusDays(APPLIED_ON, 3), { effectiveOn: plusDays(APPLIED_ON, -1) }) });
    expectRefused(early, step('申請日の前日を開始日とする開始決定', 'a start the day before the application date'), faults);
    expectEqual((await decisionsOf(ctx, client, householdId)).length, 0, step('拒否の後の決定の件数', 'the number of decisions after the refusal'), faults);
    expectEqual((await readHousehold(ctx, client, householdId)).protectionStatus, 'none', step('拒否の後の世帯の保護状態', 'the household status after the refusal'), faults);
    const onTheDay = await send(client, 'decideApplication', { path: { applicationId }, body: startBody(plusDays(APPLIED_ON, 3), { effectiveOn: APPLIED_ON }) });
    if (onTheDay.status !== 201) faults.push(step(`申請日を開始日とする開始決定が 201 でなく ${onTheDay.status}`, `a start on the application date answered ${onTheDay.status}, not 201`));
    failWith(ctx, step('申請日前の保護開始日の扱いが正しくない', 'Start dates before the application date are not handled correctly'), faults);
  },
});

/** 03.1.7 (prohibited): a decided application takes no second start or rejection; the first decision stays. */
export const noSecondDecision = defineCheck({
  id: 'decision.no-second-decision',
  title: {
    ja: '開始又は却下の決定をした申請に重ねて決定できず（409）、最初の決定も世帯も変わらない',
    en: 'A decided application takes no second start or rejection (409); the first decision and the household are unchanged',
  },
  verifies: ['03.1.7'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    // A started application: neither a second start nor a rejection.
    const householdId = await newHousehold(ctx, client);
    const applicationId = await newApplication(ctx, client, householdId);
    const first = await decide(ctx, client, 'decideApplication', { applicationId }, startBody(plusDays(APPLIED_ON, 5)), step('開始決定', 'the start decision'));
    const firstRead = await readDecision(ctx, client, String(first.decisionId));
    const householdBefore = await readHousehold(ctx, client, householdId);
    for (const [body, what] of [
      [startBody(plusDays(APPLIED_ON, 6), { effectiveOn: plusDays(APPLIED_ON, 2) }), step('開始決定済みの申請への二度目の開始決定', 'a second start on a started application')],
      [rejectBody(plusDays(APPLIED_ON, 6)), step('開始決定済みの申請への却下決定', 'a rejection of a started application')],
    ] as const) {
      expectConflict(await send(client, 'decideApplication', { path: { applicationId }, body }), what, faults);
    }
    expectEqual((await decisionsOf(ctx, client, householdId)).length, 1, step('重ねての決定の後の決定の件数', 'the number of decisions after the second attempts'), faults);
    expectEqual(await readDecision(ctx, client, String(first.decisionId)), firstRead, step('最初の開始決定', 'the first start decision'), faults);
    expectEqual(await readHousehold(ctx, client, householdId), householdBefore, step('世帯', 'the household'), faults);
    // A rejected application: no start afterwards.
    const other = await newHousehold(ctx, client);
    const rejectedId = await newApplication(ctx, client, other);
    await decide(ctx, client, 'decideApplication', { applicationId: rejectedId }, rejectBody(plusDays(APPLIED_ON, 5)), step('却下決定', 'the rejection'));
    expectConflict(await send(client, 'decideApplication', { path: { applicationId: rejectedId }, body: startBody(plusDays(APPLIED_ON, 6)) }), step('却下済みの申請への開始決定', 'a start on a rejected application'), faults);
    expectEqual((await readHousehold(ctx, client, other)).protectionStatus, 'none', step('却下済みの申請への開始決定の後の世帯の保護状態', 'the household status after a start on a rejected application'), faults);
    expectEqual((await decisionsOf(ctx, client, other)).length, 1, step('却下済みの申請の決定の件数', 'the number of decisions of the rejected application'), faults);
    failWith(ctx, step('決定済みの申請に重ねて決定できる', 'A decided application can be decided again'), faults);
  },
});

/** 03.1.8: a withdrawn application takes no decision. */
export const noDecisionOnWithdrawn = defineCheck({
  id: 'decision.none-on-withdrawn-application',
  title: {
    ja: '取り下げられた申請に対する開始・却下の決定は拒否され、世帯は変わらない',
    en: 'A start or rejection of a withdrawn application is refused and the household does not change',
  },
  verifies: ['03.1.8'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const householdId = await newHousehold(ctx, client);
    const applicationId = await newApplication(ctx, client, householdId);
    const withdrawn = await send(client, 'withdrawApplication', { path: { applicationId }, body: { withdrawnOn: plusDays(APPLIED_ON, 2), intentMethod: 'written' } });
    if (withdrawn.status < 200 || withdrawn.status > 299) {
      return ctx.fail(step(`試験用の申請の取下げ（withdrawApplication）が成功しなかった（状態コード ${withdrawn.status}）`, `withdrawing the test application (withdrawApplication) failed (status ${withdrawn.status})`));
    }
    expectRefused(await send(client, 'decideApplication', { path: { applicationId }, body: startBody(plusDays(APPLIED_ON, 4)) }), step('取り下げられた申請への開始決定', 'a start on a withdrawn application'), faults);
    expectRefused(await send(client, 'decideApplication', { path: { applicationId }, body: rejectBody(plusDays(APPLIED_ON, 4)) }), step('取り下げられた申請への却下決定', 'a rejection of a withdrawn application'), faults);
    expectEqual((await decisionsOf(ctx, client, householdId)).length, 0, step('拒否の後の決定の件数', 'the number of decisions after the refusals'), faults);
    expectEqual((await readHousehold(ctx, client, householdId)).protectionStatus, 'none', step('拒否の後の世帯の保護状態', 'the household status after the refusals'), faults);
    failWith(ctx, step('取り下げられた申請に決定できる', 'A withdrawn application can be decided'), faults);
  },
});
