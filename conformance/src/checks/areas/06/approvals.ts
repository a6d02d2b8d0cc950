import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { isObject, send } from '../../support/http.ts';
import { clientOf, requireClient } from '../../support/roles.ts';
import { allItems, must, mustRefuse, newHousehold } from '../../support/steps.ts';
import { approvalInput, entryBy, readApproval, stepsOf } from './approval-support.ts';

/** Fails unless the approval reads back still untouched (no step acted on, not closed). */
async function untouched(ctx: CheckContext, client: HogoClient<Edition>, approvalId: string, after: { ja: string; en: string }) {
  const read = await readApproval(ctx, client, approvalId);
  if (read.status === 'approved' || read.status === 'rejected' || stepsOf(read).some((s) => s.actedBy !== undefined || (s.status !== undefined && s.status !== 'pending'))) {
    ctx.fail({ ja: `${after.ja}の後、決裁が処理されていた（状況 ${String(read.status)}）`, en: `after ${after.en}, the approval had been acted on (status ${String(read.status)})` });
  }
}

/** 06.4.3: a route naming the requester or the item's author is refused; naming someone else is accepted. */
export const routeExcludesOwn = defineCheck({
  id: 'casework.approval-route-excludes-requester-and-author',
  title: { ja: '起案者又は決裁対象の作成者を承認者とする決裁ルートでは起案できない', en: 'No approval can be requested with a route naming the requester or the author' },
  verifies: ['06.4.1', '06.4.3'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const sv = requireClient(ctx, 'supervisor');
    const { householdId } = await newHousehold(ctx, cw);
    const byCaseworker = await entryBy(ctx, cw, householdId, '地区担当員の記録');
    const bySupervisor = await entryBy(ctx, sv, householdId, '査察指導員の記録');
    const supervisorId = bySupervisor.author;
    if (typeof supervisorId !== 'string') return ctx.fail({ ja: '援助方針に作成者（createdBy）がない', en: 'the plan has no author (createdBy)' });
    const namingSupervisor = [{ approverRole: 'supervisor', approverId: supervisorId }];

    // The requester (the supervisor) names themself.
    await mustRefuse(ctx, sv, 'requestApproval', { body: approvalInput(householdId, byCaseworker, namingSupervisor) }, { ja: '起案者を承認者とする決裁ルートでの起案', en: 'a request whose route names the requester' });
    // The case worker requests approval of the supervisor's entry, naming its author.
    await mustRefuse(ctx, cw, 'requestApproval', { body: approvalInput(householdId, bySupervisor, namingSupervisor) }, { ja: '決裁対象の作成者を承認者とする決裁ルートでの起案', en: "a request whose route names the item's author" });
    const refusedLeft = await allItems(ctx, cw, 'listApprovals', { query: { householdId } }, { ja: '世帯の決裁の一覧', en: "listing the household's approvals" });
    if (refusedLeft.length > 0) ctx.fail({ ja: `拒否された起案が決裁として残った（${refusedLeft.length} 件）`, en: `refused requests were kept as approvals (${refusedLeft.length})` });

    // The same route is fine when neither the requester nor the author is the supervisor.
    const ok = await must(ctx, cw, 'requestApproval', { body: approvalInput(householdId, byCaseworker, namingSupervisor) }, 201, { ja: '他の職員を承認者とする起案', en: 'a request naming someone else' });
    if (ok.status !== 'requested' && ok.status !== 'inProgress') ctx.fail({ ja: `起案した決裁の状況が ${String(ok.status)}`, en: `the new approval's status is ${String(ok.status)}` });

    // The route keeps the order of approvers set in the request.
    const ordered = await entryBy(ctx, cw, householdId, '承認者の順序の確認');
    const route = [{ approverRole: 'supervisor' }, { approverRole: 'manager' }];
    const twoSteps = await must(ctx, cw, 'requestApproval', { body: approvalInput(householdId, ordered, route) }, 201, { ja: '二段の決裁ルートでの起案', en: 'a request with a two-step route' });
    const steps = stepsOf(await readApproval(ctx, cw, String(twoSteps.approvalId)));
    const shown = steps.map((s) => `${String(s.stepNo)}:${String(s.approverRole)}`).join(',');
    if (shown !== '1:supervisor,2:manager') {
      ctx.fail({ ja: `決裁ルートが起案で定めた承認者の順序（1:supervisor,2:manager）でない: ${shown}`, en: `the route is not in the order set in the request (1:supervisor,2:manager): ${shown}` });
    }
  },
});

