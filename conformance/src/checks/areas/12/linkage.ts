import { codeLists } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import { member } from '../../data/fixtures.ts';
import { expectBody } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { dayOf, failIfAny, idOf, listAll, monthFromNow, plainHousehold, protectedHousehold, testAddressNumber, type Fault } from '../../data/setup.ts';
import { alertsOf, EDITIONS, protectedPerson, receive, registeredPerson } from './support.ts';

const LOCATION = ['jumin-address', 'jumin-moved-out-to'];
const NEW_ADDRESS = '見本町二丁目2番2号（試験）';

function addressChange(addressNumber: string, changeId = `conformance-${crypto.randomUUID()}`) {
  return {
    system: 'jumin', changeId, addressNumber, changeType: 'address-change', effectiveDate: dayOf(monthFromNow(0), 1),
    items: [{ code: 'jumin-address', value: NEW_ADDRESS }],
  };
}

/** 12.4.1, 12.4.2, 12.3.2: a change about a member of a protected household raises an alert to its case worker; of an unprotected one, none. */
export const alertOnlyInProtection = defineCheck({
  id: 'linkage.alert-only-for-households-in-protection',
  title: {
    ja: '保護中の世帯の世帯員の異動データを受信すると地区担当員に割り当てたアラートが発生し、保護中でない世帯では発生しない',
    en: 'A change about a member of a protected household raises an alert assigned to its case worker; a change about an unprotected household raises none',
  },
  verifies: ['12.4.1', '12.4.2', '12.3.2'],
  editions: EDITIONS,
  async run(ctx) {
    const inProtection = testAddressNumber();
    const outside = testAddressNumber();
    const fixture = await protectedHousehold(ctx, {
      startOn: dayOf(monthFromNow(-2), 1), members: [{ ...member(), addressNumber: inProtection }], assignedCaseworker: `conformance-cw-${testAddressNumber().slice(-6)}`,
    });
    const plain = await plainHousehold(ctx, { members: [{ ...member(), addressNumber: outside }] });
    const faults: Fault[] = [];
    const first = await receive(ctx, addressChange(inProtection));
    if (first.status !== 201) faults.push({ ja: `異動データの受信が 201 で応答しなかった（状態コード ${first.status}）`, en: `receiving a change did not answer 201 (status ${first.status})` });
    const alerts = await alertsOf(ctx, fixture.householdId);
    const memberId = idOf(fixture.members[0]);
    if (alerts.length !== 1) {
      faults.push({ ja: `保護中の世帯の世帯員の異動でアラートが ${alerts.length} 件（1件であるべき）`, en: `a change about a member of a protected household raised ${alerts.length} alerts (expected 1)` });
    } else {
      const alert = alerts[0]!;
      if (alert.memberId !== memberId || alert.status !== 'open') {
        faults.push({ ja: 'アラートの世帯員・状態が異なる', en: `the alert names another member or is not open (${String(alert.memberId)}, ${String(alert.status)})` });
      }
      const caseworker = fixture.household.assignedCaseworker;
      if (typeof caseworker === 'string' && caseworker !== '') {
        if (alert.assignedTo !== caseworker) {
          faults.push({ ja: `アラートが地区担当員（${caseworker}）ではなく ${String(alert.assignedTo)} に割り当てられた`, en: `the alert is assigned to ${String(alert.assignedTo)}, not the household's case worker ${caseworker}` });
        }
        const mine = await listAll(ctx, requireClient(ctx, 'supervisor'), 'listChangeAlerts', { assignedTo: caseworker, status: 'open', householdId: fixture.householdId },
          { ja: '地区担当員ごとの未確認アラートの一覧', en: "listing the case worker's open alerts" });
        if (!mine.some((a) => a.alertId === alert.alertId)) faults.push({ ja: '地区担当員ごとの未確認アラートの一覧にアラートがない', en: "the alert is missing from the case worker's open alerts" });
      } else {
        ctx.note('The household has no assignedCaseworker; the assignment of the alert was not compared.');
      }
    }
    const second = await receive(ctx, addressChange(outside));
    if (second.status !== 201) faults.push({ ja: `保護中でない世帯の異動データの受信が 201 で応答しなかった（状態コード ${second.status}）`, en: `receiving a change about an unprotected household did not answer 201 (status ${second.status})` });
    const none = await alertsOf(ctx, plain.householdId);
    if (none.length > 0) {
      faults.push({ ja: `保護中でない世帯の世帯員の異動でアラートが ${none.length} 件発生した`, en: `a change about a member of an unprotected household raised ${none.length} alerts` });
    }
    failIfAny(ctx, faults);
  },
});

