import { defineCheck } from '../../../engine/registry.ts';
import { clientOf, requireClient } from '../../support/roles.ts';
import { must, mustRefuse, newHousehold } from '../../support/steps.ts';
import { approvalIds, approvalInput, entryBy, readApproval, requestOf, stepsOf } from './approval-support.ts';

/** 06.4.2: a step whose approver role is not 査察指導員 or 課長 is refused; supervisor and manager steps are accepted. */
export const approverRoles = defineCheck({
  id: 'casework.approval-approvers-supervisor-or-manager',
  title: { ja: '決裁ルートの承認者には査察指導員又は課長の役割のみを指定できる', en: 'Only supervisors and managers can be approvers on a route' },
  verifies: ['06.4.2'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const entry = await entryBy(ctx, cw, householdId, '承認者の役割の確認');
    for (const [role, ja] of [['caseworker', '地区担当員'], ['intake', '面接相談員'], ['accountant', '経理担当']] as const) {
      await mustRefuse(ctx, cw, 'requestApproval', { body: approvalInput(householdId, entry, [{ approverRole: 'supervisor' }, { approverRole: role }]) },
        { ja: `承認者の役割を${ja}（${role}）とする決裁ルートでの起案`, en: `a request whose route has a ${role} approver` });
    }
    const left = await approvalIds(ctx, cw, { householdId }, { ja: '世帯の決裁の一覧', en: "listing the household's approvals" });
    if (left !== '') ctx.fail({ ja: `拒否された起案が決裁として残った（${left}）`, en: `refused requests were kept as approvals (${left})` });
    const ok = await requestOf(ctx, cw, approvalInput(householdId, entry, [{ approverRole: 'supervisor' }, { approverRole: 'manager' }]), { ja: '査察指導員・課長の二段の決裁ルートでの起案', en: 'a request routed to a supervisor and a manager' });
    const roles = stepsOf(ok).map((s) => s.approverRole).join(',');
    if (roles !== 'supervisor,manager') ctx.fail({ ja: `起案した決裁ルートの承認者の役割が ${roles}`, en: `the route of the new approval has the roles ${roles}` });
  },
});

/** 06.4.7: one person on two steps of a route is refused, and whoever approved one step cannot approve the next. */
export const oneStepPerPerson = defineCheck({
  id: 'casework.approval-one-step-per-person',
  title: { ja: '同一の職員は一つの決裁について一つの段に限り承認できる', en: 'One person approves at most one step of an approval' },
  verifies: ['06.4.7'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const sv = requireClient(ctx, 'supervisor');
    const { householdId } = await newHousehold(ctx, cw);
    const sample = await entryBy(ctx, sv, householdId, '承認者の職員番号の確認');
    const supervisorId = sample.author;
    if (typeof supervisorId !== 'string') return ctx.fail({ ja: '援助方針に作成者（createdBy）がない', en: 'the plan has no author (createdBy)' });

    const entry = await entryBy(ctx, cw, householdId, '一人一段の確認');
    const twice = [{ approverRole: 'supervisor', approverId: supervisorId }, { approverRole: 'supervisor', approverId: supervisorId }];
    await mustRefuse(ctx, cw, 'requestApproval', { body: approvalInput(householdId, entry, twice) }, { ja: '同一の職員を二つの段の承認者に指定した決裁ルートでの起案', en: 'a route naming the same person on two steps' });

    const requested = await requestOf(ctx, cw, approvalInput(householdId, entry, [{ approverRole: 'supervisor' }, { approverRole: 'supervisor' }]), { ja: '査察指導員の二段の決裁ルートでの起案', en: 'requesting a route of two supervisor steps' });
    const approvalId = String(requested.approvalId);
    await must(ctx, sv, 'approveApproval', { path: { approvalId }, body: { comment: '第1段承認' } }, 200, { ja: '第1段の承認', en: 'approving step 1' });
    await mustRefuse(ctx, sv, 'approveApproval', { path: { approvalId }, body: { comment: '第2段も承認' } }, { ja: '第1段を承認した職員による第2段の承認', en: 'approval of step 2 by the approver of step 1' });
    const middle = await readApproval(ctx, cw, approvalId);
    const second = stepsOf(middle)[1];
    if (middle.status === 'approved' || second?.actedBy !== undefined) {
      ctx.fail({ ja: `第1段の承認者が第2段も処理した（状況 ${String(middle.status)}）`, en: `the approver of step 1 also acted on step 2 (status ${String(middle.status)})` });
    }
    const colleague = clientOf(ctx, 'supervisor-2');
    if (!colleague) {
      ctx.note('No token for a second supervisor (supervisor-2): the approval of step 2 by another person was not tried.');
      return;
    }
    const closed = await must(ctx, colleague, 'approveApproval', { path: { approvalId }, body: { comment: '第2段承認' } }, 200, { ja: '別の査察指導員（2人目）による第2段の承認', en: 'approval of step 2 by a second supervisor' });
    if (closed.status !== 'approved') ctx.fail({ ja: `二人の承認の後の状況が決裁済でなく ${String(closed.status)}`, en: `after two approvers the status is ${String(closed.status)}, not approved` });
  },
});

/** 06.4.8: the current approver sends the approval back with a reason, which is kept; without a reason it is refused. */
export const sendBackWithReason = defineCheck({
  id: 'casework.approval-sent-back-with-reason',
  title: { ja: '承認者は差戻し理由を記載して決裁を差し戻せ、理由のない差戻しは拒否される', en: 'An approver sends an approval back with a reason; without a reason it is refused' },
  verifies: ['06.4.8'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const sv = requireClient(ctx, 'supervisor');
    const { householdId } = await newHousehold(ctx, cw);
    const entry = await entryBy(ctx, cw, householdId, '差戻しの確認');
    const requested = await requestOf(ctx, cw, approvalInput(householdId, entry, [{ approverRole: 'supervisor' }, { approverRole: 'manager' }]), { ja: '起案', en: 'requesting an approval' });
    const approvalId = String(requested.approvalId);

    await mustRefuse(ctx, sv, 'rejectApproval', { path: { approvalId }, body: {} }, { ja: '差戻し理由のない差戻し', en: 'sending back without a reason' });
    const kept = await readApproval(ctx, cw, approvalId);
    if (kept.status === 'rejected') ctx.fail({ ja: '拒否されたはずの理由のない差戻しで決裁が差戻しになった', en: 'the refused send-back without a reason closed the approval' });

    const reason = '援助目標を具体的に記載してください。';
    await must(ctx, sv, 'rejectApproval', { path: { approvalId }, body: { comment: reason } }, 200, { ja: '差戻し理由を記載した差戻し', en: 'sending back with a reason' });
    const read = await readApproval(ctx, cw, approvalId);
    const first = stepsOf(read)[0];
    if (read.status !== 'rejected' || first?.status !== 'rejected' || first?.comment !== reason || typeof first?.actedBy !== 'string') {
      ctx.fail({
        ja: `差戻し後の決裁が差戻し（rejected）で第1段に差戻し理由と処理者を持たない（状況 ${String(read.status)}、意見 ${String(first?.comment)}）`,
        en: `after sending back, the approval is not rejected with the reason and actor on step 1 (status ${String(read.status)}, comment ${String(first?.comment)})`,
      });
    }
  },
});