/** 06.4.4: the requester and the item's author can neither approve nor send back; another approver can. */
export const noSelfApproval = defineCheck({
  id: 'casework.approval-no-self-approval',
  title: { ja: '起案者及び決裁対象の作成者は、当該決裁を承認も差戻しもできない', en: "The requester and the item's author can neither approve nor send back the approval" },
  verifies: ['06.4.4'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const sv = requireClient(ctx, 'supervisor');
    const { householdId } = await newHousehold(ctx, cw);
    const step = { ja: '起案', en: 'requesting an approval' };

    // Requester: the supervisor requests approval (route by role only) of the case worker's entry.
    const entryA = await entryBy(ctx, cw, householdId, '起案者の確認');
    const byRequester = await must(ctx, sv, 'requestApproval', { body: approvalInput(householdId, entryA, [{ approverRole: 'supervisor' }]) }, 201, step);
    const idA = String(byRequester.approvalId);
    await mustRefuse(ctx, sv, 'approveApproval', { path: { approvalId: idA }, body: { comment: '承認' } }, { ja: '起案者自身による承認', en: 'approval by the requester' });
    await mustRefuse(ctx, sv, 'rejectApproval', { path: { approvalId: idA }, body: { comment: '差戻し' } }, { ja: '起案者自身による差戻し', en: 'sending back by the requester' });
    await untouched(ctx, cw, idA, { ja: '起案者による処理の拒否', en: "the requester's refused actions" });

    // Author: the supervisor wrote the plan; the case worker requests approval by a supervisor.
    const entryB = await entryBy(ctx, sv, householdId, '作成者の確認');
    const ofAuthor = await must(ctx, cw, 'requestApproval', { body: approvalInput(householdId, entryB, [{ approverRole: 'supervisor' }]) }, 201, step);
    const idB = String(ofAuthor.approvalId);
    await mustRefuse(ctx, sv, 'approveApproval', { path: { approvalId: idB }, body: { comment: '承認' } }, { ja: '決裁対象の作成者による承認', en: "approval by the item's author" });
    await mustRefuse(ctx, sv, 'rejectApproval', { path: { approvalId: idB }, body: { comment: '差戻し' } }, { ja: '決裁対象の作成者による差戻し', en: "sending back by the item's author" });
    await untouched(ctx, cw, idB, { ja: '作成者による処理の拒否', en: "the author's refused actions" });

    // Positive control: the same shape, acted on by a supervisor who is neither requester nor author.
    const entryC = await entryBy(ctx, cw, householdId, '対照');
    const control = await must(ctx, cw, 'requestApproval', { body: approvalInput(householdId, entryC, [{ approverRole: 'supervisor' }]) }, 201, step);
    await must(ctx, sv, 'approveApproval', { path: { approvalId: String(control.approvalId) }, body: { comment: '承認' } }, 200, { ja: '起案者でも作成者でもない査察指導員の承認', en: 'approval by a supervisor who is neither requester nor author' });

    // With a second supervisor's token (tokens['supervisor-2']), the author's own approval goes to a colleague.
    const colleague = clientOf(ctx, 'supervisor-2');
    if (!colleague) {
      ctx.note('No token for a second supervisor (supervisor-2): the approval of the author\'s item by a colleague was not tried.');
      return;
    }
    await must(ctx, colleague, 'approveApproval', { path: { approvalId: idB }, body: { comment: '承認' } }, 200, { ja: '作成者以外の査察指導員（2人目）による承認', en: 'approval by a second supervisor who is not the author' });
  },
});