/** 12.3.4: the same change (system × change id) received again is answered as a duplicate and raises nothing. */
export const duplicateChangeIgnored = defineCheck({
  id: 'linkage.duplicate-change-ignored',
  title: {
    ja: '同一の業務システム・異動番号の異動データの再受信は重複として応答され、アラートを再発生させない',
    en: 'A change re-sent with the same system and change id is answered as a duplicate and raises no second alert',
  },
  verifies: ['12.3.4'],
  editions: EDITIONS,
  async run(ctx) {
    const { addressNumber, householdId } = await protectedPerson(ctx);
    const change = addressChange(addressNumber);
    const faults: Fault[] = [];
    const first = await receive(ctx, change);
    if (first.status !== 201) return ctx.fail({ ja: `異動データの受信が 201 で応答しなかった（状態コード ${first.status}）`, en: `receiving a change did not answer 201 (status ${first.status})` });
    const once = await alertsOf(ctx, householdId);
    const again = await receive(ctx, change);
    if (again.status !== 200 || !isObject(again.body) || again.body.duplicate !== true) {
      faults.push({ ja: `再送した異動データが重複（200、duplicate: true）として応答されなかった（状態コード ${again.status}）`, en: `the re-sent change was not answered as a duplicate (200, duplicate: true) (status ${again.status})` });
    }
    const twice = await alertsOf(ctx, householdId);
    if (once.length !== 1 || twice.length !== once.length) {
      faults.push({ ja: `アラートが初回受信後 ${once.length} 件、再送後 ${twice.length} 件（1件のままであるべき）`, en: `${once.length} alerts after the first receipt and ${twice.length} after the re-sent one (expected 1 and 1)` });
    }
    failIfAny(ctx, faults);
  },
});

function locationValues(inquiry: unknown): string[] {
  if (!isObject(inquiry) || !Array.isArray(inquiry.results)) return [];
  const values: string[] = [];
  for (const result of inquiry.results.filter(isObject)) {
    for (const item of Array.isArray(result.items) ? result.items.filter(isObject) : []) {
      if (LOCATION.includes(String(item.code)) && item.value !== undefined && item.value !== null && item.value !== '') values.push(String(item.value));
    }
  }
  return values;
}

/** 12.2.2 (prohibited), 12.2.1, 12.1.1: a restricted member's address is flagged and withheld from roles other than caseworker, supervisor, manager. */
export const restrictedAddressWithheld = defineCheck({
  id: 'linkage.restricted-address-withheld',
  title: {
    ja: '閲覧制限が設定された者の総合照会では、閲覧制限が表示され、住所・転出先住所が地区担当員・査察指導員・課長以外に表示されない',
    en: "An inquiry on a viewing-restricted person is flagged, and the address items are withheld from roles other than case worker, supervisor and manager",
  },
  verifies: ['12.2.2', '12.2.1', '12.1.1'],
  editions: EDITIONS,
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const caseworker = requireClient(ctx, 'caseworker');
    const { addressNumber, memberId } = await registeredPerson(ctx);
    const received = await receive(ctx, addressChange(addressNumber));
    if (received.status !== 201) return ctx.fail({ ja: `異動データの受信が 201 で応答しなかった（状態コード ${received.status}）`, en: `receiving a change did not answer 201 (status ${received.status})` });
    const set = await send(caseworker, 'setViewingRestriction', { path: { memberId }, body: { restricted: true, reason: '1', note: '配偶者からの暴力のため（試験）' } });
    if (set.status !== 200) return ctx.fail({ ja: `閲覧制限の設定が 200 で応答しなかった（状態コード ${set.status}）`, en: `setting the viewing restriction did not answer 200 (status ${set.status})` });
    const faults: Fault[] = [];

    const byCaseworker = expectBody(ctx, await send(caseworker, 'createComprehensiveInquiry', { body: { memberId, purpose: 'review' } }), 201,
      { ja: '地区担当員の総合照会（createComprehensiveInquiry）', en: "the case worker's inquiry (createComprehensiveInquiry)" });
    const jumin = Array.isArray(byCaseworker.results) ? byCaseworker.results.filter(isObject).find((r) => r.system === 'jumin') : undefined;
    if (!jumin || jumin.status !== 'answered') faults.push({ ja: '受信した住民記録の情報が総合照会で回答ありとされない', en: 'the resident-registry data received is not answered in the inquiry' });
    // 12.1.1: one inquiry (no systems chosen) gives one result for each of the eight linked systems.
    const systems = (Array.isArray(byCaseworker.results) ? byCaseworker.results.filter(isObject) : []).map((r) => String(r.system)).sort().join(',');
    const eight = Object.keys(codeLists.linkedSystem.codes).sort().join(',');
    if (systems !== eight) {
      faults.push({ ja: `調査リストが8業務ごとに一件ずつの照会結果でない（${systems}）`, en: `the list does not hold one result for each of the eight systems (${systems})` });
    }
    if (byCaseworker.viewingRestricted !== true) faults.push({ ja: '閲覧制限の者の調査リストに閲覧制限の表示がない', en: 'the list of a restricted person is not flagged as restricted' });

    const byIntake = await send(intake, 'createComprehensiveInquiry', { body: { memberId, purpose: 'review' } });
    if (byIntake.status !== 201) faults.push({ ja: `面接相談員の総合照会が 201 で応答しなかった（状態コード ${byIntake.status}）`, en: `the intake worker's inquiry did not answer 201 (status ${byIntake.status})` });
    else {
      if (isObject(byIntake.body) && byIntake.body.viewingRestricted !== true) faults.push({ ja: '面接相談員への調査リストに閲覧制限の表示がない', en: "the intake worker's list is not flagged as restricted" });
      if (locationValues(byIntake.body).length > 0 || byIntake.text.includes(NEW_ADDRESS)) {
        faults.push({ ja: '閲覧制限の者の住所が面接相談員に表示された（照会の応答）', en: "the restricted person's address was shown to the intake worker (inquiry answer)" });
      }
    }
    const stored = await send(intake, 'getComprehensiveInquiry', { path: { inquiryId: String(byCaseworker.inquiryId) } });
    if (stored.status === 200 && (locationValues(stored.body).length > 0 || stored.text.includes(NEW_ADDRESS))) {
      faults.push({ ja: '閲覧制限の者の住所が面接相談員に表示された（調査リストの照会）', en: "the restricted person's address was shown to the intake worker (reading the stored list)" });
    }
    failIfAny(ctx, faults);
  },
});

