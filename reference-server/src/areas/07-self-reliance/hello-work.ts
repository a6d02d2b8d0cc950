import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { compact, memberOr404, staffOf, type Schemas } from '../06-casework/common.ts';

type Referral = Schemas['HelloWorkReferral'];

export function helloWork(env: AreaEnv): Partial<HogoAdapter> {
  return {
    /** 07.3.1–07.3.3: a request to Hello Work, only with the member's consent, linked to their enrolment. */
    async createHelloWorkReferral({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const { household, member } = memberOr404(tx, path.memberId);
        if (!body.consentObtained && !hasMutant(env, 'referral-without-consent')) {
          throw ruleBroken('consent-required', '/body/consentObtained', {
            ja: '本人の同意を得ていない世帯員について、ハローワークへの支援要請は登録できません',
            en: "A referral to Hello Work needs the member's consent",
          });
        }
        if (body.consentOn !== undefined && body.consentOn > body.referredOn) {
          throw ruleBroken('consent-after-referral', '/body/consentOn', {
            ja: '同意日は要請日以前の日としてください（同意を得てから要請すること）',
            en: 'Consent must be obtained on or before the date of the request',
          });
        }
        if (body.supportId !== undefined) {
          const support = tx.get<Schemas['EmploymentSupport']>('EmploymentSupport', body.supportId)?.value;
          if (!support || (support.memberId !== member.memberId && !hasMutant(env, 'referral-enrolment-of-another-member'))) {
            throw ruleBroken('unknown-reference', '/body/supportId', {
              ja: '指定された就労支援は当該世帯員のものとして存在しません',
              en: 'The enrolment is not an enrolment of this member',
            });
          }
        }
        const referralId = newId(tx, 'HW');
        const referral: Referral = compact({
          referralId,
          memberId: member.memberId,
          householdId: household.householdId,
          // mutant referral-date-replaced: the request is dated the day it is recorded, not the day it was made
          referredOn: hasMutant(env, 'referral-date-replaced') ? env.clock.today() : body.referredOn,
          helloWorkOffice: body.helloWorkOffice,
          consentObtained: body.consentObtained,
          consentOn: body.consentOn,
          supportId: body.supportId,
          note: body.note,
          referredBy: staffOf(ctx),
          createdAt: env.clock.now().toISOString(),
        });
        tx.put('HelloWorkReferral', referralId, referral);
        return referral;
      });
    },
  };
}
