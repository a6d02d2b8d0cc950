import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { compact, memberOr404, staffOf, type Schemas } from '../06-casework/common.ts';

type Assessment = Schemas['WorkCapacityAssessment'];

export function workCapacity(env: AreaEnv): Partial<HogoAdapter> {
  return {
    /** 07.1.1–07.1.4: the three elements of 稼働能力の活用 and the grounds of the judgement. */
    async createWorkCapacityAssessment({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const { household, member } = memberOr404(tx, path.memberId);
        if (body.capacity !== 'none' && !hasMutant(env, 'capacity-elements-optional')) {
          for (const field of ['willingness', 'jobOpportunity'] as const) {
            if (body[field] === undefined) {
              throw ruleBroken('element-required', `/body/${field}`, {
                ja: `稼働能力があると判定するときは${field === 'willingness' ? '活用の意思の有無' : '就労の場の有無'}を記録してください`,
                en: `${field} is required when the member is able to work`,
              });
            }
          }
        }
        if (body.capacity === 'none' && body.utilisation === 'notMet' && !hasMutant(env, 'no-capacity-not-met')) {
          throw ruleBroken('utilisation-inconsistent', '/body/utilisation', {
            ja: '稼働能力がないと判定した世帯員について、活用の要件を欠くとする判定はできません',
            en: 'A member unable to work meets the work-capacity requirement',
          });
        }
        if (body.medicalOpinionId !== undefined) {
          const opinion = tx.get<Schemas['MedicalOpinion']>('MedicalOpinion', body.medicalOpinionId)?.value;
          if (!opinion || opinion.memberId !== member.memberId) {
            throw ruleBroken('unknown-reference', '/body/medicalOpinionId', {
              ja: '指定された医療要否意見書は当該世帯員のものとして存在しません',
              en: 'The medical opinion is not an opinion about this member',
            });
          }
        }
        const assessmentId = newId(tx, 'WA');
        const grounded = hasMutant(env, 'assessment-grounds-dropped') ? { ...body, qualifications: undefined, workHistory: undefined } : body;
        // mutant assessment-date-replaced: the assessment is dated the day it is recorded, not the day of the judgement
        const recorded = hasMutant(env, 'assessment-date-replaced') ? { ...grounded, assessedOn: env.clock.today() } : grounded;
        const assessment: Assessment = compact({
          assessmentId,
          memberId: member.memberId,
          householdId: household.householdId,
          ...recorded,
          assessedBy: staffOf(ctx),
          createdAt: env.clock.now().toISOString(),
        });
        tx.put('WorkCapacityAssessment', assessmentId, assessment);
        return assessment;
      });
    },
  };
}
