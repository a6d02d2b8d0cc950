import type { HogoAdapter } from '@hogo-kit/sdk';
import type { Reader } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { addDays } from '../../support/clock.ts';
import { newId } from '../../support/ids.ts';
import { conflict } from '@hogo-kit/sdk';
import { missing, ruleBroken } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { loadHousehold } from './common.ts';
import { C, type ChangeApplication, type Decision } from './types.ts';

/** The change application as seen on asOf (法第24条第5項・第7項・第9項): due dates, overdue and みなし却下. */
export function changeApplicationAsOf(store: Reader, ca: ChangeApplication, asOf: string, env?: AreaEnv): ChangeApplication {
  // Seeded defect change-application-due-date-first-day-counted: the 14 days count the application date (初日算入).
  const decisionDueDate = addDays(ca.appliedOn, env && hasMutant(env, 'change-application-due-date-first-day-counted') ? 13 : 14);
  const extendedDecisionDueDate = addDays(ca.appliedOn, 30);
  const notifiedOn = ca.decisionId ? store.get<Decision>(C.decision, ca.decisionId)?.value.notifiedOn : undefined;
  const undecided = notifiedOn === undefined || notifiedOn > asOf;
  return {
    ...ca,
    decisionDueDate,
    extendedDecisionDueDate,
    asOf,
    decisionOverdue: undecided && asOf > decisionDueDate,
    // Seeded defect change-application-deemed-rejected-on-day-30: day 30 itself is shown as a deemed rejection.
    deemedRejected: undecided && (env && hasMutant(env, 'change-application-deemed-rejected-on-day-30') ? asOf >= extendedDecisionDueDate : asOf > extendedDecisionDueDate),
  };
}

/** createChangeApplication: 変更申請の受付 (法第24条第9項). */
export function createChangeApplication(env: AreaEnv): HogoAdapter['createChangeApplication'] {
  return async ({ path, body }, ctx) =>
    env.store.transact((tx) => {
      const household = loadHousehold(tx, path.householdId).value;
      if (household.protectionStatus !== 'protected' && household.protectionStatus !== 'suspended') {
        throw conflict('not-in-protection', {
          ja: `保護中又は停止中の世帯でないため変更申請を受け付けられません（現在: ${household.protectionStatus}）`,
          en: `Only a protected or suspended household can apply for a change (now ${household.protectionStatus})`,
        });
      }
      if (body.applicantMemberId !== undefined && !household.members.some((m) => m.memberId === body.applicantMemberId)) {
        throw ruleBroken('applicant-not-member', '/body/applicantMemberId', {
          ja: '申請者がこの世帯の世帯員ではありません',
          en: 'The applicant is not a member of this household',
        });
      }
      const today = env.clock.today();
      if (body.appliedOn > today) {
        throw ruleBroken('applied-in-future', '/body/appliedOn', { ja: '申請日が未来の日付です', en: 'appliedOn is in the future' });
      }
      const id = newId(tx, 'CA');
      const ca = changeApplicationAsOf(tx, {
        changeApplicationId: id,
        householdId: household.householdId,
        // Seeded defect change-application-dated-on-receipt: the registration date is kept as the application date.
        appliedOn: hasMutant(env, 'change-application-dated-on-receipt') ? today : body.appliedOn,
        ...(body.applicantMemberId !== undefined && { applicantMemberId: body.applicantMemberId }),
        content: body.content,
        ...(body.fujoTypes !== undefined && { fujoTypes: body.fujoTypes }),
        receivedBy: ctx.principal.staffId,
        createdAt: env.clock.now().toISOString(),
      } as ChangeApplication, today, env);
      return withEtag(id, tx.put(C.changeApplication, id, ca));
    });
}

/** getChangeApplication: the change application with its derived deadlines for asOf (default today). */
export function getChangeApplication(env: AreaEnv): HogoAdapter['getChangeApplication'] {
  return async ({ path, query }) => {
    const record = env.store.get<ChangeApplication>(C.changeApplication, path.changeApplicationId);
    if (!record) throw missing('変更申請', 'change application');
    return withEtag(path.changeApplicationId, record, changeApplicationAsOf(env.store, record.value, query.asOf ?? env.clock.today(), env));
  };
}
