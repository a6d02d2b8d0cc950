import { codeLists } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import { failIfAny, testAddressNumber, type Fault } from '../../data/setup.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { daysFromToday } from '../../support/steps.ts';
import { differs, EDITIONS, inquire, itemFor, itemsIn, linkageChange, mustReceive, registeredPerson, resultFor, resultsOf, timeOf } from './support.ts';

const SYSTEMS = Object.keys(codeLists.linkedSystem.codes);
const ADDRESS = '見本町六丁目6番6号（試験）';
const jumin = (addressNumber: string) =>
  linkageChange(addressNumber, 'jumin', 'address-change', daysFromToday(-10), [{ code: 'jumin-status', value: '住民' }, { code: 'jumin-address', value: ADDRESS }]);

/** The jumin result answers the two items the check sent, with their values. */
function juminAnswered(inquiry: unknown, faults: Fault[]): void {
  const result = resultFor(inquiry, 'jumin');
  if (result?.status !== 'answered') {
    faults.push({ ja: `住民記録から受信した情報が調査リストで「回答あり」とされない（照会状態 ${String(result?.status)}）`, en: `the resident-registry data received is not answered on the list (status ${String(result?.status)})` });
    return;
  }
  if (itemFor(result, 'jumin-status')?.value !== '住民' || itemFor(result, 'jumin-address')?.value !== ADDRESS) {
    faults.push({ ja: '住民記録の「回答あり」に受信した保有項目（住民状態・住所）とその値がない', en: 'the answered resident-registry result lacks the items received (jumin-status, jumin-address) or their values' });
  }
}

/**
 * 12.1.2: on the 調査リスト of a person about whom only the resident registry has reported, that system is answered
 * (回答あり) with the items it holds, and every other linked system is shown as not-held (該当なし) without items
 * (or as unavailable, 照会不能, when its linkage is suspended — never as answered).
 */
export const answeredOrNotHeld = defineCheck({
  id: 'linkage.inquiry-answered-or-not-held',
  title: {
    ja: '調査リストは、対象者の情報を保有する業務システムを「回答あり」として保有項目を、保有しない業務システムを「該当なし」として示す',
    en: 'The investigation list shows a system holding data on the person as answered with its items, and each system holding nothing as not held',
  },
  verifies: ['12.1.2'],
  editions: EDITIONS,
  async run(ctx) {
    const person = await registeredPerson(ctx);
    await mustReceive(ctx, jumin(person.addressNumber));
    const list = await inquire(ctx, 'caseworker', { memberId: person.memberId, purpose: 'review' });
    const faults: Fault[] = [];
    juminAnswered(list, faults);
    const others = SYSTEMS.filter((s) => s !== 'jumin');
    const shown = others.map((system) => ({ system, result: resultFor(list, system) }));
    const wrong = shown.filter(({ result }) => result?.status !== 'not-held' && result?.status !== 'unavailable');
    if (wrong.length > 0) {
      const what = wrong.map(({ system, result }) => `${system}: ${String(result?.status ?? '結果なし')}`).join(', ');
      faults.push({ ja: `対象者の情報を保有しない業務システムが「該当なし」と表示されない（${what}）`, en: `systems holding nothing about the person are not shown as not held (${what})` });
    }
    const notHeld = shown.filter(({ result }) => result?.status === 'not-held');
    if (notHeld.some(({ result }) => itemsIn(result).length > 0)) {
      faults.push({ ja: '「該当なし」の業務システムに項目が表示された', en: 'a system shown as not held carries items' });
    }
    const unavailable = shown.filter(({ result }) => result?.status === 'unavailable').map(({ system }) => system);
    if (unavailable.length > 0) ctx.note(`Systems unavailable (linkage suspended) at the time of the inquiry: ${unavailable.join(', ')}`);
    if (wrong.length === 0 && notHeld.length === 0) {
      faults.push({ ja: '照会できた業務システムのうち「該当なし」と表示されたものがない', en: 'no system at all is shown as not held' });
    }
    failIfAny(ctx, faults);
  },
});

