import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import type { Json } from '../../data/households.ts';
import { plainHousehold } from '../../data/protection.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';
import { dayOf, failIfAny, idOf, lastDayOf, listAll, monthFromNow, protectedHousehold, testInstitutionCode, type Fault } from '../../data/setup.ts';
import { COUPLE, issue, medicalTicket, protectedMember, ticketsIn } from './ticket-fixtures.ts';

/** The online-eligibility registration data of a month (every page). */
const eligibilityData = (ctx: CheckContext, clerk: HogoClient<Edition>, month: string): Promise<Json[]> =>
  listAll(ctx, clerk, 'getOnlineEligibilityData', { month }, { ja: `対象月 ${month} のオンライン資格確認の登録データ（getOnlineEligibilityData）`, en: `the online-eligibility data of ${month} (getOnlineEligibilityData)` }, 200);

const issueStep = { ja: '登録データの試験の医療券の発行', en: 'issuing a ticket for the registration data' };

/** 08.3.1: the data of a month carries the member's eligibility (numbers as on the ticket) and the ticket issued for the month. */
export const eligibilityDataForMonth = defineCheck({
  id: 'medical.eligibility-data-for-month',
  title: {
    ja: '対象月を指定して、オンライン資格確認の資格情報と医療券・調剤券情報を出力できる',
    en: 'The online-eligibility data of a month carries the eligibility and the medical-ticket data',
  },
  verifies: ['08.3.1'],
  async run(ctx) {
    const { clerk, memberId } = await protectedMember(ctx);
    const month = monthFromNow(-1);
    const code = testInstitutionCode();
    const ticket = await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(memberId, month, code), issueStep);
    const record = (await eligibilityData(ctx, clerk, month)).find((r) => r.memberId === memberId);
    if (!record) return ctx.fail({ ja: `保護中の世帯員の資格情報が対象月 ${month} の登録データにない`, en: `the protected member has no record in the data of ${month}` });
    const faults: Fault[] = [];
    for (const field of ['month', 'publicPayerNumber', 'recipientNumber'] as const) {
      if (record[field] !== ticket[field]) faults.push({ ja: `登録データの ${field} が「${String(record[field])}」で、医療券の「${String(ticket[field])}」と異なる`, en: `the record's ${field} is "${String(record[field])}", not the ticket's "${String(ticket[field])}"` });
    }
    const listed = ticketsIn(record).find((t) => t.ticketNumber === ticket.ticketNumber);
    if (!listed) faults.push({ ja: `対象月に発行した医療券 ${String(ticket.ticketNumber)} が登録データの券情報にない`, en: `the ticket ${String(ticket.ticketNumber)} issued for the month is missing from the ticket data` });
    else {
      const expected = { kind: ticket.kind, institutionCode: code, validFrom: ticket.validFrom, validTo: ticket.validTo };
      const actual = { kind: listed.kind, institutionCode: listed.institutionCode, validFrom: listed.validFrom, validTo: listed.validTo };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) faults.push({ ja: `登録データの券情報 ${JSON.stringify(actual)} が医療券 ${JSON.stringify(expected)} と異なる`, en: `the ticket data ${JSON.stringify(actual)} differs from the ticket ${JSON.stringify(expected)}` });
    }
    failIfAny(ctx, faults);
  },
});

