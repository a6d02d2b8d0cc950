import { codeLists } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { failIfAny, listAll, type Fault } from '../../data/setup.ts';
import { send } from '../../support/http.ts';
import { clientOf, requireClient, rolesOf, skipForMissing } from '../../support/roles.ts';
import { daysFromToday, isRefusal } from '../../support/steps.ts';
import { EDITIONS, inquire, linkageChange, mustReceive, receive, registeredPerson, resultFor, timeOf } from './support.ts';

const SYSTEMS = Object.keys(codeLists.linkedSystem.codes);

async function linkedSystems(ctx: CheckContext) {
  return listAll(ctx, requireClient(ctx, 'supervisor'), 'listLinkedSystems', {},
    { ja: '連携業務システムの一覧（listLinkedSystems）', en: 'listing the linked systems (listLinkedSystems)' });
}

/**
 * 12.3.1: the eight linked systems are listed, each with its linkage status (available or suspended) and the time
 * data was last received; after a change from the long-term care insurance, its last receipt is no earlier than
 * that change's receipt. (Only read: the check changes no system's status.)
 */
export const linkedSystemsListed = defineCheck({
  id: 'linkage.linked-systems-listed',
  title: {
    ja: '連携する8業務システムの連携状態及び最終受信日時を一覧で確認できる',
    en: 'The eight linked systems are listed with their linkage status and when data was last received',
  },
  verifies: ['12.3.1'],
  editions: EDITIONS,
  async run(ctx) {
    const person = await registeredPerson(ctx);
    const receipt = await mustReceive(ctx, linkageChange(person.addressNumber, 'kaigo', 'ltc-change', daysFromToday(-5), [{ code: 'kaigo-care-level', value: '要介護1' }]));
    const listed = await linkedSystems(ctx);
    const faults: Fault[] = [];
    const codes = listed.map((s) => String(s.system));
    const missing = SYSTEMS.filter((s) => !codes.includes(s));
    if (missing.length > 0) faults.push({ ja: `連携業務システムの一覧に ${missing.join('・')} がない`, en: `the list of linked systems lacks ${missing.join(', ')}` });
    const badStatus = listed.filter((s) => s.status !== 'available' && s.status !== 'suspended');
    if (badStatus.length > 0) {
      faults.push({ ja: `連携状態（連携中・停止中）が示されない業務システムがある（${badStatus.map((s) => String(s.system)).join('・')}）`, en: `some systems show no linkage status (${badStatus.map((s) => String(s.system)).join(', ')})` });
    }
    const badTime = listed.filter((s) => s.lastReceivedAt !== null && Number.isNaN(timeOf(s.lastReceivedAt)));
    if (badTime.length > 0) faults.push({ ja: '最終受信日時が日時で示されない業務システムがある', en: 'some systems show no time of last receipt' });
    const kaigo = listed.find((s) => s.system === 'kaigo');
    if (kaigo && !(timeOf(kaigo.lastReceivedAt) >= timeOf(receipt.receivedAt))) {
      faults.push({
        ja: `介護保険から異動データを受信（${String(receipt.receivedAt)}）した後も、一覧の最終受信日時が ${String(kaigo.lastReceivedAt)}`,
        en: `after a change from kaigo was received (${String(receipt.receivedAt)}) the list still shows its last receipt as ${String(kaigo.lastReceivedAt)}`,
      });
    }
    failIfAny(ctx, faults);
  },
});

/**
 * 12.3.3: a change sent with any staff role (every role of the code list but linkage) is refused and nothing of it
 * is kept (the person's list shows no resident-registry data); the same change sent by the linkage role is received.
 */