/**
 * 12.1.4: each item of the 調査リスト shows the value received with its as-of date — the 異動日 of the change, or the
 * 基準日 the linked system gave for the item. Both dates lie in the past, so neither is the day the data was received.
 */
export const itemAsOfDate = defineCheck({
  id: 'linkage.inquiry-item-as-of-date',
  title: {
    ja: '調査リストの各項目に、受信した値とその基準日（異動日又は業務システムが示した基準日）が表示される',
    en: 'Each item of the investigation list shows the value received and its as-of date (the date of the change, or the one the system gave)',
  },
  verifies: ['12.1.4'],
  editions: EDITIONS,
  async run(ctx) {
    const person = await registeredPerson(ctx);
    const changedOn = daysFromToday(-20);
    const yearAsOf = daysFromToday(-45);
    const year = yearAsOf.slice(0, 4);
    await mustReceive(ctx, linkageChange(person.addressNumber, 'juminzei', 'income-change', changedOn, [
      { code: 'juminzei-taxable-income', value: '1200000' },
      { code: 'juminzei-tax-year', value: year, asOf: yearAsOf },
    ]));
    const list = await inquire(ctx, 'caseworker', { memberId: person.memberId, purpose: 'review' });
    const result = resultFor(list, 'juminzei');
    if (result?.status !== 'answered') {
      return ctx.fail({ ja: `個人住民税から受信した情報が調査リストで「回答あり」とされない（照会状態 ${String(result?.status)}）`, en: `the inhabitant-tax data received is not answered on the list (status ${String(result?.status)})` });
    }
    const income = itemFor(result, 'juminzei-taxable-income');
    const taxYear = itemFor(result, 'juminzei-tax-year');
    const faults: Fault[] = [];
    if (income?.value !== '1200000') faults.push(differs({ ja: '課税所得金額の値', en: 'the value of juminzei-taxable-income' }, '1200000', income?.value));
    if (income?.asOf !== changedOn) faults.push(differs({ ja: '課税所得金額の基準日（異動日）', en: 'the as-of date of juminzei-taxable-income (the date of the change)' }, changedOn, income?.asOf));
    if (taxYear?.value !== year) faults.push(differs({ ja: '課税年度の値', en: 'the value of juminzei-tax-year' }, year, taxYear?.value));
    if (taxYear?.asOf !== yearAsOf) faults.push(differs({ ja: '課税年度の基準日（業務システムが示した基準日）', en: 'the as-of date of juminzei-tax-year (as the system gave it)' }, yearAsOf, taxYear?.asOf));
    failIfAny(ctx, faults);
  },
});

/**
 * 12.1.5: an answered system shows when its data was last received. After two changes from the national health
 * insurance, the 情報取得日時 is no earlier than the later receipt (as the receipts state it) and no later than
 * the inquiry.
 */