/** 12.1.8: the stored 調査リスト stays as made when the linked data changes later. */
export const inquiryListStored = defineCheck({
  id: 'linkage.inquiry-list-stored-as-made',
  title: {
    ja: '保存された調査リストは、照会後に受信した異動データで変わらない',
    en: 'A stored investigation list does not change when linked data changes after the inquiry',
  },
  verifies: ['12.1.8', '12.1.6'],
  editions: EDITIONS,
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const { addressNumber, memberId } = await registeredPerson(ctx);
    const first = await receive(ctx, addressChange(addressNumber));
    if (first.status !== 201) return ctx.fail({ ja: `異動データの受信が 201 で応答しなかった（状態コード ${first.status}）`, en: `receiving a change did not answer 201 (status ${first.status})` });
    const made = expectBody(ctx, await send(caseworker, 'createComprehensiveInquiry', { body: { memberId, purpose: 'review', note: '定期の調査（試験）' } }), 201,
      { ja: '総合照会（createComprehensiveInquiry）', en: 'the inquiry (createComprehensiveInquiry)' });
    const later = { ...addressChange(addressNumber), items: [{ code: 'jumin-address', value: '見本町三丁目3番3号（試験・後日）' }] };
    const second = await receive(ctx, later);
    if (second.status !== 201) return ctx.fail({ ja: `2件目の異動データの受信が 201 で応答しなかった（状態コード ${second.status}）`, en: `receiving the second change did not answer 201 (status ${second.status})` });
    const stored = expectBody(ctx, await send(caseworker, 'getComprehensiveInquiry', { path: { inquiryId: String(made.inquiryId) } }), 200,
      { ja: '保存された調査リストの照会（getComprehensiveInquiry）', en: 'reading the stored list (getComprehensiveInquiry)' });
    const faults: Fault[] = [];
    if (JSON.stringify(stored.results) !== JSON.stringify(made.results)) {
      faults.push({ ja: '照会後の異動データの受信で、保存された調査リストの内容が変わった', en: 'the stored list changed after a later change was received' });
    }
    if (stored.purpose !== 'review' || typeof stored.requestedBy !== 'string' || typeof stored.requestedAt !== 'string') {
      faults.push({ ja: '照会目的・照会者・照会日時が記録されていない', en: 'the purpose, requester or time of the inquiry is not recorded' });
    }
    failIfAny(ctx, faults);
  },
});