export const onlyLinkageRoleSends = defineCheck({
  id: 'linkage.change-only-from-linkage-role',
  title: {
    ja: '異動データは連携の役割による送信に限り受信され、職員の役割による送信は拒否される',
    en: 'Changes are received only from the linkage role; a staff role sending one is refused',
  },
  verifies: ['12.3.3'],
  editions: EDITIONS,
  async run(ctx) {
    const person = await registeredPerson(ctx);
    const change = linkageChange(person.addressNumber, 'jumin', 'address-change', daysFromToday(-5), [{ code: 'jumin-address', value: '見本町九丁目9番9号（試験）' }]);
    const faults: Fault[] = [];
    const untried: string[] = [];
    for (const role of rolesOf(ctx.edition).filter((r) => r !== 'linkage')) {
      const client = clientOf(ctx, role);
      if (!client) {
        untried.push(role);
        continue;
      }
      const answer = await send(client, 'receiveLinkageChange', { body: change });
      if (!isRefusal(answer)) {
        faults.push({ ja: `職員の役割（${role}）による異動データの送信が拒否されなかった（状態コード ${answer.status}）`, en: `a change sent with the staff role ${role} was not refused (status ${answer.status})` });
      }
    }
    const list = await inquire(ctx, 'caseworker', { memberId: person.memberId, purpose: 'review' });
    if (resultFor(list, 'jumin')?.status === 'answered') {
      faults.push({ ja: '職員の役割で送信した異動データが総合照会の情報として保存された', en: 'a change sent with a staff role was kept for inquiries' });
    }
    const byLinkage = await receive(ctx, change);
    if (byLinkage.status !== 201) {
      faults.push({ ja: `連携の役割による同じ異動データの送信が 201 で受信されなかった（状態コード ${byLinkage.status}）`, en: `the same change sent by the linkage role was not received with 201 (status ${byLinkage.status})` });
    }
    failIfAny(ctx, faults);
    skipForMissing(ctx, untried);
  },
});

/**
 * 12.3.5: a change from the resident registry carrying, besides its own item, an item of the national health
 * insurance is refused as a whole: neither item is kept. The same change (same change id) without the foreign item
 * is then received as a first receipt.
 */
export const foreignItemRefused = defineCheck({
  id: 'linkage.change-with-foreign-item-refused',
  title: {
    ja: '送信元の業務システムに属さない項目を含む異動データは、全体が受け付けられずに拒否される',
    en: 'A change with an item that does not belong to the sending system is refused as a whole',
  },
  verifies: ['12.3.5'],
  editions: EDITIONS,
  async run(ctx) {
    const person = await registeredPerson(ctx);
    const own = { code: 'jumin-address', value: '見本町十丁目10番10号（試験）' };
    const change = linkageChange(person.addressNumber, 'jumin', 'address-change', daysFromToday(-5), [own, { code: 'kokuho-status', value: '加入' }]);
    const faults: Fault[] = [];
    const mixed = await receive(ctx, change);
    if (!isRefusal(mixed)) {
      faults.push({ ja: `住民記録からの異動データに国民健康保険の項目を含めたが拒否されなかった（receiveLinkageChange の状態コード ${mixed.status}）`, en: `a resident-registry change carrying a national-health-insurance item was not refused (receiveLinkageChange answered ${mixed.status})` });
    }
    const list = await inquire(ctx, 'caseworker', { memberId: person.memberId, purpose: 'review' });
    const kept = ['jumin', 'kokuho'].filter((system) => resultFor(list, system)?.status === 'answered');
    if (kept.length > 0) {
      faults.push({ ja: `拒否されるべき異動データの項目が保存された（${kept.join('・')} が回答あり）`, en: `items of the change to refuse were kept (${kept.join(', ')} answered)` });
    }
    const clean = await receive(ctx, { ...change, items: [own] });
    if (clean.status !== 201) {
      faults.push({ ja: `同じ異動番号で自らの項目のみの異動データが初回として受信されなかった（状態コード ${clean.status}）`, en: `the same change id with its own item only was not received as a first receipt (status ${clean.status})` });
    }
    failIfAny(ctx, faults);
  },
});
