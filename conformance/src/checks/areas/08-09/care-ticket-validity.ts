import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { addDays, dayOf, failIfAny, lastDayOf, listAll, monthFromNow, testInstitutionCode, type Fault } from '../../data/setup.ts';
import { careTicket, ELDER, protectedMember, WITH_CARE } from './ticket-fixtures.ts';

/**
 * 09.1.5: a care ticket's validity lies within the month and the household's protected period. Protection begins on
 * the 10th: a validity from the 1st, or one running into the next month, is refused (422) and nothing is issued;
 * a ticket without a stated validity is issued with one inside the 10th to the month's last day.
 */
export const careTicketValidity = defineCheck({
  id: 'care.ticket-validity-within-protection',
  title: {
    ja: '介護券の有効期間は対象月の範囲内かつ保護期間内で定められ、これを外れる有効期間での発行は拒否される',
    en: "A care ticket's validity lies within the month and the protected period; a validity outside them is refused",
  },
  verifies: ['09.1.5'],
  async run(ctx) {
    const startOn = dayOf(monthFromNow(-2), 10);
    const { clerk, month, memberId } = await protectedMember(ctx, { startOn, fujo: WITH_CARE, members: [ELDER] });
    const last = lastDayOf(month);
    const provider = testInstitutionCode();
    const faults: Fault[] = [];
    const outside = [
      { extra: { validFrom: dayOf(month, 1), validTo: last }, ja: `保護開始（${startOn}）より前から有効な介護券`, en: `a care ticket valid from before protection began (${startOn})` },
      { extra: { validFrom: startOn, validTo: addDays(last, 1) }, ja: '翌月まで有効な介護券', en: 'a care ticket valid into the next month' },
    ];
    for (const { extra, ja, en } of outside) {
      const answer = await send(clerk, 'issueCareTicket', { body: careTicket(memberId, month, provider, '1', extra) });
      if (answer.status !== 422) faults.push({ ja: `${ja}が 422 で拒否されなかった（状態コード ${answer.status}）`, en: `${en} was not refused with 422 (status ${answer.status})` });
    }
    const left = await listAll(ctx, clerk, 'listCareTickets', { memberId }, { ja: '介護券の一覧（listCareTickets）', en: 'listing the care tickets (listCareTickets)' });
    if (left.length > 0) faults.push({ ja: `拒否の後に介護券が ${left.length} 枚ある`, en: `${left.length} care tickets exist after the refusals` });
    const good = await send(clerk, 'issueCareTicket', { body: careTicket(memberId, month, provider) });
    if (good.status !== 201 || !isObject(good.body)) {
      faults.push({ ja: `保護が開始された月の介護券が発行されなかった（状態コード ${good.status}）`, en: `a care ticket for the month protection began was not issued (status ${good.status})` });
    } else {
      const [from, to] = [String(good.body.validFrom ?? ''), String(good.body.validTo ?? '')];
      if (from < startOn || to > last || to < from) {
        faults.push({ ja: `有効期間 ${from}〜${to} が保護期間（${startOn}〜${last}）の範囲外`, en: `the validity ${from} to ${to} lies outside the protected days (${startOn} to ${last})` });
      }
    }
    failIfAny(ctx, faults);
  },
});
