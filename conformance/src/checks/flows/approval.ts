import { defineCheck } from '../../engine/registry.ts';
import type { Fault } from '../data/refusals.ts';
import { requireClient } from '../support/roles.ts';
import { must, newHousehold } from '../support/steps.ts';
import { approvalInput, entryBy } from '../areas/06/approval-support.ts';
import { refusedIn, type Attempt, type FlowResource } from './support.ts';

const approval = (approvalId: string): FlowResource => ({
  flow: 'approval', read: 'getApproval', path: { approvalId }, stateItem: 'status', name: { ja: '決裁', en: 'approval' },
});
const ROUTE = [{ approverRole: 'supervisor' }, { approverRole: 'manager' }];

/**
 * 06.4.9 (flow approval): two-step approvals are closed — one approved by both steps, one sent back at the
 * first — and read right before each approval or sending back by the approver of the step where they closed:
 * each is refused with 409 as a contradiction of the state, and the approval stays as it was.
 */
export const approvalClosedRefusesActions = defineCheck({
  id: 'flow.approval-closed-refuses-actions',
  title: {
    ja: '決裁済又は差戻しとなった決裁への承認及び差戻しは409で拒否され、決裁は変わらない',
    en: 'Approving or sending back an approved or sent-back approval is refused with 409 and changes nothing',
  },
  verifies: ['06.4.9'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const supervisor = requireClient(ctx, 'supervisor');
    const manager = requireClient(ctx, 'manager');
    const { householdId } = await newHousehold(ctx, caseworker);
    const request = async (title: string) => {
      const entry = await entryBy(ctx, caseworker, householdId, title);
      const made = await must(ctx, caseworker, 'requestApproval', { body: approvalInput(householdId, entry, ROUTE) }, 201, { ja: '二段の決裁ルートでの起案', en: 'requesting a two-step approval' });
      return String(made.approvalId);
    };
    const act = (approvalId: string, client: typeof manager, approve: boolean) => ({
      operation: approve ? 'approveApproval' : 'rejectApproval',
      ja: approve ? '承認' : '差戻し',
      input: { path: { approvalId }, body: { comment: approve ? '承認します' : '記載不備のため差し戻します' } },
      client,
    }) satisfies Attempt;
    const done = (a: Attempt, what: Fault) => must(ctx, a.client!, a.operation, a.input, 200, what);

    const approved = await request('決裁済の確認');
    await done(act(approved, supervisor, true), { ja: '第1段（査察指導員）の承認', en: 'approval of step 1 (supervisor)' });
    await done(act(approved, manager, true), { ja: '第2段（課長）の承認', en: 'approval of step 2 (manager)' });
    await refusedIn(ctx, caseworker, approval(approved), 'approved', [act(approved, manager, true), act(approved, manager, false)]);

    const sentBack = await request('差戻しの確認');
    await done(act(sentBack, supervisor, false), { ja: '第1段（査察指導員）の差戻し', en: 'sending back at step 1 (supervisor)' });
    await refusedIn(ctx, caseworker, approval(sentBack), 'rejected', [act(sentBack, supervisor, true), act(sentBack, supervisor, false)]);
  },
});