export const dataReceivedAt = defineCheck({
  id: 'linkage.inquiry-data-received-at',
  title: {
    ja: '調査リストの回答ありの業務システムに、その情報を最後に受信した日時が表示される',
    en: 'Each answered system on the investigation list shows when its data was last received',
  },
  verifies: ['12.1.5'],
  editions: EDITIONS,
  async run(ctx) {
    const person = await registeredPerson(ctx);
    const acquiredOn = daysFromToday(-40);
    const first = await mustReceive(ctx, linkageChange(person.addressNumber, 'kokuho', 'nhi-change', acquiredOn, [
      { code: 'kokuho-status', value: '加入' }, { code: 'kokuho-acquired-on', value: acquiredOn },
    ]));
    const lostOn = daysFromToday(-8);
    const second = await mustReceive(ctx, linkageChange(person.addressNumber, 'kokuho', 'nhi-change', lostOn, [
      { code: 'kokuho-status', value: '非加入' }, { code: 'kokuho-lost-on', value: lostOn },
    ]));
    const list = await inquire(ctx, 'caseworker', { memberId: person.memberId, purpose: 'review' });
    const result = resultFor(list, 'kokuho');
    if (result?.status !== 'answered') {
      return ctx.fail({ ja: `国民健康保険から受信した情報が調査リストで「回答あり」とされない（照会状態 ${String(result?.status)}）`, en: `the health-insurance data received is not answered on the list (status ${String(result?.status)})` });
    }
    const shown = timeOf(result.dataAsOf);
    const last = Math.max(timeOf(first.receivedAt), timeOf(second.receivedAt));
    const asked = timeOf(list.requestedAt);
    if (Number.isNaN(shown)) {
      return ctx.fail({ ja: `回答ありの国民健康保険に情報取得日時がない（${JSON.stringify(result.dataAsOf)}）`, en: `the answered health-insurance result has no time of receipt (dataAsOf ${JSON.stringify(result.dataAsOf)})` });
    }
    if (!Number.isNaN(last) && shown < last) {
      ctx.fail({
        ja: `情報取得日時 ${String(result.dataAsOf)} が、最後に受信した異動データの受信日時 ${String(second.receivedAt)} より前`,
        en: `the time of receipt shown (${String(result.dataAsOf)}) is earlier than the last change received (${String(second.receivedAt)})`,
      });
    }
    if (!Number.isNaN(asked) && shown > asked) {
      ctx.fail({ ja: `情報取得日時 ${String(result.dataAsOf)} が照会日時 ${String(list.requestedAt)} より後`, en: `the time of receipt shown (${String(result.dataAsOf)}) is later than the inquiry (${String(list.requestedAt)})` });
    }
  },
});

/**
 * 12.1.7: an applicant not registered as a member is inquired about by 宛名番号 (by the intake worker); the list
 * names that 宛名番号, no member, and answers what the resident registry reported about that person.
 */
export const inquiryByAddressNumber = defineCheck({
  id: 'linkage.inquiry-by-address-number',
  title: {
    ja: '世帯員として登録されていない申請者について、宛名番号を指定して総合照会ができる',
    en: 'An applicant not registered as a member can be inquired about by 宛名番号',
  },
  verifies: ['12.1.7'],
  editions: EDITIONS,
  async run(ctx) {
    const addressNumber = testAddressNumber();
    await mustReceive(ctx, jumin(addressNumber));
    const answer = await send(requireClient(ctx, 'intake'), 'createComprehensiveInquiry', { body: { addressNumber, purpose: 'application' } });
    if (answer.status !== 201 || !isObject(answer.body)) {
      return ctx.fail({
        ja: `世帯員として登録されていない申請者の宛名番号を指定した総合照会が 201 で応答しなかった（createComprehensiveInquiry の状態コード ${answer.status}）`,
        en: `an inquiry by the 宛名番号 of an applicant not registered as a member did not answer 201 (createComprehensiveInquiry answered ${answer.status})`,
      });
    }
    const faults: Fault[] = [];
    const subject = isObject(answer.body.subject) ? answer.body.subject : {};
    if (subject.addressNumber !== addressNumber) faults.push(differs({ ja: '照会対象者の宛名番号', en: 'the subject 宛名番号' }, addressNumber, subject.addressNumber));
    if (subject.memberId !== undefined && subject.memberId !== null) {
      faults.push({ ja: `登録されていない者の照会に世帯員（${String(subject.memberId)}）が示された`, en: `the inquiry on a person not registered names a member (${String(subject.memberId)})` });
    }
    if (resultsOf(answer.body).length === 0) faults.push({ ja: '調査リストに照会結果がない', en: 'the list has no results' });
    juminAnswered(answer.body, faults);
    failIfAny(ctx, faults);
  },
});
