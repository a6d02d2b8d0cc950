import { defineCheck } from '../../../engine/registry.ts';
import { failIfAny, type Fault } from '../../data/setup.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { daysFromToday } from '../../support/steps.ts';
import { EDITIONS, inquire, linkageChange, receive, registeredPerson, resultFor } from './support.ts';

/** The linked system the check suspends (and resumes before it ends). */
const SYSTEM = 'jumin';
const REASON = '適合性試験のための一時停止（試験後に再開）';

const change = (addressNumber: string) => linkageChange(addressNumber, SYSTEM, 'address-change', daysFromToday(-3), [{ code: 'jumin-status', value: '住民' }]);

/**
 * 12.1.3, 12.3.6: the administrator suspends one linked system; while suspended, its changes are refused and the
 * 調査リスト shows it as 照会不能 with the reason (not 該当なし); resumed, its changes are received again. The linkage
 * status is shared by every other check, so this one runs alone and always resumes the system before it ends.
 */
export const suspendAndResume = defineCheck({
  id: 'linkage.suspension-refuses-changes-and-shows-unavailable',
  title: {
    ja: '連携を停止した業務システムは異動データの受信を拒否し、調査リストに「照会不能」と理由を示し、再開後は受信する',
    en: 'A suspended linked system has its changes refused and is shown as unavailable with the reason; resumed, its changes are received',
  },
  verifies: ['12.1.3', '12.3.6'],
  editions: EDITIONS,
  exclusive: true,
  async run(ctx) {
    const admin = requireClient(ctx, 'system-admin');
    const person = await registeredPerson(ctx);
    const faults: Fault[] = [];
    const status = (body: { status: string; reason: string }) => send(admin, 'setLinkedSystemStatus', { path: { systemCode: SYSTEM }, body });
    const suspended = await status({ status: 'suspended', reason: REASON });
    if (suspended.status !== 200) ctx.fail({ ja: `連携の停止（setLinkedSystemStatus）が 200 で応答しない（${suspended.status}）`, en: `suspending the linkage (setLinkedSystemStatus) did not answer 200 (${suspended.status})` });
    try {
      const refused = await receive(ctx, change(person.addressNumber));
      if (refused.status !== 409) faults.push({ ja: `停止中の業務システムからの異動データが 409 で拒否されない（${refused.status}）`, en: `a change from the suspended system was not refused with 409 (${refused.status})` });
      const list = await inquire(ctx, 'caseworker', { memberId: person.memberId, purpose: 'review' });
      const result = resultFor(list, SYSTEM);
      if (result?.status !== 'unavailable') faults.push({ ja: `停止中の業務システムが調査リストで「照会不能」と表示されない（${String(result?.status)}）`, en: `the suspended system is not shown as unavailable (${String(result?.status)})` });
      else if (typeof result.reason !== 'string' || !result.reason.includes(REASON)) faults.push({ ja: '「照会不能」に停止の理由が示されない', en: 'the unavailable result does not give the reason for the suspension' });
      const systems = await send(admin, 'listLinkedSystems', { query: { limit: 100 } });
      const shown = isObject(systems.body) && Array.isArray(systems.body.items) ? systems.body.items.find((s) => isObject(s) && s.system === SYSTEM) : undefined;
      if (!isObject(shown) || shown.status !== 'suspended') faults.push({ ja: '連携業務システムの一覧で停止中と示されない', en: 'the list of linked systems does not show the system suspended' });
    } finally {
      const resumed = await status({ status: 'available', reason: '適合性試験の終了による再開' });
      if (resumed.status !== 200) faults.push({ ja: `連携の再開が 200 で応答しない（${resumed.status}）`, en: `resuming the linkage did not answer 200 (${resumed.status})` });
    }
    const received = await receive(ctx, change(person.addressNumber));
    if (received.status !== 201) faults.push({ ja: `再開後の異動データが受信されない（${received.status}）`, en: `a change after resuming was not received (${received.status})` });
    failIfAny(ctx, faults);
  },
});
