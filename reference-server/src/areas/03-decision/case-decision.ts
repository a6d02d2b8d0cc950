import { conflict, type HogoAdapter } from '@hogo-kit/sdk';
import type { Transaction } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { illegalTransition, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { CASE_FLOW, caseTransition } from './case-flow.ts';
import {
  checkApproval, checkFujo, deadline, decisionInForce, linkCalculation, loadHousehold, noticeDate, registerDecision,
} from './common.ts';
import { C, type ChangeAlert, type ChangeApplication, type Household } from './types.ts';

type Input = Parameters<HogoAdapter['createCaseDecision']>[0]['body'];
const rule = (code: string, field: string, ja: string, en: string) => ruleBroken(code, `/body/${field}`, { ja, en });

/** The input rules of CaseDecisionInput that need no stored data (422). */
function checkInput(env: AreaEnv, body: Input): void {
  const { type, origin } = body;
  if (type === 'start') {
    throw rule('decision-type-not-allowed', 'type', '開始の決定は申請に対する決定又は職権による開始として登録してください', 'A start is registered with decideApplication or startExOfficio');
  }
  if (origin === 'application') {
    if (type !== 'change' && type !== 'reject') {
      throw rule('origin-not-allowed', 'origin', '停止・停止解除・廃止は職権による決定です（生活保護法第26条）', 'Suspension, resumption and discontinuation are ex-officio decisions (Art. 26)');
    }
    if (body.changeAlertId !== undefined) {
      throw rule('change-alert-on-application', 'changeAlertId', '異動通知を契機とする決定は職権による決定です', 'A decision prompted by a change alert is ex officio');
    }
    if (body.changeApplicationId === undefined) {
      throw rule('changeApplicationId-required', 'changeApplicationId', '申請による決定には変更申請を指定してください', 'A decision on application names the change application');
    }
  } else {
    if (type === 'reject') throw rule('origin-not-allowed', 'origin', '却下は変更申請に対する決定です', 'A rejection answers a change application');
    // Seeded defect ex-officio-change-refused: a change is taken only on a change application.
    if (type === 'change' && hasMutant(env, 'ex-officio-change-refused')) {
      throw rule('changeApplicationId-required', 'changeApplicationId', '変更の決定には変更申請を指定してください', 'A change names the change application');
    }
    if (body.changeApplicationId !== undefined) {
      throw rule('change-application-on-ex-officio', 'changeApplicationId', '職権による決定に変更申請は指定できません', 'An ex-officio decision names no change application');
    }
  }
  if (type !== 'reject' && body.effectiveOn === undefined) throw rule('effectiveOn-required', 'effectiveOn', '適用日を記載してください', 'effectiveOn is required');
  if (type === 'discontinue') {
    if (body.discontinuationReason === undefined && !hasMutant(env, 'discontinue-without-reason')) {
      throw rule('discontinuationReason-required', 'discontinuationReason', '廃止の理由の区分を記載してください', 'discontinuationReason is required on a discontinuation');
    }
    if (body.discontinuationReason === '13') {
      throw rule('transfer-reason-reserved', 'discontinuationReason', '移管による廃止は移管の登録で行ってください', 'Discontinuation for transfer is recorded by transferCase');
    }
  }
  if (type === 'reject' && body.rejectionReason === undefined) {
    throw rule('rejectionReason-required', 'rejectionReason', '却下の理由区分を記載してください', 'rejectionReason is required on a rejection');
  }
  if (body.instructionViolation === true) {
    if (type !== 'change' && type !== 'suspend' && type !== 'discontinue') {
      throw rule('instruction-violation-type', 'instructionViolation', '指導指示違反による処分は変更・停止・廃止に限られます', 'A sanction is a change, suspension or discontinuation');
    }
    if (body.hearingOn === undefined && !hasMutant(env, 'sanction-without-hearing')) {
      throw rule('hearing-required', 'hearingOn', '指導指示違反による処分には弁明の機会を与えた日を記録してください（生活保護法第62条第4項）', 'A sanction needs the date of the hearing (Art. 62(4))');
    }
    if (body.hearingOn !== undefined && body.hearingOn > body.decidedOn) {
      throw rule('hearing-after-decision', 'hearingOn', '弁明の機会は決定より前に与えてください', 'The hearing must come before the decision');
    }
  }
  checkFujo(body.fujoBreakdown);
}

/** The undecided change application of this household named in the body (422 unknown / other household, 409 decided). */
function changeApplicationOf(tx: Transaction, id: string, householdId: string): ChangeApplication {
  const ca = tx.get<ChangeApplication>(C.changeApplication, id)?.value;
  if (!ca) throw unknownReference('/body/changeApplicationId', '変更申請', 'change application');
  if (ca.householdId !== householdId) {
    throw rule('change-application-of-another-household', 'changeApplicationId', '他の世帯の変更申請です', 'The change application belongs to another household');
  }
  if (ca.decisionId !== undefined) {
    throw conflict('change-application-decided', { ja: 'この変更申請は既に決定済みです', en: 'The change application has already been decided' });
  }
  return ca;
}

/** createCaseDecision: 変更・停止・停止解除・廃止, or 却下 of a change application (flow case). */
export function createCaseDecision(env: AreaEnv): HogoAdapter['createCaseDecision'] {
  return async ({ path, body }, ctx) =>
    env.store.transact((tx) => {
      const household = loadHousehold(tx, path.householdId).value;
      checkInput(env, body);
      const { type } = body;
      // Seeded defects suspension-refused and resumption-refused: the transition is missing from the table.
      if ((type === 'suspend' && hasMutant(env, 'suspension-refused')) || (type === 'resume' && hasMutant(env, 'resumption-refused'))) {
        throw illegalTransition('case', household.protectionStatus, type);
      }
      const to = type === 'reject' ? household.protectionStatus
        : hasMutant(env, 'illegal-transition-accepted') ? CASE_FLOW[type].to
        : caseTransition(household.protectionStatus, type);
      const ca = body.changeApplicationId !== undefined ? changeApplicationOf(tx, body.changeApplicationId, household.householdId) : undefined;
      const notifiedOn = noticeDate(body);
      const days = ca ? deadline(env, ca.appliedOn, body.decidedOn, notifiedOn, body.delayReason) : {};
      if (body.changeAlertId !== undefined) {
        const alert = tx.get<ChangeAlert>(C.changeAlert, body.changeAlertId)?.value;
        if (!alert) throw unknownReference('/body/changeAlertId', '異動通知', 'change alert');
        if (alert.householdId !== household.householdId) {
          throw rule('change-alert-of-another-household', 'changeAlertId', '他の世帯の異動通知です', 'The change alert concerns another household');
        }
      }
      const amounts = linkCalculation(tx, body.calculationId, household.householdId, env);
      checkApproval(tx, body.approvalId, household.householdId, env);
      const sanction = body.instructionViolation === true;
      const previousDecisionId = type === 'reject' ? undefined : decisionInForce(tx, household.householdId);
      const overwrite = type === 'change' && hasMutant(env, 'decision-overwritten') ? previousDecisionId : undefined;
      const stored = registerDecision(tx, env, ctx, {
        householdId: household.householdId,
        changeApplicationId: body.changeApplicationId,
        type,
        origin: body.origin,
        decidedOn: body.decidedOn,
        notifiedOn,
        effectiveOn: type === 'reject' ? undefined : body.effectiveOn,
        reasonText: body.reasonText,
        delayReason: body.delayReason,
        ...days,
        discontinuationReason: type === 'discontinue' ? body.discontinuationReason : undefined,
        rejectionReason: type === 'reject' ? body.rejectionReason : undefined,
        instructionViolation: sanction,
        hearingOn: sanction ? body.hearingOn : undefined,
        fujoBreakdown: type === 'change' || type === 'resume' ? body.fujoBreakdown : undefined,
        ...(type !== 'reject' && amounts),
        previousDecisionId: overwrite ? undefined : previousDecisionId,
        approvalId: body.approvalId,
        // Seeded defect decision-change-alert-unlinked: the alert that prompted the decision is not kept.
        changeAlertId: hasMutant(env, 'decision-change-alert-unlinked') ? undefined : body.changeAlertId,
      }, { as: overwrite });
      const decision = stored.value;
      // Seeded defect change-application-decision-unlinked: the change application does not keep its decision.
      if (ca && !hasMutant(env, 'change-application-decision-unlinked')) tx.put<ChangeApplication>(C.changeApplication, ca.changeApplicationId, { ...ca, decisionId: decision.decisionId });
      if (type !== 'reject' && type !== 'change') {
        tx.put<Household>(C.household, household.householdId, {
          ...household,
          protectionStatus: to,
          ...(type === 'discontinue' && { endedOn: decision.effectiveOn! }),
        });
      }
      return withEtag(decision.decisionId, stored);
    });
}
