import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { dayOf, failIfAny, idOf, listAll, monthFromNow, protectedHousehold, testInstitutionCode, type Fault } from '../../data/setup.ts';
import { member } from '../../data/fixtures.ts';
import { careTicket as care, ELDER, protectedMember, WITH_CARE } from './ticket-fixtures.ts';

/** 09.1.3 (prohibited), 09.1.1, 09.1.6, 09.1.7: one care ticket per member × month × provider × kind; cancellation. */
export const careTicketNoDuplicate = defineCheck({
  id: 'care.ticket-no-duplicate-and-cancellation',
  title: {
    ja: '同一の世帯員・対象月・指定介護機関・種類の介護券は重ねて発行できず、取消し後の再取消しは 409 で拒否される',
    en: 'A duplicate care ticket is refused with 409; a cancelled care ticket cannot be cancelled again (409)',
  },
  verifies: ['09.1.3', '09.1.1', '09.1.6', '09.1.7'],
  async run(ctx) {
    const { clerk, month, memberId } = await protectedMember(ctx, { fujo: WITH_CARE, members: [ELDER] });
    const provider = testInstitutionCode();
    const faults: Fault[] = [];
    const first = await send(clerk, 'issueCareTicket', { body: care(memberId, month, provider) });
    if (first.status !== 201 || !isObject(first.body)) {
      return ctx.fail({ ja: `介護扶助を受ける世帯員への介護券の発行が 201 で応答しなかった（状態コード ${first.status}）`, en: `issuing a care ticket to a member granted care assistance did not answer 201 (status ${first.status})` });
    }
    const ticketId = String(first.body.ticketId);
    // 09.1.1: the issued ticket reads back for the member, month, provider and kind it was issued for.
    const shown = await send(clerk, 'getCareTicket', { path: { ticketId } });
    const asked: Record<string, string> = { memberId, month, providerNumber: provider, serviceType: '1' };
    const differs = isObject(shown.body) ? Object.keys(asked).filter((k) => (shown.body as Record<string, unknown>)[k] !== asked[k]) : Object.keys(asked);
    if (shown.status !== 200 || differs.length > 0) {
      faults.push({ ja: `発行した介護券の照会で ${differs.join('・') || '応答'} が発行したとおりでない（状態コード ${shown.status}）`, en: `the issued care ticket does not read back with the ${differs.join(', ') || 'answer'} it was issued for (status ${shown.status})` });
    }
    const second = await send(clerk, 'issueCareTicket', { body: care(memberId, month, provider) });
    if (second.status !== 409) {
      faults.push({ ja: `同一条件の2枚目の介護券が 409 で拒否されなかった（状態コード ${second.status}）`, en: `a second care ticket for the same member, month, provider and kind was not refused with 409 (status ${second.status})` });
    }
    const issued = await listAll(ctx, clerk, 'listCareTickets', { memberId, month, providerNumber: provider, serviceType: '1', status: 'issued' },
      { ja: '介護券の一覧（listCareTickets）', en: 'listing the care tickets (listCareTickets)' });
    if (issued.length !== 1) {
      faults.push({ ja: `拒否の後、同一条件の発行済の介護券が ${issued.length} 枚ある（1枚であるべき）`, en: `after the refusal there are ${issued.length} issued care tickets for the same member, month, provider and kind (expected 1)` });
    }
    const reason = '事業所を誤って発行したため。（試験）';
    const cancelled = await send(clerk, 'cancelCareTicket', { path: { ticketId }, body: { reason } });
    if (cancelled.status !== 200) {
      faults.push({ ja: `発行済の介護券の取消しが 200 で応答しなかった（状態コード ${cancelled.status}）`, en: `cancelling an issued care ticket did not answer 200 (status ${cancelled.status})` });
    } else {
      const read = await send(clerk, 'getCareTicket', { path: { ticketId } });
      if (!isObject(read.body) || read.body.status !== 'cancelled') {
        faults.push({ ja: '取り消した介護券が取消済として照会されない', en: 'the cancelled care ticket does not read back as cancelled' });
      } else if (read.body.cancellationReason !== reason || typeof read.body.cancelledOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(read.body.cancelledOn)) {
        faults.push({ ja: '取り消した介護券に取消理由又は取消日が記録されていない', en: 'the cancelled care ticket does not record the reason and date of cancellation' });
      }
      const again = await send(clerk, 'cancelCareTicket', { path: { ticketId }, body: { reason: '二重の取消し（試験）' } });
      if (again.status !== 409) {
        faults.push({ ja: `取消済の介護券の再取消しが 409 で拒否されなかった（状態コード ${again.status}）`, en: `cancelling a cancelled care ticket was not refused with 409 (status ${again.status})` });
      }
    }
    failIfAny(ctx, faults);
  },
});

