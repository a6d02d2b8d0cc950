import { conflict, type HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { assertMembersOf, householdRecordInPath, staffOf, type Household, type Schemas } from '../06-casework/common.ts';

type Benefit = Schemas['EmploymentIndependenceBenefit'];
type Decision = Schemas['Decision'];

/** Upper limit of 就労自立給付金 by household size (07.4.4; figures [B], see the schema). */
export const SINGLE_LIMIT = 100_000;
export const MULTI_LIMIT = 150_000;

/** Members who were still in the household on the date the discontinuation took effect. */
function membersOn(household: Household, date: string): number {
  return household.members.filter((m) => !m.leftOn || m.leftOn > date).length;
}

export function benefit(env: AreaEnv): Partial<HogoAdapter> {
  return {
    /** 07.4.1–07.4.5: tied to this household's discontinuation decision, once, within the upper limit. */
    async grantEmploymentIndependenceBenefit({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = householdRecordInPath(tx, path.householdId).value;
        assertMembersOf(household, [body.memberId], '/body/memberId');
        const decision = tx.get<Decision>('Decision', body.discontinuationDecisionId)?.value;
        if (!decision || decision.householdId !== household.householdId || decision.type !== 'discontinue' || decision.transfer !== undefined) {
          throw ruleBroken('not-a-discontinuation', '/body/discontinuationDecisionId', {
            ja: '指定された決定は当該世帯の保護の廃止決定ではありません',
            en: 'The decision is not a discontinuation decision of this household',
          });
        }
        const granted = tx.select<Benefit>('EmploymentIndependenceBenefit', (b) => b.discontinuationDecisionId === decision.decisionId)[0];
        if (granted && !hasMutant(env, 'independence-benefit-twice')) {
          throw conflict('already-granted', {
            ja: `同一の廃止決定に基づく就労自立給付金の支給決定（${granted.value.benefitId}）が既にあります`,
            en: `A grant (${granted.value.benefitId}) already exists for this discontinuation decision`,
          });
        }
        const upperLimit = membersOn(household, decision.effectiveOn ?? decision.decidedOn) <= 1 ? SINGLE_LIMIT : MULTI_LIMIT;
        if (body.amount > upperLimit && !hasMutant(env, 'independence-benefit-cap-removed')) {
          throw ruleBroken('over-upper-limit', '/body/amount', {
            ja: `支給額が上限額（${upperLimit.toLocaleString('ja-JP')}円）を超えています`,
            en: `The amount exceeds the upper limit of ${upperLimit} yen`,
          });
        }
        const benefitId = newId(tx, 'EB');
        const grant: Benefit = {
          benefitId,
          householdId: household.householdId,
          memberId: body.memberId,
          discontinuationDecisionId: decision.decisionId,
          employer: body.employer,
          employmentStartedOn: hasMutant(env, 'independence-benefit-work-date-unrecorded') ? body.grantedOn : body.employmentStartedOn,
          // mutant independence-benefit-grant-date-replaced: the grant is dated the day it is recorded
          grantedOn: hasMutant(env, 'independence-benefit-grant-date-replaced') ? env.clock.today() : body.grantedOn,
          amount: body.amount,
          upperLimit,
          createdBy: staffOf(ctx),
          createdAt: env.clock.now().toISOString(),
        };
        tx.put('EmploymentIndependenceBenefit', benefitId, grant);
        return grant;
      });
    },
  };
}
