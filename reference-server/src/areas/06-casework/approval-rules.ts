import type { Principal } from '@hogo-kit/sdk';
import { recordsWhere, type Reader, type Transaction } from '../../store/store.ts';
import { illegalTransition, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { forbiddenActor, type Schemas } from './common.ts';

export type Approval = Schemas['Approval'];
type ApprovalInput = Schemas['ApprovalInput'];

/** Roles an approver may hold (06.4.2). */
export const APPROVER_ROLES = ['supervisor', 'manager'];
const OPEN = new Set(['requested', 'inProgress']);

interface Item {
  householdId?: string;
  [key: string]: unknown;
}

/** Where each kind of item is kept and which of its fields names its author. */
const SUBJECTS: Record<string, { collection: string; author: string; ja: string; en: string }> = {
  decision: { collection: 'Decision', author: 'decidedBy', ja: '保護の決定', en: 'decision' },
  assistancePlan: { collection: 'AssistancePlan', author: 'createdBy', ja: '援助方針', en: 'assistance plan' },
  visitPlan: { collection: 'VisitPlan', author: 'createdBy', ja: '訪問計画', en: 'visit plan' },
  claim: { collection: 'Claim', author: 'createdBy', ja: '債権', en: 'claim' },
  employmentIndependenceBenefit: { collection: 'EmploymentIndependenceBenefit', author: 'createdBy', ja: '就労自立給付金の支給決定', en: 'benefit grant' },
  caseRecord: { collection: 'CaseRecord', author: 'recordedBy', ja: 'ケース記録', en: 'case-record entry' },
};

/** The item an approval is requested for: its household and author (06.4.14; the requester when none is recorded). */
export function resolveSubject(tx: Reader, body: ApprovalInput, requester: string, rules: ActorRules = {}): { householdId?: string; author: string } {
  const kind = SUBJECTS[body.subjectType]!;
  if (body.subjectId === undefined) {
    if (body.subjectType !== 'decision') {
      throw ruleBroken('subject-required', '/body/subjectId', {
        ja: '保護の決定（登録前の起案）以外は決裁対象番号を指定してください',
        en: 'subjectId may be omitted only for a decision drafted before registration',
      });
    }
    if (body.householdId === undefined) {
      throw ruleBroken('household-required', '/body/householdId', {
        ja: '決裁対象番号を省略するときは世帯番号を指定してください',
        en: 'householdId is required when subjectId is omitted',
      });
    }
    if (!tx.get('Household', body.householdId)) throw unknownReference('/body/householdId', '世帯', 'household');
    return { householdId: body.householdId, author: requester };
  }
  const item = tx.get<Item>(kind.collection, body.subjectId)?.value;
  if (!item && rules.anySubject) return { householdId: body.householdId, author: requester };
  if (!item) throw unknownReference('/body/subjectId', kind.ja, kind.en);
  if (body.householdId !== undefined && item.householdId !== body.householdId && !rules.anySubject) {
    throw ruleBroken('subject-of-another-household', '/body/subjectId', {
      ja: `指定された${kind.ja}は指定した世帯のものではありません`,
      en: `The ${kind.en} belongs to another household`,
    });
  }
  const author = item[kind.author];
  return { householdId: item.householdId ?? body.householdId, author: typeof author === 'string' ? author : requester };
}

/** 06.4.2, 06.4.3, 06.4.7: approver roles, nobody approving their own item, one step per person. */
export function assertRoute(route: ApprovalInput['route'], requester: string, author: string, rules: ActorRules = {}): void {
  const seen = new Set<string>();
  route.forEach((step, i) => {
    if (!rules.anyRole && !APPROVER_ROLES.includes(step.approverRole)) {
      throw ruleBroken('approver-role', `/body/route/${i}/approverRole`, {
        ja: '承認者の役割は査察指導員又は課長としてください',
        en: 'An approver must be a supervisor or a manager',
      });
    }
    const id = step.approverId;
    if (id === undefined) return;
    if (!rules.selfApproval && (id === requester || id === author)) {
      throw ruleBroken('own-approval', `/body/route/${i}/approverId`, {
        ja: '起案者又は決裁対象の作成者を承認者に指定することはできません',
        en: "The requester or the item's author cannot be an approver",
      });
    }
    if (!rules.repeatApprover && seen.has(id)) {
      throw ruleBroken('approver-twice', `/body/route/${i}/approverId`, {
        ja: '同一の職員を二つの段の承認者に指定することはできません',
        en: 'The same person cannot be designated on two steps',
      });
    }
    seen.add(id);
  });
}

/** 06.4.13: no second open approval of one item. */
export function assertNoOpenApproval(tx: Reader, subjectType: string, subjectId: string | undefined): void {
  if (subjectId === undefined) return;
  const open = recordsWhere<Approval>(tx, 'Approval', (a) => a.subjectType === subjectType && a.subjectId === subjectId && OPEN.has(a.status))[0];
  if (open) {
    throw illegalTransition('approval', open.value.status, `起案（${open.value.approvalId}が処理中）`);
  }
}

/** Seeded defects that loosen the rules (mutants self-approval-allowed, approval-steps-out-of-order and those of more-06). */
export interface ActorRules {
  selfApproval?: boolean;
  outOfOrder?: boolean;
  anyRole?: boolean;
  repeatApprover?: boolean;
  actTwice?: boolean;
  anySubject?: boolean;
}

/** The step the principal acts on (the current one), or why they may not (06.4.4, 06.4.6, 06.4.7). */
export function judgeActor(approval: Approval, actor: Principal, rules: ActorRules = {}): { stepNo: number } | { error: Error } {
  const current = approval.steps.find((s) => s.stepNo === approval.currentStep);
  if (!current) return { error: illegalTransition('approval', approval.status, '承認・差戻し') };
  if (!rules.selfApproval && (actor.staffId === approval.requestedBy || actor.staffId === approval.subjectAuthor)) {
    return { error: forbiddenActor('own-approval', '起案者及び決裁対象の作成者は当該決裁を処理できません', "The requester and the item's author cannot act on the approval") };
  }
  if (!rules.actTwice && approval.steps.some((s) => s.actedBy === actor.staffId)) {
    return { error: forbiddenActor('acted-already', '同一の職員は一つの決裁について一つの段に限り処理できます', 'You already acted on an earlier step of this approval') };
  }
  const fits = (step: typeof current) => actor.roles.includes(step.approverRole) && (step.approverId === undefined || step.approverId === actor.staffId);
  const step = rules.outOfOrder ? approval.steps.find((s) => s.status === 'pending' && fits(s)) : fits(current) ? current : undefined;
  if (step) return { stepNo: step.stepNo };
  return !actor.roles.includes(current.approverRole)
    ? { error: forbiddenActor('not-current-approver', '回付中の段の承認者の役割を持っていません', "You do not hold the current step's role") }
    : { error: forbiddenActor('not-current-approver', '回付中の段の指定承認者ではありません', "You are not the current step's designated approver") };
}

export const isOpen = (approval: Approval) => OPEN.has(approval.status);

/** Keeps a case-record entry's approval status in step with its latest approval (06.4.16). */
export function reflectOnCaseRecord(tx: Transaction, approval: Approval): void {
  if (approval.subjectType !== 'caseRecord' || approval.subjectId === undefined) return;
  const record = tx.get<Schemas['CaseRecord']>('CaseRecord', approval.subjectId);
  if (!record) return;
  tx.put('CaseRecord', approval.subjectId, { ...record.value, approvalStatus: approval.status, approvalId: approval.approvalId });
}
