import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { failIfAny, idOf, listAll, monthFromNow, testInstitutionCode, type Fault } from '../../data/setup.ts';
import { COUPLE, issue, medicalTicket, protectedMember } from './ticket-fixtures.ts';

const HOSPITAL = '1';
const CLINIC = '2';
const PHARMACY = '4';

/** 08.2.6: 調剤券 only to a 薬局, 医療券 only to an institution that is not a 薬局 (生活保護法第49条). */
export const ticketKindFitsInstitution = defineCheck({
  id: 'medical.ticket-kind-fits-institution',
  title: {
    ja: '調剤券は薬局に対してのみ、医療券は薬局以外の指定医療機関に対してのみ発行される',
    en: 'Dispensing tickets are issued only to pharmacies, medical tickets only to institutions that are not pharmacies',
  },
  verifies: ['08.2.6'],
  async run(ctx) {
    const { clerk, month, memberId } = await protectedMember(ctx);
    const faults: Fault[] = [];
    const wrong = [
      { extra: { kind: '2', institutionType: HOSPITAL }, ja: '病院あての調剤券', en: 'a dispensing ticket to a hospital' },
      { extra: { kind: '1', institutionType: PHARMACY, institutionName: '見本薬局（試験）' }, ja: '薬局あての医療券', en: 'a medical ticket to a pharmacy' },
    ];
    for (const { extra, ja, en } of wrong) {
      const answer = await send(clerk, 'issueMedicalTicket', { body: medicalTicket(memberId, month, testInstitutionCode(), extra) });
      if (answer.status !== 422) faults.push({ ja: `${ja}が 422 で拒否されなかった（状態コード ${answer.status}）`, en: `${en} was not refused with 422 (status ${answer.status})` });
    }
    const refusedLeft = await listAll(ctx, clerk, 'listMedicalTickets', { memberId }, { ja: '医療券の一覧（listMedicalTickets）', en: 'listing the tickets (listMedicalTickets)' });
    if (refusedLeft.length > 0) faults.push({ ja: `拒否の後に世帯員の券が ${refusedLeft.length} 枚ある`, en: `${refusedLeft.length} tickets exist for the member after the refusals` });
    const right = [
      { extra: { kind: '2', institutionType: PHARMACY, institutionName: '見本薬局（試験）' }, ja: '薬局あての調剤券', en: 'a dispensing ticket to a pharmacy' },
      { extra: { kind: '1', institutionType: CLINIC, institutionName: '見本診療所（試験）' }, ja: '診療所あての医療券', en: 'a medical ticket to a clinic' },
    ];
    for (const { extra, ja, en } of right) {
      const answer = await send(clerk, 'issueMedicalTicket', { body: medicalTicket(memberId, month, testInstitutionCode(), extra) });
      if (answer.status !== 201) faults.push({ ja: `${ja}が発行されなかった（状態コード ${answer.status}）`, en: `${en} was not issued (status ${answer.status})` });
    }
    failIfAny(ctx, faults);
  },
});

/**
 * 08.2.10: every ticket carries the office's 8-digit 公費負担者番号 (法別番号 12 = 生活保護) and the member's 7-digit
 * 受給者番号, the same on every ticket of the member (another month, another institution, another kind) and
 * different for another member; what getMedicalTicket answers is what was issued.
 */
export const ticketPayerAndRecipientNumbers = defineCheck({
  id: 'medical.ticket-payer-and-recipient-numbers',
  title: {
    ja: '医療券・調剤券に福祉事務所の公費負担者番号（8桁）と、世帯員ごとに一意で券ごとに変わらない受給者番号（7桁）が記載される',
    en: "Tickets carry the office's 8-digit public-payer number and the member's 7-digit recipient number, the same on all the member's tickets and unique per member",
  },
  verifies: ['08.2.10'],
  async run(ctx) {
    const { clerk, fixture } = await protectedMember(ctx, { members: COUPLE });
    const [head, spouse] = fixture.members.map(idOf) as [string, string];
    const step = (who: string) => ({ ja: `${who}の券の発行`, en: `issuing a ticket of the ${who === '世帯主' ? 'head' : 'spouse'}` });
    const tickets = [
      await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(head, monthFromNow(-2), testInstitutionCode()), step('世帯主')),
      await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(head, monthFromNow(-1), testInstitutionCode(), { kind: '2', institutionType: PHARMACY, institutionName: '見本薬局（試験）' }), step('世帯主')),
      await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(spouse, monthFromNow(-2), testInstitutionCode()), step('配偶者')),
    ];
    const faults: Fault[] = [];
    for (const t of tickets) {
      const payer = String(t.publicPayerNumber ?? '');
      const recipient = String(t.recipientNumber ?? '');
      if (!/^12\d{6}$/.test(payer)) faults.push({ ja: `券 ${String(t.ticketNumber)} の公費負担者番号「${payer}」が法別番号12で始まる8桁の数字でない`, en: `ticket ${String(t.ticketNumber)} has public-payer number "${payer}", not 8 digits beginning with the legal category 12` });
      if (!/^\d{7}$/.test(recipient)) faults.push({ ja: `券 ${String(t.ticketNumber)} の受給者番号「${recipient}」が7桁の数字でない`, en: `ticket ${String(t.ticketNumber)} has recipient number "${recipient}", not 7 digits` });
    }
    const [first, second, other] = tickets as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    if (new Set(tickets.map((t) => t.publicPayerNumber)).size !== 1) {
      faults.push({ ja: '同じ福祉事務所の世帯の券で公費負担者番号が異なる', en: 'tickets of one household of one office carry different public-payer numbers' });
    }
    if (first.recipientNumber !== second.recipientNumber) {
      faults.push({ ja: `同じ世帯員の券で受給者番号が異なる（${String(first.recipientNumber)} と ${String(second.recipientNumber)}）`, en: `the same member's tickets carry different recipient numbers (${String(first.recipientNumber)} and ${String(second.recipientNumber)})` });
    }
    if (other.recipientNumber === first.recipientNumber) {
      faults.push({ ja: `別の世帯員の券に同じ受給者番号 ${String(first.recipientNumber)} が記載されている`, en: `another member's ticket carries the same recipient number ${String(first.recipientNumber)}` });
    }
    const read = await send(clerk, 'getMedicalTicket', { path: { ticketId: String(second.ticketId) } });
    const body = (read.body ?? {}) as Record<string, unknown>;
    if (read.status !== 200 || body.recipientNumber !== second.recipientNumber || body.publicPayerNumber !== second.publicPayerNumber) {
      faults.push({ ja: `照会した券（getMedicalTicket の状態コード ${read.status}）の公費負担者番号・受給者番号が発行時と異なる`, en: `the ticket as read (getMedicalTicket, status ${read.status}) carries other numbers than when issued` });
    }
    failIfAny(ctx, faults);
  },
});
