import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { withEtag } from '../../support/versions.ts';
import { caseTransition } from './case-flow.ts';
import { checkApproval, checkFujo, linkCalculation, loadHousehold, newCaseNumber, noticeDate, registerDecision } from './common.ts';
import { C, type Household } from './types.ts';

/** startExOfficio: 急迫時の職権による保護の開始 (法第25条第1項, 第7条ただし書; flow case#exOfficioStart). */
export function startExOfficio(env: AreaEnv): HogoAdapter['startExOfficio'] {
  return async ({ path, body }, ctx) =>
    env.store.transact((tx) => {
      const household = loadHousehold(tx, path.householdId).value;
      const to = hasMutant(env, 'ex-officio-start-on-open-case') ? 'protected' : caseTransition(household.protectionStatus, 'exOfficioStart');
      const notifiedOn = noticeDate(body);
      checkFujo(body.fujoBreakdown);
      const amounts = linkCalculation(tx, body.calculationId, household.householdId, env);
      checkApproval(tx, body.approvalId, household.householdId, env);
      const stored = registerDecision(tx, env, ctx, {
        householdId: household.householdId,
        type: 'start',
        // Seeded defect ex-officio-start-origin-application: the ex-officio start is recorded as on application.
        origin: hasMutant(env, 'ex-officio-start-origin-application') ? 'application' : 'ex-officio',
        decidedOn: body.decidedOn,
        notifiedOn,
        effectiveOn: body.effectiveOn,
        reasonText: body.reasonText,
        urgencyText: hasMutant(env, 'ex-officio-urgency-dropped') ? undefined : body.urgencyText,
        startReason: body.startReason,
        fujoBreakdown: body.fujoBreakdown,
        ...amounts,
        approvalId: body.approvalId,
      });
      const { endedOn: _ended, ...rest } = household;
      tx.put<Household>(C.household, household.householdId, {
        ...rest,
        caseNumber: household.caseNumber ?? newCaseNumber(tx),
        protectionStatus: to,
        startedOn: body.effectiveOn,
      });
      return withEtag(stored.value.decisionId, stored);
    });
}
