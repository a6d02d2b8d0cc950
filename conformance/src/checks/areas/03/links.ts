import { defineCheck } from '../../../engine/registry.ts';
import { member } from '../../data/fixtures.ts';
import { expectBody } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { caseDecision } from '../../data/protection.ts';
import { dayOf, listAll, monthFromNow, protectedHousehold, testAddressNumber } from '../../data/setup.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { APPLIED_ON, decide, expectEqual, expectRefused, newApplication, newHousehold, readDecision, startBody, step } from './cases.ts';

/**
 * 03.5.9 (option): a decision records the electronic approval (電子決裁) behind it once approved; an approval still
 * awaiting its approver is refused. The approval is drafted before the decision exists (subjectType decision, no
 * subjectId), requested by the case worker and approved by a supervisor.
 */
export const linkedToApproval = defineCheck({
  id: 'decision.linked-to-approved-approval',
  title: { ja: '決定に承認済みの電子決裁を紐付けて記録でき、未承認の決裁は紐付けられない', en: 'A decision records its approved electronic approval; one not yet approved is refused' },
  verifies: ['03.5.9'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const supervisor = requireClient(ctx, 'supervisor');
    const faults: Fault[] = [];
    const householdId = await newHousehold(ctx, client);
    const applicationId = await newApplication(ctx, client, householdId);
    const request = { subjectType: 'decision', householdId, title: '保護開始決定の決裁', requestComment: '調査の結果、保護の開始を起案する。', route: [{ approverRole: 'supervisor' }] };
    const approval = expectBody(ctx, await send(client, 'requestApproval', { body: request }), 201, step('決定の決裁の起案（requestApproval）', 'requesting the approval of the decision (requestApproval)'));
    const approvalId = String(approval.approvalId);
    const early = await send(client, 'decideApplication', { path: { applicationId }, body: startBody(APPLIED_ON, { approvalId }) });
    expectRefused(early, step('承認前の決裁を紐付けた開始決定', 'a start decision linked to an approval not yet approved'), faults);
    // Accepted, it decided the application: nothing further can be tried.
    failWith(ctx, step('決定と電子決裁の紐付け', 'A decision linked to its approval'), faults);
    expectBody(ctx, await send(supervisor, 'approveApproval', { path: { approvalId }, body: { comment: '承認する。' } }), 200, step('査察指導員による承認（approveApproval）', 'approval by the supervisor (approveApproval)'));
    const decision = await decide(ctx, client, 'decideApplication', { applicationId }, startBody(APPLIED_ON, { approvalId }), step('承認済みの決裁を紐付けた開始決定', 'the start decision linked to the approved approval'));
    const read = await readDecision(ctx, client, String(decision.decisionId));
    expectEqual(read.approvalId, approvalId, step('決定の決裁番号', "the decision's approvalId"), faults);
    failWith(ctx, step('決定と電子決裁の紐付け', 'A decision linked to its approval'), faults);
  },
});

/**
 * 03.4.13 (2.1, option): a change decided ex officio because the 住民記録 system reported a move records the change
 * alert that prompted it; an alert id that names no alert is refused.
 */
export const linkedToChangeAlert = defineCheck({
  id: 'decision.ex-officio-linked-to-change-alert',
  title: { ja: '庁内の業務システムからの異動の通知を契機とする職権による決定に、その異動の通知を紐付けて記録できる', en: 'An ex-officio decision prompted by a change alert records that alert' },
  verifies: ['03.4.13'],
  editions: ['2.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const addressNumber = testAddressNumber();
    const fixture = await protectedHousehold(ctx, { startOn: dayOf(monthFromNow(-2), 1), members: [{ ...member(), addressNumber }] });
    const change = {
      system: 'jumin', changeId: `conformance-${crypto.randomUUID()}`, addressNumber, changeType: 'address-change', effectiveDate: dayOf(monthFromNow(-1), 1),
      items: [{ code: 'jumin-address', value: '見本町三丁目3番3号（試験）' }],
    };
    expectBody(ctx, await send(requireClient(ctx, 'linkage'), 'receiveLinkageChange', { body: change }), 201, step('住民記録システムからの異動データの受信', 'receiving the move (receiveLinkageChange)'));
    const alerts = await listAll(ctx, requireClient(ctx, 'supervisor'), 'listChangeAlerts', { householdId: fixture.householdId }, step('異動検知アラートの一覧（listChangeAlerts）', 'listing the change alerts (listChangeAlerts)'));
    const alertId = alerts[0]?.alertId;
    if (typeof alertId !== 'string') return ctx.fail(step('保護中の世帯の世帯員の異動でアラートが発生しなかった', 'the move of a member of a protected household raised no alert'));
    const on = dayOf(monthFromNow(-1), 2);
    const body = { type: 'change', decidedOn: on, effectiveOn: on, reasonText: '転居に伴い住宅扶助を変更する。（試験データ）', fujoBreakdown: [{ fujoType: '01', monthlyAmount: 70_000, inKind: false }] };
    const unknown = await send(client, 'createCaseDecision', { path: { householdId: fixture.householdId }, body: { ...body, origin: 'ex-officio', changeAlertId: `no-such-alert-${crypto.randomUUID()}` } });
    expectRefused(unknown, step('存在しない異動通知を紐付けた決定', 'a decision naming an alert that does not exist'), faults);
    const decision = await caseDecision(ctx, fixture.householdId, { ...body, changeAlertId: alertId }, client);
    const read = await readDecision(ctx, client, String(decision.decisionId));
    expectEqual(read.changeAlertId, alertId, step('決定の契機となった異動通知（changeAlertId）', "the decision's changeAlertId"), faults);
    failWith(ctx, step('異動の通知を契機とする職権による決定', 'An ex-officio decision prompted by a change alert'), faults);
  },
});
