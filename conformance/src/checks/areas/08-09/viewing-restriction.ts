import { defineCheck } from '../../../engine/registry.ts';
import { plainHousehold } from '../../data/protection.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { dayOf, failIfAny, idOf, monthFromNow, type Fault } from '../../data/setup.ts';

/**
 * 08.3.5: setting a viewing restriction without its reason (DV・虐待等) is refused and leaves the member
 * unrestricted; with a reason it is set. Lifting it needs no reason (the rule is for setting).
 */
export const viewingRestrictionNeedsReason = defineCheck({
  id: 'medical.viewing-restriction-needs-reason',
  title: {
    ja: '閲覧制限の設定には理由（DV・虐待等）の指定が必須で、理由のない設定は拒否される',
    en: 'Setting a viewing restriction requires its reason (DV, abuse …); one without a reason is refused',
  },
  verifies: ['08.3.5'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const { members } = await plainHousehold(ctx, {}, caseworker);
    const memberId = idOf(members[0]);
    const faults: Fault[] = [];
    const restrictedNow = async () => {
      const read = await send(caseworker, 'getMember', { path: { memberId } });
      return isObject(read.body) ? read.body.viewingRestricted : undefined;
    };
    const bare = await send(caseworker, 'setViewingRestriction', { path: { memberId }, body: { restricted: true, requestedOn: dayOf(monthFromNow(-1), 1) } });
    if (bare.status !== 400 && bare.status !== 422) {
      faults.push({ ja: `理由を指定しない閲覧制限の設定が拒否されなかった（setViewingRestriction の状態コード ${bare.status}）`, en: `setting a restriction without a reason was not refused (setViewingRestriction answered ${bare.status})` });
    }
    if ((await restrictedNow()) === true) faults.push({ ja: '拒否されたはずの設定の後、世帯員が閲覧制限ありになっている', en: 'after the refused setting the member is restricted' });
    const withReason = await send(caseworker, 'setViewingRestriction', { path: { memberId }, body: { restricted: true, reason: '2', requestedOn: dayOf(monthFromNow(-1), 1) } });
    if (withReason.status !== 200 || (await restrictedNow()) !== true) {
      faults.push({ ja: `理由（虐待）を指定した閲覧制限が設定されなかった（状態コード ${withReason.status}）`, en: `a restriction with its reason (abuse) was not set (status ${withReason.status})` });
    }
    const lifted = await send(caseworker, 'setViewingRestriction', { path: { memberId }, body: { restricted: false } });
    if (lifted.status !== 200 || (await restrictedNow()) !== false) {
      faults.push({ ja: `理由を要しない閲覧制限の解除ができなかった（状態コード ${lifted.status}）`, en: `lifting the restriction, which needs no reason, failed (status ${lifted.status})` });
    }
    failIfAny(ctx, faults);
  },
});
