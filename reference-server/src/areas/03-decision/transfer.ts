import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { caseTransition } from './case-flow.ts';
import { checkApproval, decisionInForce, loadHousehold, noticeDate, registerDecision } from './common.ts';
import { C, type Household } from './types.ts';

/** 廃止の理由 13 他の実施機関への移管 (set only here). */
export const TRANSFER_REASON = '13';

/** transferCase: 移管 to another 実施機関 (法第19条第1項), recorded as a 廃止 with reason 13 (flow case#transfer). */
export function transferCase(env: AreaEnv): HogoAdapter['transferCase'] {
  return async ({ path, body }, ctx) =>
    env.store.transact((tx) => {
      const household = loadHousehold(tx, path.householdId).value;
      const to = household.protectionStatus === 'transferred' && hasMutant(env, 'transferred-case-transferred-again') ? 'transferred' : caseTransition(household.protectionStatus, 'transfer');
      if (body.destinationLgCode === household.lgCode) {
        throw ruleBroken('same-office', '/body/destinationLgCode', {
          ja: '移管先は他の実施機関としてください',
          en: 'The receiving office must be another office',
        });
      }
      if (body.effectiveOn < body.movedOn) {
        throw ruleBroken('ended-before-move', '/body/effectiveOn', {
          ja: '廃止日は転居日以後の日としてください',
          en: 'effectiveOn must not be before movedOn',
        });
      }
      const notifiedOn = noticeDate(body);
      checkApproval(tx, body.approvalId, household.householdId, env);
      const stored = registerDecision(tx, env, ctx, {
        householdId: household.householdId,
        type: 'discontinue',
        origin: 'ex-officio',
        decidedOn: body.decidedOn,
        notifiedOn,
        effectiveOn: body.effectiveOn,
        reasonText: body.reasonText,
        discontinuationReason: TRANSFER_REASON,
        instructionViolation: false,
        previousDecisionId: decisionInForce(tx, household.householdId),
        approvalId: body.approvalId,
        transfer: {
          destinationLgCode: body.destinationLgCode,
          ...(body.destinationOfficeName !== undefined && { destinationOfficeName: body.destinationOfficeName }),
          movedOn: body.movedOn,
          // Seeded defect transfer-notified-date-dropped: the date the receiving office was notified is not kept.
          ...(body.destinationNotifiedOn !== undefined && !hasMutant(env, 'transfer-notified-date-dropped') && { destinationNotifiedOn: body.destinationNotifiedOn }),
        },
      }, { persist: !hasMutant(env, 'transfer-without-discontinuation') });
      tx.put<Household>(C.household, household.householdId, { ...household, protectionStatus: to, endedOn: body.effectiveOn });
      return withEtag(stored.value.decisionId, stored);
    });
}
