import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { withEtag } from '../../support/versions.ts';
import { illegalTransition, missing, ruleBroken } from '../../support/refusals.ts';
import { caseTransition, UNDECIDED_APPLICATION } from './case-flow.ts';
import { checkApproval, checkFujo, deadline, linkCalculation, newCaseNumber, noticeDate, registerDecision } from './common.ts';
import { C, type Application, type Household } from './types.ts';

const required = (field: string, ja: string, en: string) =>
  ruleBroken(`${field}-required`, `/body/${field}`, { ja: `${ja}を記載してください`, en: `${en} is required` });

/** decideApplication: 開始 or 却下 on an application (法第24条第3項〜第7項; flows application#start|reject, case#start|restart). */
export function decideApplication(env: AreaEnv): HogoAdapter['decideApplication'] {
  return async ({ path, body }, ctx) =>
    env.store.transact((tx) => {
      const appRecord = tx.get<Application>(C.application, path.applicationId);
      if (!appRecord) throw missing('申請', 'application');
      const application = appRecord.value;
      if (body.type !== 'start' && body.type !== 'reject') {
        throw ruleBroken('decision-type-not-allowed', '/body/type', {
          ja: '申請に対する決定は開始又は却下に限られます',
          en: 'A decision on an application is either start or reject',
        });
      }
      // 03.1.7 (one decision per application) and 03.1.8 (none on a withdrawn one)
      if (!(UNDECIDED_APPLICATION as readonly string[]).includes(application.status) && !hasMutant(env, 'second-decision-accepted')) {
        throw illegalTransition('application', application.status, body.type);
      }
      const start = body.type === 'start';
      if (start) {
        if (body.effectiveOn === undefined) throw required('effectiveOn', '保護開始日', 'effectiveOn');
        if (body.startReason === undefined) throw required('startReason', '保護開始の主な理由', 'startReason');
        if (!body.fujoBreakdown?.length) throw required('fujoBreakdown', '扶助の種類と程度', 'fujoBreakdown (at least one item)');
        if (body.effectiveOn < application.applicationDate && !hasMutant(env, 'start-before-application-date')) {
          throw ruleBroken('start-before-application', '/body/effectiveOn', {
            ja: `保護の開始日を申請日（${application.applicationDate}）より前の日とすることはできません（生活保護法第7条）`,
            en: `Protection cannot start before the application date (${application.applicationDate})`,
          });
        }
        checkFujo(body.fujoBreakdown);
      } else if (body.rejectionReason === undefined) {
        throw required('rejectionReason', '却下の理由区分', 'rejectionReason');
      }
      const notifiedOn = noticeDate(body);
      const days = deadline(env, application.applicationDate, body.decidedOn, notifiedOn, body.delayReason);
      if (application.householdId === undefined) {
        throw ruleBroken('application-without-household', '/path/applicationId', {
          ja: '申請に世帯が登録されていません。世帯を登録し申請に紐付けてから決定してください',
          en: 'The application is not linked to a household; register and link one first',
        });
      }
      const hhRecord = tx.get<Household>(C.household, application.householdId);
      if (!hhRecord) throw missing('世帯', 'household');
      const household = hhRecord.value;
      const restart = hasMutant(env, 'restart-after-discontinuation-refused') ? [] : (['restart'] as const);
      const to = !start ? undefined : hasMutant(env, 'start-on-open-case-accepted') ? 'protected' : caseTransition(household.protectionStatus, 'start', ...restart);
      const amounts = linkCalculation(tx, body.calculationId, household.householdId, env);
      checkApproval(tx, body.approvalId, household.householdId, env);

      const stored = registerDecision(tx, env, ctx, {
        householdId: household.householdId,
        applicationId: application.applicationId,
        type: body.type,
        origin: 'application',
        // Seeded defect start-decided-on-notice-date: the notice date is recorded as the decision date.
        decidedOn: start && hasMutant(env, 'start-decided-on-notice-date') ? notifiedOn : body.decidedOn,
        notifiedOn,
        effectiveOn: start ? body.effectiveOn : undefined,
        // Seeded defect start-reasons-not-kept: a start is registered without its reasons.
        reasonText: start && hasMutant(env, 'start-reasons-not-kept') ? undefined! : body.reasonText,
        delayReason: body.delayReason,
        ...days,
        // Seeded defects start-reason-dropped, rejection-reason-dropped and fujo-in-kind-recorded-as-cash.
        startReason: start && !hasMutant(env, 'start-reason-dropped') ? body.startReason : undefined,
        rejectionReason: start || hasMutant(env, 'rejection-reason-dropped') ? undefined : body.rejectionReason,
        fujoBreakdown: !start ? undefined
          : hasMutant(env, 'fujo-in-kind-recorded-as-cash') ? body.fujoBreakdown?.map((item) => ({ ...item, inKind: false }))
          : body.fujoBreakdown,
        ...amounts,
        approvalId: body.approvalId,
      });
      const decision = stored.value;
      tx.put<Application>(C.application, application.applicationId, {
        ...application,
        status: start ? 'started' : 'rejected',
        decisionId: decision.decisionId,
        decidedOn: decision.decidedOn,
        decisionNotifiedOn: decision.notifiedOn,
      });
      if (to) {
        const { endedOn: _ended, ...rest } = household;
        tx.put<Household>(C.household, household.householdId, {
          ...rest,
          caseNumber: household.caseNumber ?? newCaseNumber(tx),
          protectionStatus: to,
          // Seeded defect household-start-date-from-decision-date: the decision date becomes the start date.
          startedOn: hasMutant(env, 'household-start-date-from-decision-date') ? body.decidedOn : decision.effectiveOn!,
        });
      }
      return withEtag(decision.decisionId, stored);
    });
}