/** 09.1.4: care tickets only when the decision in force in the month grants 介護扶助. */
export const careTicketNeedsCareAssistance = defineCheck({
  id: 'care.ticket-needs-care-assistance',
  title: {
    ja: '介護券は、対象月に適用される決定に介護扶助が含まれる世帯の世帯員に限り発行される',
    en: 'Care tickets are issued only when the decision in force in the month grants care assistance',
  },
  verifies: ['09.1.4'],
  async run(ctx) {
    const clerk = requireClient(ctx, 'medical-clerk');
    const month = monthFromNow(-2);
    const startOn = dayOf(monthFromNow(-3), 1);
    const without = await protectedHousehold(ctx, { startOn, members: [ELDER] });
    const withCare = await protectedHousehold(ctx, { startOn, members: [ELDER], fujo: WITH_CARE });
    const faults: Fault[] = [];
    const provider = testInstitutionCode();
    const refused = await send(clerk, 'issueCareTicket', { body: care(idOf(without.members[0]), month, provider) });
    if (refused.status !== 422) {
      faults.push({ ja: `介護扶助のない決定の世帯員への介護券が 422 で拒否されなかった（状態コード ${refused.status}）`, en: `a care ticket for a member whose decision grants no care assistance was not refused with 422 (status ${refused.status})` });
    }
    const left = await listAll(ctx, clerk, 'listCareTickets', { memberId: idOf(without.members[0]) }, { ja: '介護券の一覧（listCareTickets）', en: 'listing the care tickets (listCareTickets)' });
    if (left.length > 0) faults.push({ ja: `拒否の後に介護券が ${left.length} 枚ある`, en: `${left.length} care tickets exist after the refusal` });
    const granted = await send(clerk, 'issueCareTicket', { body: care(idOf(withCare.members[0]), month, provider) });
    if (granted.status !== 201) {
      faults.push({ ja: `介護扶助を含む決定の世帯員への介護券が発行されなかった（状態コード ${granted.status}）`, en: `a care ticket for a member granted care assistance was not issued (status ${granted.status})` });
    }
    failIfAny(ctx, faults);
  },
});

/** 09.2.3: no care ticket for a member under 40 on the last day of the month. */
export const careTicketUnder40 = defineCheck({
  id: 'care.ticket-refused-under-40',
  title: {
    ja: '対象月の末日に40歳未満の世帯員への介護券の発行は拒否される',
    en: 'A care ticket for a member under 40 on the last day of the month is refused',
  },
  verifies: ['09.2.3'],
  async run(ctx) {
    const clerk = requireClient(ctx, 'medical-clerk');
    const month = monthFromNow(-2);
    const young = member({ birthDate: `${Number(month.slice(0, 4)) - 30}-01-15`, relationship: '02', sex: '2', name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' } });
    const fixture = await protectedHousehold(ctx, { startOn: dayOf(monthFromNow(-3), 1), fujo: WITH_CARE, members: [ELDER, young] });
    const youngId = idOf(fixture.members.find((m) => m.birthDate === young.birthDate));
    const elderId = idOf(fixture.members.find((m) => m.birthDate === ELDER.birthDate));
    const faults: Fault[] = [];
    const provider = testInstitutionCode();
    const refused = await send(clerk, 'issueCareTicket', { body: care(youngId, month, provider) });
    if (refused.status !== 422) {
      faults.push({ ja: `30歳の世帯員への介護券が 422 で拒否されなかった（状態コード ${refused.status}）`, en: `a care ticket for a 30-year-old member was not refused with 422 (status ${refused.status})` });
    }
    const left = await listAll(ctx, clerk, 'listCareTickets', { memberId: youngId }, { ja: '介護券の一覧（listCareTickets）', en: 'listing the care tickets (listCareTickets)' });
    if (left.length > 0) faults.push({ ja: `拒否の後に介護券が ${left.length} 枚ある`, en: `${left.length} care tickets exist after the refusal` });
    const granted = await send(clerk, 'issueCareTicket', { body: care(elderId, month, provider) });
    if (granted.status !== 201) {
      faults.push({ ja: `40歳以上の世帯員への介護券が発行されなかった（状態コード ${granted.status}）`, en: `a care ticket for a member over 40 was not issued (status ${granted.status})` });
    }
    failIfAny(ctx, faults);
  },
});
