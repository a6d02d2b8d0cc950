import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { expectBody, type Json } from '../../data/households.ts';
import { APPLIED_ON, decide, expectEqual, newApplication, newHousehold, plusDays, startBody, step } from './cases.ts';

const DELAY = '資産の調査に日時を要したため。';

/**
 * 03.6.1–03.6.6: the notice of a start notified 20 days after the application carries the decision, the
 * reasons, the delay reason, the 審査請求 instructions (the prefectural governor, 3 months — 生活保護法第64条,
 * 行政不服審査法第18条第1項) and the court-action instructions (審査請求前置, 生活保護法第69条), its addressee,
 * date and issuer.
 */
export const noticeContents = defineCheck({
  id: 'decision.notice-contents',
  title: {
    ja: '決定通知書に決定種別・適用日・扶助の種類と程度・理由・遅延の理由・審査請求（都道府県知事へ3か月以内）と取消訴訟の教示・宛先・通知日・実施機関名が記載される',
    en: 'The decision notice carries the decision, assistance, reasons, delay reason, appeal (governor, 3 months) and court-action instructions, addressee, date and issuer',
  },
  verifies: ['03.6.1', '03.6.2', '03.6.3', '03.6.4', '03.6.5', '03.6.6'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const householdId = await newHousehold(ctx, client);
    const applicationId = await newApplication(ctx, client, householdId);
    const notifiedOn = plusDays(APPLIED_ON, 20);
    const sent = startBody(plusDays(APPLIED_ON, 18), { notifiedOn, delayReason: DELAY });
    const decision = await decide(ctx, client, 'decideApplication', { applicationId }, sent, step('開始決定（decideApplication）', 'the start decision (decideApplication)'));
    const answer = await send(client, 'getDecisionNotice', { path: { decisionId: String(decision.decisionId) } });
    const notice = expectBody(ctx, answer, 200, step('決定通知書の出力（getDecisionNotice）', 'producing the decision notice (getDecisionNotice)'));
    const f = (name: string) => step(`決定通知書の ${name}`, `the notice's ${name}`);
    // 03.6.1
    expectEqual(notice.decisionId, decision.decisionId, f('decisionId'), faults);
    expectEqual(notice.decisionType, 'start', f('decisionType'), faults);
    expectEqual(notice.effectiveOn, APPLIED_ON, f('effectiveOn'), faults);
    expectEqual(notice.fujoBreakdown, sent.fujoBreakdown, f('fujoBreakdown'), faults);
    // 03.6.2, 03.6.3
    expectEqual(notice.reasonText, sent.reasonText, f('reasonText'), faults);
    expectEqual(notice.delayReason, DELAY, f('delayReason'), faults);
    // 03.6.4: the right to appeal, to the prefectural governor, within 3 months.
    const appeal = isObject(notice.appealInstruction) ? notice.appealInstruction : undefined;
    if (!appeal) faults.push(step('決定通知書に審査請求の教示（appealInstruction）がない', 'the notice has no appeal instructions (appealInstruction)'));
    else {
      expectEqual(appeal.periodMonths, 3, f('appealInstruction.periodMonths'), faults);
      if (typeof appeal.authority !== 'string' || !/知事/.test(appeal.authority)) faults.push(step(`審査請求先が都道府県知事でない（${String(appeal.authority)}）`, `the appeal authority is not the prefectural governor (${String(appeal.authority)})`));
      const text = typeof appeal.text === 'string' ? appeal.text : '';
      if (!/審査請求/.test(text) || !/知事/.test(text) || !/(3|３|三)\s*(か|ヶ|カ|箇|ケ)?月/.test(text)) {
        faults.push(step('審査請求の教示文に審査請求ができる旨・知事・3か月のいずれかがない', 'the appeal text lacks the right to appeal, the governor or the 3 months'));
      }
    }
    // 03.6.5: the defendant, the period and 審査請求前置.
    const court = isObject(notice.litigationInstruction) ? notice.litigationInstruction : undefined;
    if (!court) faults.push(step('決定通知書に取消訴訟の教示（litigationInstruction）がない', 'the notice has no court-action instructions (litigationInstruction)'));
    else {
      expectEqual(court.exhaustionRequired, true, f('litigationInstruction.exhaustionRequired'), faults);
      if (typeof court.defendant !== 'string' || court.defendant.trim() === '') faults.push(step('取消訴訟の被告とすべき者がない', 'no defendant in the court-action instructions'));
      const text = typeof court.text === 'string' ? court.text : '';
      if (!/裁決/.test(text) || !/(6|６|六)\s*(か|ヶ|カ|箇|ケ)?月/.test(text)) faults.push(step('取消訴訟の教示文に裁決を経る旨又は出訴期間がない', 'the court-action text lacks the ruling-first rule or the period'));
    }
    // 03.6.6: addressee, date, issuer.
    expectEqual(notice.issuedOn, notifiedOn, f('issuedOn'), faults);
    const addressee = isObject(notice.addressee) ? notice.addressee : {};
    const name = (isObject(addressee.name) ? addressee.name : {}) as Json;
    if (name.family !== '見本' || name.given !== '太郎') faults.push(step('決定通知書の宛先の氏名が申請者の氏名でない', "the addressee's name is not the applicant's"));
    const address = (isObject(addressee.address) ? addressee.address : {}) as Json;
    if (typeof address.text !== 'string' || address.text === '') faults.push(step('決定通知書の宛先に住所がない', 'the addressee has no address'));
    const issuer = (isObject(notice.issuer) ? notice.issuer : {}) as Json;
    if (typeof issuer.officeName !== 'string' || issuer.officeName.trim() === '') faults.push(step('決定通知書に実施機関名がない', 'the notice has no issuing office name'));
    failWith(ctx, step('決定通知書の記載事項が欠けている', 'The decision notice lacks required items'), faults);
  },
});
