import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { illegalTransition, missing, ruleBroken } from '../../support/refusals.ts';
import { byKeys, compact, householdRecordInPath, memberOr404, staffOf, type Schemas } from '../06-casework/common.ts';

type Support = Schemas['EmploymentSupport'];

export function employmentSupport(env: AreaEnv): Partial<HogoAdapter> {
  return {
    /** 07.2.1, 07.2.2: one active enrolment per member and programme. */
    async enrolEmploymentSupport({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const { household, member } = memberOr404(tx, path.memberId);
        if (body.assessmentId !== undefined) {
          const assessment = tx.get<Schemas['WorkCapacityAssessment']>('WorkCapacityAssessment', body.assessmentId)?.value;
          if (!assessment || assessment.memberId !== member.memberId) {
            throw ruleBroken('unknown-reference', '/body/assessmentId', {
              ja: '指定された稼働能力の判定は当該世帯員のものとして存在しません',
              en: 'The assessment is not an assessment of this member',
            });
          }
        }
        const active = tx
          .all<Support>('EmploymentSupport')
          .find((s) => s.value.memberId === member.memberId && s.value.program === body.program && s.value.status === 'active');
        if (active && !hasMutant(env, 'duplicate-active-enrolment')) throw illegalTransition('employmentSupport', 'active', `同一の支援への重ねての登録（${active.value.supportId}が支援中）`);
        const supportId = newId(tx, 'ES');
        const support: Support = compact({
          supportId,
          memberId: member.memberId,
          householdId: household.householdId,
          program: body.program,
          startedOn: body.startedOn,
          // mutant enrolment-goal-dropped: the goal of the support is not kept
          goal: hasMutant(env, 'enrolment-goal-dropped') ? undefined : body.goal,
          assessmentId: body.assessmentId,
          supportWorker: body.supportWorker,
          status: 'active' as const,
          outcomes: [],
          createdBy: staffOf(ctx),
          createdAt: env.clock.now().toISOString(),
        });
        tx.put('EmploymentSupport', supportId, support);
        return support;
      });
    },

    /** 07.2.3–07.2.5: outcomes appended to an active enrolment; endSupport (or 支援の中止) ends it. */
    async recordEmploymentOutcome({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const support = tx.get<Support>('EmploymentSupport', path.supportId)?.value;
        if (!support) throw missing('就労支援', 'employment-support enrolment');
        if (support.status === 'ended' && !hasMutant(env, 'outcome-after-end-accepted')) throw illegalTransition('employmentSupport', 'ended', '結果の記録');
        if (body.outcomeOn < support.startedOn) {
          throw ruleBroken('outcome-before-start', '/body/outcomeOn', {
            ja: '結果日は支援開始日以後の日としてください',
            en: 'The outcome cannot be dated before the support started',
          });
        }
        if (support.outcomes.length >= 100) {
          throw ruleBroken('too-many-outcomes', '/body/outcome', { ja: '記録できる結果の数を超えています', en: 'No more outcomes can be recorded' });
        }
        // 支援の中止 is the end of the support whether or not endSupport is sent.
        const ends = body.endSupport === true || body.outcome === 'discontinued';
        const outcome = compact({
          outcome: body.outcome,
          outcomeOn: hasMutant(env, 'outcome-date-replaced') ? env.clock.today() : body.outcomeOn,
          employer: body.employer,
          ...(!hasMutant(env, 'outcome-earnings-dropped') && { monthlyEarnings: body.monthlyEarnings, workStatus: body.workStatus }),
          endsSupport: ends,
          note: body.note,
          recordedBy: staffOf(ctx),
          recordedAt: env.clock.now().toISOString(),
        });
        const updated: Support = {
          ...support,
          outcomes: [...support.outcomes, outcome],
          ...(ends ? { status: 'ended' as const, endedOn: body.outcomeOn } : {}),
        };
        tx.put('EmploymentSupport', support.supportId, updated);
        return updated;
      });
    },

    /** 07.2.6: the household's enrolments with their outcomes, newest startedOn first. */
    async listEmploymentSupport({ path, query }) {
      householdRecordInPath(env.store, path.householdId);
      const items = env.store
        .select<Support>('EmploymentSupport', (s) => s.householdId === path.householdId)
        .map((r) => r.value)
        .filter((s) => !query.status || s.status === query.status)
        .sort(byKeys((s) => s.startedOn, (s) => s.createdAt, (s) => s.supportId))
        .reverse()
        .map((s) => (hasMutant(env, 'support-list-without-outcomes') ? { ...s, outcomes: [] } : s));
      return page(items, query);
    },
  };
}
