import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { illegalTransition, missing, ruleBroken } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import {
  assertNoOpenApproval,
  assertRoute,
  isOpen,
  judgeActor,
  reflectOnCaseRecord,
  resolveSubject,
  type Approval,
} from './approval-rules.ts';
import { byKeys, compact, staffOf } from './common.ts';

type Step = Approval['steps'][number];

export function approvals(env: AreaEnv): Partial<HogoAdapter> {
  const rules = {
    selfApproval: hasMutant(env, 'self-approval-allowed'),
    outOfOrder: hasMutant(env, 'approval-steps-out-of-order'),
    anyRole: hasMutant(env, 'approver-role-unchecked'),
    repeatApprover: hasMutant(env, 'approver-twice-in-route'),
    actTwice: hasMutant(env, 'approver-acts-on-two-steps'),
    anySubject: hasMutant(env, 'approval-subject-unchecked'),
  };
  /** approveStep / approveFinal / reject: the current step acted on by an allowed actor. */
  const act = (approvalId: string, result: 'approved' | 'rejected', comment: string | undefined, ctx: { principal: { staffId: string; roles: string[] } }) =>
    env.store.transact((tx) => {
      const stored = tx.get<Approval>('Approval', approvalId);
      if (!stored) throw missing('決裁', 'approval');
      const approval = hasMutant(env, 'rejected-approval-reopened') ? reopened(stored.value) : stored.value;
      if (!isOpen(approval)) throw illegalTransition('approval', approval.status, result === 'approved' ? '承認' : '差戻し');
      const judged = judgeActor(approval, ctx.principal, rules);
      if ('error' in judged) throw judged.error;
      if (result === 'rejected' && comment === undefined && !hasMutant(env, 'rejection-without-reason')) {
        throw ruleBroken('reason-required', '/body/comment', { ja: '差戻し理由を記載してください', en: 'A rejection needs a reason' });
      }
      const now = env.clock.now().toISOString();
      const { stepNo } = judged;
      const steps: Step[] = approval.steps.map((s) =>
        s.stepNo === stepNo ? compact({ ...s, status: result, actedBy: ctx.principal.staffId, actedAt: now, comment }) : s,
      );
      const next = steps.find((s) => s.status === 'pending');
      const { currentStep: _current, ...rest } = approval;
      const updated: Approval =
        result === 'rejected' || !next
          ? { ...rest, steps, status: result, closedAt: now }
          : { ...rest, steps, status: 'inProgress', currentStep: next.stepNo };
      const record = tx.put('Approval', approvalId, updated);
      if (!hasMutant(env, 'case-record-approval-status-stale')) reflectOnCaseRecord(tx, updated);
      return withEtag(approvalId, record);
    });

  return {
    /** 06.4.1–06.4.3, 06.4.7, 06.4.13–06.4.15: an item routed through ordered approvers. */
    async requestApproval({ body }, ctx) {
      return env.store.transact((tx) => {
        const requester = staffOf(ctx);
        if (body.subjectType === 'caseRecord' && hasMutant(env, 'case-record-not-approvable')) {
          throw ruleBroken('subject-type-unsupported', '/body/subjectType', { ja: 'ケース記録は決裁対象にできません', en: 'A case-record entry cannot be submitted' });
        }
        const subject = resolveSubject(tx, body, requester, rules);
        assertRoute(body.route, requester, subject.author, rules);
        if (!hasMutant(env, 'duplicate-approval-accepted')) assertNoOpenApproval(tx, body.subjectType, body.subjectId);
        const approvalId = newId(tx, 'AV');
        const approval: Approval = compact({
          approvalId,
          subjectType: body.subjectType,
          subjectId: body.subjectId,
          householdId: subject.householdId,
          title: body.title,
          requestComment: body.requestComment,
          requestedBy: requester,
          subjectAuthor: subject.author,
          requestedAt: env.clock.now().toISOString(),
          status: 'requested' as const,
          currentStep: 1,
          steps: (hasMutant(env, 'route-sorted-by-role') ? [...body.route].sort((x, y) => x.approverRole.localeCompare(y.approverRole)) : body.route).map((s, i) => compact({ stepNo: i + 1, approverRole: s.approverRole, approverId: s.approverId, status: 'pending' as const })),
        });
        const record = tx.put('Approval', approvalId, approval);
        reflectOnCaseRecord(tx, approval);
        return withEtag(approvalId, record);
      });
    },

    /** 06.4.11, 06.4.12: newest first, by status, kind, household and item; actionable = the caller's work list. */
    async listApprovals({ query }, ctx) {
      const byState = !hasMutant(env, 'approval-list-filters-ignored');
      const actionable = hasMutant(env, 'work-list-shows-all') ? undefined : query.actionable;
      const items = env.store
        .records<Approval>('Approval')
        .map((r) => r.value)
        .filter((a) => !byState || !query.status || a.status === query.status)
        .filter((a) => !byState || !query.subjectType || a.subjectType === query.subjectType)
        .filter((a) => !query.householdId || a.householdId === query.householdId)
        .filter((a) => !query.subjectId || a.subjectId === query.subjectId)
        .filter((a) => actionable === undefined || (isOpen(a) && 'stepNo' in judgeActor(a, ctx.principal, rules)) === actionable)
        .sort(byKeys((a) => a.requestedAt, (a) => a.approvalId))
        .reverse();
      return page(items, query);
    },

    /** 06.4.10: the route with each step's actor, time, result and comment. */
    async getApproval({ path }) {
      const record = env.store.get<Approval>('Approval', path.approvalId);
      if (!record) throw missing('決裁', 'approval');
      return withEtag(path.approvalId, record);
    },

    /** 06.4.4–06.4.7, 06.4.9: the current step approved; the last one closes the approval. */
    async approveApproval({ path, body }, ctx) {
      return act(path.approvalId, 'approved', hasMutant(env, 'approval-comment-dropped') ? undefined : body?.comment, ctx);
    },

    /** 06.4.4, 06.4.6, 06.4.8, 06.4.9: sent back with a reason. */
    async rejectApproval({ path, body }, ctx) {
      return act(path.approvalId, 'rejected', body.comment, ctx);
    },
  };
}

/** Mutant rejected-approval-reopened only: a sent-back approval routed anew from the step that sent it back. */
function reopened(approval: Approval): Approval {
  const at = approval.steps.find((s) => s.status === 'rejected');
  if (approval.status !== 'rejected' || !at) return approval;
  const steps = approval.steps.map((s) => (s === at ? compact({ stepNo: s.stepNo, approverRole: s.approverRole, approverId: s.approverId, status: 'pending' as const }) : s));
  const { closedAt: _closed, ...rest } = approval;
  return { ...rest, steps, status: at.stepNo === 1 ? 'requested' : 'inProgress', currentStep: at.stepNo };
}
