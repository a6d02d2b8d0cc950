import { defineCheck } from '../../../engine/registry.ts';
import { failIfAny, type Fault } from '../../data/setup.ts';
import { daysFromToday } from '../../support/steps.ts';
import { EDITIONS, inquire, itemFor, linkageChange, mustReceive, registeredPerson, resultFor, resultsOf } from './support.ts';

const FIRST_ADDRESS = '見本町七丁目7番7号（試験）';
const NEXT_ADDRESS = '見本町八丁目8番8号（試験）';

/**
 * Option 12.1.9: an inquiry asking only the resident registry and the national health insurance lists exactly
 * those two systems, and nothing of the other six (the person is known to the resident registry and the
 * inhabitant tax, so leaving the inhabitant tax out is seen).
 */
export const chosenSystemsOnly = defineCheck({
  id: 'linkage.inquiry-chosen-systems-only',
  title: {
    ja: '照会対象として選択した業務システムの照会結果のみが調査リストに表示される',
    en: 'The investigation list shows the results of the chosen systems only',
  },
  verifies: ['12.1.9'],
  editions: EDITIONS,
  async run(ctx) {
    const person = await registeredPerson(ctx);
    await mustReceive(ctx, linkageChange(person.addressNumber, 'jumin', 'address-change', daysFromToday(-10), [{ code: 'jumin-address', value: FIRST_ADDRESS }]));
    await mustReceive(ctx, linkageChange(person.addressNumber, 'juminzei', 'income-change', daysFromToday(-10), [{ code: 'juminzei-tax-status', value: '非課税' }]));
    const list = await inquire(ctx, 'caseworker', { memberId: person.memberId, purpose: 'review', systems: ['kokuho', 'jumin'] });
    const shown = resultsOf(list).map((r) => String(r.system)).sort();
    const faults: Fault[] = [];
    if (JSON.stringify(shown) !== JSON.stringify(['jumin', 'kokuho'])) {
      faults.push({ ja: `住民記録と国民健康保険を選択したが、調査リストに ${shown.join('・') || '結果なし'} が表示された`, en: `jumin and kokuho were chosen but the list shows ${shown.join(', ') || 'no result'}` });
    }
    if (resultFor(list, 'jumin')?.status !== 'answered') faults.push({ ja: '選択した住民記録が「回答あり」とされない', en: 'the chosen resident registry is not answered' });
    failIfAny(ctx, faults);
  },
});

/**
 * Option 12.1.10: between two inquiries on the same person the resident registry reports a new address; on the
 * second list the address is marked as changed since the previous inquiry and the unchanged resident status is not.
 */
export const changesSincePrevious = defineCheck({
  id: 'linkage.inquiry-changes-since-previous',
  title: {
    ja: '同一の対象者に対する前回の総合照会以降に値が変わった項目が調査リスト上で識別でき、変わらない項目は変更とされない',
    en: 'Items whose value changed since the previous inquiry on the same person are marked; unchanged ones are not',
  },
  verifies: ['12.1.10'],
  editions: EDITIONS,
  async run(ctx) {
    const person = await registeredPerson(ctx);
    await mustReceive(ctx, linkageChange(person.addressNumber, 'jumin', 'address-change', daysFromToday(-30), [
      { code: 'jumin-status', value: '住民' }, { code: 'jumin-address', value: FIRST_ADDRESS },
    ]));
    const body = { memberId: person.memberId, purpose: 'review' };
    const first = await inquire(ctx, 'caseworker', body);
    await mustReceive(ctx, linkageChange(person.addressNumber, 'jumin', 'address-change', daysFromToday(-3), [{ code: 'jumin-address', value: NEXT_ADDRESS }]));
    const second = await inquire(ctx, 'caseworker', body);
    const result = resultFor(second, 'jumin');
    const address = itemFor(result, 'jumin-address');
    const status = itemFor(result, 'jumin-status');
    const faults: Fault[] = [];
    if (address?.value !== NEXT_ADDRESS) faults.push({ ja: '2回目の調査リストに後から受信した住所がない', en: 'the second list does not show the address received later' });
    if (address?.changedSincePreviousInquiry !== true) {
      faults.push({ ja: `前回の総合照会（${String(first.inquiryId)}）以降に変わった住所が変更として識別されない`, en: `the address changed since the previous inquiry (${String(first.inquiryId)}) is not marked as changed` });
    }
    if (!status) faults.push({ ja: '2回目の調査リストに住民状態がない', en: 'the second list does not show the resident status' });
    else if (status.changedSincePreviousInquiry === true) {
      faults.push({ ja: '前回の総合照会から変わっていない住民状態が変更として表示された', en: 'the resident status, unchanged since the previous inquiry, is marked as changed' });
    }
    failIfAny(ctx, faults);
  },
});

/** The value of the address shown to the caller (undefined when withheld or absent). */
const addressShown = (list: unknown) => itemFor(resultFor(list, 'jumin'), 'jumin-address')?.value;

/**
 * Option 12.2.3: a member without a viewing restriction in the 生活保護 system is treated as restricted once the
 * resident registry reports a support measure (DV等): the list is flagged and the address withheld from the intake
 * worker. Before that report the same intake worker's list is not flagged and shows the address.
 */
export const supportMeasureHonoured = defineCheck({
  id: 'linkage.resident-support-measure-honoured',
  title: {
    ja: '住民記録から支援措置の対象である旨を受信した者は、閲覧制限が設定されていなくても総合照会で閲覧制限の対象者として扱われる',
    en: 'A person the resident registry reports under a support measure is treated as restricted in inquiries, without a restriction set in the system',
  },
  verifies: ['12.2.3'],
  editions: EDITIONS,
  async run(ctx) {
    const person = await registeredPerson(ctx);
    await mustReceive(ctx, linkageChange(person.addressNumber, 'jumin', 'address-change', daysFromToday(-30), [{ code: 'jumin-address', value: FIRST_ADDRESS }]));
    const body = { memberId: person.memberId, purpose: 'review' };
    const before = await inquire(ctx, 'intake', body);
    const faults: Fault[] = [];
    if (before.viewingRestricted !== false || addressShown(before) !== FIRST_ADDRESS) {
      faults.push({ ja: '支援措置の受信前（閲覧制限なし）の調査リストで、閲覧制限とされたか住所が表示されない', en: 'before any support measure (no restriction), the list is flagged as restricted or does not show the address' });
    }
    await mustReceive(ctx, linkageChange(person.addressNumber, 'jumin', 'other', daysFromToday(-2), [{ code: 'jumin-support-measure', value: 'true' }]));
    const after = await inquire(ctx, 'intake', body);
    if (after.viewingRestricted !== true) {
      faults.push({ ja: '住民記録から支援措置の対象である旨を受信した者の調査リストに閲覧制限の表示がない', en: 'the list of a person under the resident registry\'s support measure is not flagged as restricted' });
    }
    if (addressShown(after) !== undefined || JSON.stringify(after).includes(FIRST_ADDRESS)) {
      faults.push({ ja: '支援措置の対象者の住所が面接相談員に表示された', en: 'the address of a person under a support measure was shown to the intake worker' });
    }
    failIfAny(ctx, faults);
  },
});