/** 06.4.5, 06.4.6, 06.4.9, 06.4.10: steps in order, only the current step's approver, closed when the last approves. */
export const stepsInOrder = defineCheck({
  id: 'casework.approval-steps-in-order',
  title: { ja: '決裁は決裁ルートの順に回付され、最終段の承認で決裁済となる', en: 'An approval goes step by step and is closed by the last approval' },
  verifies: ['06.4.5', '06.4.6', '06.4.9', '06.4.10'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const sv = requireClient(ctx, 'supervisor');
    const mg = requireClient(ctx, 'manager');
    const { householdId } = await newHousehold(ctx, cw);
    const entry = await entryBy(ctx, cw, householdId, '順次回付の確認');
    const requested = await must(ctx, cw, 'requestApproval', { body: approvalInput(householdId, entry, [{ approverRole: 'supervisor' }, { approverRole: 'manager' }]) }, 201, { ja: '二段の決裁ルートでの起案', en: 'requesting a two-step approval' });
    const approvalId = String(requested.approvalId);

    await mustRefuse(ctx, mg, 'approveApproval', { path: { approvalId }, body: { comment: '先に承認' } }, { ja: '回付前の第2段（課長）による承認', en: 'approval by step 2 (manager) before step 1' });
    await untouched(ctx, cw, approvalId, { ja: '第2段の先行承認の拒否', en: 'the refused early approval' });

    await must(ctx, sv, 'approveApproval', { path: { approvalId }, body: { comment: '第1段承認' } }, 200, { ja: '第1段（査察指導員）の承認', en: 'approval of step 1 (supervisor)' });
    const middle = await readApproval(ctx, cw, approvalId);
    if (middle.status === 'approved' || middle.status === 'rejected') {
      ctx.fail({ ja: `第1段の承認だけで決裁が完了した（状況 ${String(middle.status)}）`, en: `the approval closed after step 1 alone (status ${String(middle.status)})` });
    }
    await must(ctx, mg, 'approveApproval', { path: { approvalId }, body: { comment: '第2段承認' } }, 200, { ja: '第2段（課長）の承認', en: 'approval of step 2 (manager)' });
    const closed = await readApproval(ctx, cw, approvalId);
    if (closed.status !== 'approved') ctx.fail({ ja: `最終段の承認の後の状況が決裁済（approved）でなく ${String(closed.status)}`, en: `after the last step the status is ${String(closed.status)}, not approved` });
    const steps = stepsOf(closed);
    const kept = steps.length === 2 && steps.every((s) => s.status === 'approved' && typeof s.actedBy === 'string' && typeof s.actedAt === 'string') && steps[0]?.comment === '第1段承認' && steps[1]?.comment === '第2段承認' && steps[0]?.actedBy !== steps[1]?.actedBy;
    if (!kept) ctx.fail({ ja: '各段の処理者・処理日時・処理結果・意見が保持されていない', en: "each step's actor, time, result and comment are not kept" });

    // 06.4.9: a closed approval refuses further actions as a state conflict.
    await mustRefuse(ctx, mg, 'approveApproval', { path: { approvalId }, body: { comment: '再承認' } }, { ja: '決裁済の決裁への承認', en: 'approving a closed approval' }, [409]);
    await mustRefuse(ctx, sv, 'rejectApproval', { path: { approvalId }, body: { comment: '再差戻し' } }, { ja: '決裁済の決裁への差戻し', en: 'sending back a closed approval' }, [409]);
    const after = await send(cw, 'getApproval', { path: { approvalId } });
    if (!isObject(after.body) || after.body.status !== 'approved') ctx.fail({ ja: '拒否された操作の後、決裁済でなくなった', en: 'after the refused actions the approval is no longer approved' });
  },
});