/** 08.3.2: every member of a household protected in the month is in the data, ticket or not, with recipient number and eligibility period; an unprotected household's member is not. */
export const eligibilityEveryProtectedMember = defineCheck({
  id: 'medical.eligibility-every-protected-member',
  title: {
    ja: '登録データに、対象月に保護中であった世帯の世帯員全員の資格情報（受給者番号・資格期間）が、券の発行の有無にかかわらず含まれる',
    en: 'The data holds every member of a household protected in the month (recipient number and eligibility period), with or without a ticket',
  },
  verifies: ['08.3.2'],
  async run(ctx) {
    const clerk = requireClient(ctx, 'medical-clerk');
    const month = monthFromNow(-2);
    const startOn = dayOf(month, 10);
    const fixture = await protectedHousehold(ctx, { startOn, members: COUPLE });
    const unprotected = await plainHousehold(ctx, {});
    const data = await eligibilityData(ctx, clerk, month);
    const faults: Fault[] = [];
    const numbers = new Set<unknown>();
    for (const [i, memberId] of fixture.members.map(idOf).entries()) {
      const who = i === 0 ? { ja: '世帯主', en: 'head' } : { ja: '配偶者', en: 'spouse' };
      const record = data.find((r) => r.memberId === memberId);
      if (!record) {
        faults.push({ ja: `券の発行のない${who.ja}の資格情報が登録データにない`, en: `the ${who.en}, who has no ticket, has no record` });
        continue;
      }
      numbers.add(record.recipientNumber);
      if (!/^\d{7}$/.test(String(record.recipientNumber))) faults.push({ ja: `${who.ja}の受給者番号「${String(record.recipientNumber)}」が7桁の数字でない`, en: `the ${who.en}'s recipient number "${String(record.recipientNumber)}" is not 7 digits` });
      if (record.eligibleFrom !== startOn || record.eligibleTo !== lastDayOf(month)) {
        faults.push({ ja: `${who.ja}の資格期間が ${String(record.eligibleFrom)}〜${String(record.eligibleTo)} で、保護期間 ${startOn}〜${lastDayOf(month)} と異なる`, en: `the ${who.en}'s eligibility ${String(record.eligibleFrom)} to ${String(record.eligibleTo)} differs from the protected days ${startOn} to ${lastDayOf(month)}` });
      }
    }
    if (numbers.size === 1 && fixture.members.length > 1) faults.push({ ja: '世帯主と配偶者の受給者番号が同じ', en: 'the head and the spouse have the same recipient number' });
    const outsider = idOf(unprotected.members[0]);
    if (data.some((r) => r.memberId === outsider)) faults.push({ ja: '保護を受けていない世帯の世帯員が登録データに含まれている', en: 'a member of a household not in protection is in the data' });
    failIfAny(ctx, faults);
  },
});

/** 08.3.3: the ticket data of a month holds only that month's tickets that are issued (not cancelled). */
export const eligibilityIssuedTicketsOnly = defineCheck({
  id: 'medical.eligibility-issued-tickets-only',
  title: {
    ja: '登録データの医療券・調剤券情報は、対象月の発行済（未取消）の券に限られる',
    en: "The data's ticket data holds only the month's issued (not cancelled) tickets",
  },
  verifies: ['08.3.3'],
  async run(ctx) {
    const { clerk, memberId } = await protectedMember(ctx);
    const month = monthFromNow(-1);
    const kept = await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(memberId, month, testInstitutionCode()), issueStep);
    const cancelled = await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(memberId, month, testInstitutionCode()), issueStep);
    const otherMonth = await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(memberId, monthFromNow(-2), testInstitutionCode()), issueStep);
    await must(ctx, clerk, 'cancelMedicalTicket', { path: { ticketId: String(cancelled.ticketId) }, body: { reason: '誤って発行したため。（試験）' } }, 200, { ja: '医療券の取消し', en: 'cancelling a ticket' });
    const record = (await eligibilityData(ctx, clerk, month)).find((r) => r.memberId === memberId);
    const numbers = ticketsIn(record).map((t) => t.ticketNumber);
    const faults: Fault[] = [];
    if (!numbers.includes(kept.ticketNumber)) faults.push({ ja: `発行済の医療券 ${String(kept.ticketNumber)} が登録データにない`, en: `the issued ticket ${String(kept.ticketNumber)} is missing` });
    if (numbers.includes(cancelled.ticketNumber)) faults.push({ ja: `取消済の医療券 ${String(cancelled.ticketNumber)} が登録データに含まれている`, en: `the cancelled ticket ${String(cancelled.ticketNumber)} is included` });
    if (numbers.includes(otherMonth.ticketNumber)) faults.push({ ja: `前月の医療券 ${String(otherMonth.ticketNumber)} が登録データに含まれている`, en: `last month's ticket ${String(otherMonth.ticketNumber)} is included` });
    failIfAny(ctx, faults);
  },
});
