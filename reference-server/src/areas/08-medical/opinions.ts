/** 医療要否意見書 (08.1): recorded per member; the expected period must not end before it begins. */
import type { HogoAdapter, components } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { findMember } from '../../support/households.ts';
import { missing, ruleBroken } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';

export type MedicalOpinion = components['schemas']['MedicalOpinion'];

export function opinionOperations(env: AreaEnv): Pick<HogoAdapter, 'createMedicalOpinion'> {
  return {
    async createMedicalOpinion({ path, body }) {
      return env.store.transact((tx) => {
        const found = findMember(tx, path.memberId);
        if (!found) throw missing('世帯員', 'member');
        if (body.periodTo < body.periodFrom && !hasMutant(env, 'opinion-period-reversed')) {
          throw ruleBroken('period-reversed', '/body/periodTo', {
            ja: `見込期間の終期（${body.periodTo}）が始期（${body.periodFrom}）より前です。`,
            en: `The expected period ends (${body.periodTo}) before it begins (${body.periodFrom}).`,
          });
        }
        const opinionId = newId(tx, 'MO');
        const opinion: MedicalOpinion = {
          opinionId,
          memberId: found.member.memberId,
          householdId: found.record.value.householdId,
          ...body,
          ...(hasMutant(env, 'opinion-received-on-from-clock') && { receivedOn: env.clock.today() }),
          recordedAt: env.clock.now().toISOString(),
        };
        return withEtag(opinionId, tx.put('MedicalOpinion', opinionId, opinion));
      });
    },
  };
}
