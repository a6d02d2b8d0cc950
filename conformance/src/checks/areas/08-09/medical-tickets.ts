import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { dayOf, failIfAny, idOf, lastDayOf, listAll, monthFromNow, previousMonth, protectedHousehold, testInstitutionCode, type Fault } from '../../data/setup.ts';
import { medicalTicket as ticket, protectedMember } from './ticket-fixtures.ts';

/** 08.2.3 (prohibited): one issued ticket per member × month × institution × kind; 08.2.1 issue and read back. */
export const medicalTicketNoDuplicate = defineCheck({
  id: 'medical.ticket-no-duplicate',
  title: {
    ja: '同一の世帯員・対象月・指定医療機関・券種別の取り消されていない医療券があるとき、重ねて発行できない',
    en: 'A second medical ticket for the same member, month, institution and kind is refused while the first is not cancelled',
  },
  verifies: ['08.2.3', '08.2.1'],
  async run(ctx) {
    const { clerk, month, memberId } = await protectedMember(ctx);
    const code = testInstitutionCode();
    const faults: Fault[] = [];

    const first = await send(clerk, 'issueMedicalTicket', { body: ticket(memberId, month, code) });
    if (first.status !== 201 || !isObject(first.body)) {
      return ctx.fail({ ja: `保護中の世帯員への医療券の発行が 201 で応答しなかった（状態コード ${first.status}）`, en: `issuing a medical ticket to a protected member did not answer 201 (status ${first.status})` });
    }
    const ticketId = String(first.body.ticketId);
    const read = await send(clerk, 'getMedicalTicket', { path: { ticketId } });
    if (read.status !== 200 || !isObject(read.body) || read.body.memberId !== memberId || read.body.month !== month || read.body.institutionCode !== code) {
      faults.push({ ja: `発行した医療券を照会できない、又は内容が異なる（状態コード ${read.status}）`, en: `the issued ticket cannot be read back as issued (status ${read.status})` });
    }

    const second = await send(clerk, 'issueMedicalTicket', { body: ticket(memberId, month, code) });
    if (second.status !== 409) {
      faults.push({ ja: `同一の世帯員・月・医療機関・券種別の2枚目の医療券が 409 で拒否されなかった（状態コード ${second.status}）`, en: `a second ticket for the same member, month, institution and kind was not refused with 409 (status ${second.status})` });
    }
    const issued = await listAll(ctx, clerk, 'listMedicalTickets', { memberId, month, institutionCode: code, kind: '1', status: 'issued' },
      { ja: '医療券の一覧（listMedicalTickets）', en: 'listing the tickets (listMedicalTickets)' });
    if (issued.length !== 1) {
      faults.push({ ja: `拒否の後、同一の条件の発行済の医療券が ${issued.length} 枚ある（1枚であるべき）`, en: `after the refusal there are ${issued.length} issued tickets for the same member, month, institution and kind (expected 1)` });
    }
    // Another institution is another ticket: not a duplicate.
    const other = await send(clerk, 'issueMedicalTicket', { body: ticket(memberId, month, testInstitutionCode()) });
    if (other.status !== 201) {
      faults.push({ ja: `別の指定医療機関の医療券が発行されなかった（状態コード ${other.status}）`, en: `a ticket for another institution was not issued (status ${other.status})` });
    }
    failIfAny(ctx, faults);
  },
});

/** 08.2.4, 08.2.5: tickets only for months the household was protected in, validity within the protected days. */
export const medicalTicketProtectedMonthsOnly = defineCheck({
  id: 'medical.ticket-protected-period-only',
  title: {
    ja: '医療券は対象月に保護中であった世帯の世帯員に限り、保護期間内の有効期間で発行される',
    en: 'Medical tickets are issued only for months in which the household was protected, with validity within the protected days',
  },
  verifies: ['08.2.4', '08.2.5'],
  async run(ctx) {
    const clerk = requireClient(ctx, 'medical-clerk');
    const month = monthFromNow(-3);
    const startOn = dayOf(month, 10);
    const fixture = await protectedHousehold(ctx, { startOn });
    const memberId = idOf(fixture.members[0]);
    const code = testInstitutionCode();
    const faults: Fault[] = [];

    const before = previousMonth(month);
    const unprotected = await send(clerk, 'issueMedicalTicket', { body: ticket(memberId, before, code) });
    if (unprotected.status !== 422) {
      faults.push({ ja: `保護開始（${startOn}）より前の月 ${before} の医療券が 422 で拒否されなかった（状態コード ${unprotected.status}）`, en: `a ticket for ${before}, before protection began on ${startOn}, was not refused with 422 (status ${unprotected.status})` });
    }
    const early = await send(clerk, 'issueMedicalTicket', { body: ticket(memberId, month, code, { validFrom: dayOf(month, 1), validTo: lastDayOf(month) }) });
    if (early.status !== 422) {
      faults.push({ ja: `保護開始（${startOn}）より前から有効な医療券が 422 で拒否されなかった（状態コード ${early.status}）`, en: `a ticket valid from before protection began (${startOn}) was not refused with 422 (status ${early.status})` });
    }
    const refusedLeft = await listAll(ctx, clerk, 'listMedicalTickets', { memberId },
      { ja: '医療券の一覧（listMedicalTickets）', en: 'listing the tickets (listMedicalTickets)' });
    if (refusedLeft.length > 0 && faults.length === 0) {
      faults.push({ ja: `拒否の後に世帯員の医療券が ${refusedLeft.length} 枚ある`, en: `${refusedLeft.length} tickets exist for the member after the refusals` });
    }

    const good = await send(clerk, 'issueMedicalTicket', { body: ticket(memberId, month, code) });
    if (good.status !== 201 || !isObject(good.body)) {
      faults.push({ ja: `保護が開始された月の医療券が発行されなかった（状態コード ${good.status}）`, en: `a ticket for the month protection began was not issued (status ${good.status})` });
    } else {
      const from = String(good.body.validFrom ?? '');
      const to = String(good.body.validTo ?? '');
      if (from < startOn || to > lastDayOf(month) || to < from) {
        faults.push({ ja: `有効期間 ${from}〜${to} が保護期間（${startOn}〜${lastDayOf(month)}）の範囲外`, en: `the validity ${from} to ${to} lies outside the protected days (${startOn} to ${lastDayOf(month)})` });
      }
    }
    failIfAny(ctx, faults);
  },
});

/** 08.2.7, 08.2.8, 08.2.9: cancel, refuse a second cancellation, issue again after cancelling. */
export const medicalTicketCancellation = defineCheck({
  id: 'medical.ticket-cancellation',
  title: {
    ja: '医療券を取り消すと取消済になり、再度の取消しは 409 で拒否され、取消し後は同じ条件で再発行できる',
    en: 'A cancelled medical ticket shows as cancelled, a second cancellation is refused with 409, and a new ticket can then be issued',
  },
  verifies: ['08.2.7', '08.2.8', '08.2.9'],
  async run(ctx) {
    const { clerk, month, memberId } = await protectedMember(ctx);
    const code = testInstitutionCode();
    const faults: Fault[] = [];
    const issued = await send(clerk, 'issueMedicalTicket', { body: ticket(memberId, month, code) });
    if (issued.status !== 201 || !isObject(issued.body)) {
      return ctx.fail({ ja: `医療券が発行されなかった（状態コード ${issued.status}）`, en: `the ticket was not issued (status ${issued.status})` });
    }
    const ticketId = String(issued.body.ticketId);
    const cancelled = await send(clerk, 'cancelMedicalTicket', { path: { ticketId }, body: { reason: '指定医療機関を誤って発行したため。（試験）' } });
    if (cancelled.status !== 200) {
      return ctx.fail({ ja: `発行済の医療券の取消しが 200 で応答しなかった（状態コード ${cancelled.status}）`, en: `cancelling an issued ticket did not answer 200 (status ${cancelled.status})` });
    }
    const read = await send(clerk, 'getMedicalTicket', { path: { ticketId } });
    const after = isObject(read.body) ? read.body : {};
    if (after.status !== 'cancelled' || typeof after.cancellationReason !== 'string' || typeof after.cancelledOn !== 'string') {
      faults.push({ ja: `取り消した券が取消済（理由・日付つき）として照会されない（status ${String(after.status)}）`, en: `the cancelled ticket does not read back as cancelled with reason and date (status ${String(after.status)})` });
    }
    const again = await send(clerk, 'cancelMedicalTicket', { path: { ticketId }, body: { reason: '二重の取消し（試験）' } });
    if (again.status !== 409) {
      faults.push({ ja: `取消済の券の再取消しが 409 で拒否されなかった（状態コード ${again.status}）`, en: `cancelling a cancelled ticket was not refused with 409 (status ${again.status})` });
    }
    const reread = await send(clerk, 'getMedicalTicket', { path: { ticketId } });
    if (isObject(reread.body) && reread.body.cancellationReason !== after.cancellationReason) {
      faults.push({ ja: '拒否された再取消しで取消理由が変わった', en: 'the refused second cancellation changed the cancellation reason' });
    }
    const reissued = await send(clerk, 'issueMedicalTicket', { body: ticket(memberId, month, code) });
    if (reissued.status !== 201) {
      faults.push({ ja: `取消し後の同じ条件の再発行ができなかった（状態コード ${reissued.status}）`, en: `issuing again after the cancellation failed (status ${reissued.status})` });
    }
    failIfAny(ctx, faults);
  },
});

/** 08.3.7 (prohibited), 08.3.6: the online-eligibility data flags a restricted member and leaves out their tickets. */
export const eligibilityRestrictedMember = defineCheck({
  id: 'medical.eligibility-excludes-restricted-tickets',
  title: {
    ja: 'オンライン資格確認の登録データは、閲覧制限の世帯員に閲覧制限の表示を付し、その券情報を含めない',
    en: "The online-eligibility data flags a viewing-restricted member and leaves out that member's tickets",
  },
  verifies: ['08.3.7', '08.3.6', '08.3.4'],
  async run(ctx) {
    const clerk = requireClient(ctx, 'medical-clerk');
    const caseworker = requireClient(ctx, 'caseworker');
    const month = monthFromNow(-1);
    const fixture = await protectedHousehold(ctx, {
      startOn: dayOf(monthFromNow(-3), 1),
      members: [
        { name: { family: '見本', given: '太郎', familyKana: 'ミホン', givenKana: 'タロウ' }, birthDate: '1980-04-01', sex: '1', relationship: '01' },
        { name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' }, birthDate: '1982-05-02', sex: '2', relationship: '02' },
      ],
    });
    const [open, restricted] = fixture.members.map(idOf) as [string, string];
    const ticketNumbers: Record<string, string> = {};
    for (const memberId of [open, restricted]) {
      const issued = await send(clerk, 'issueMedicalTicket', { body: ticket(memberId, month, testInstitutionCode()) });
      if (issued.status !== 201 || !isObject(issued.body)) {
        return ctx.fail({ ja: `医療券が発行されなかった（状態コード ${issued.status}）`, en: `a ticket was not issued (status ${issued.status})` });
      }
      ticketNumbers[memberId] = String(issued.body.ticketNumber);
    }
    const set = await send(caseworker, 'setViewingRestriction', { path: { memberId: restricted }, body: { restricted: true, reason: '1', requestedOn: dayOf(month, 1), note: '配偶者からの暴力のため（試験）' } });
    if (set.status !== 200) {
      return ctx.fail({ ja: `閲覧制限の設定が 200 で応答しなかった（状態コード ${set.status}）`, en: `setting the viewing restriction did not answer 200 (status ${set.status})` });
    }
    const records = await listAll(ctx, clerk, 'getOnlineEligibilityData', { month },
      { ja: 'オンライン資格確認の登録データ（getOnlineEligibilityData）', en: 'the online-eligibility data (getOnlineEligibilityData)' }, 200);
    const faults: Fault[] = [];
    const recordOf = (memberId: string) => records.find((r) => r.memberId === memberId);
    const numbersIn = (r: Record<string, unknown> | undefined) => (Array.isArray(r?.tickets) ? r.tickets.filter(isObject).map((t) => t.ticketNumber) : []);
    const openRecord = recordOf(open);
    if (!openRecord) faults.push({ ja: '閲覧制限のない世帯員の登録データがない', en: 'no record for the member without restriction' });
    else {
      if (openRecord.viewingRestricted !== false) faults.push({ ja: '閲覧制限のない世帯員に閲覧制限の表示がある', en: 'the unrestricted member is flagged as restricted' });
      if (!numbersIn(openRecord).includes(ticketNumbers[open])) faults.push({ ja: '閲覧制限のない世帯員の券情報が含まれていない', en: "the unrestricted member's ticket is missing" });
    }
    const restrictedRecord = recordOf(restricted);
    if (restrictedRecord && restrictedRecord.viewingRestricted !== true) {
      faults.push({ ja: '閲覧制限の世帯員の登録データに閲覧制限の表示がない', en: 'the restricted member is not flagged as restricted' });
    }
    if (!restrictedRecord) faults.push({ ja: '閲覧制限の世帯員の登録データ（資格情報）がない', en: 'no record (eligibility) for the restricted member' });
    const leaked = records.filter((r) => numbersIn(r).includes(ticketNumbers[restricted]) || (r.memberId === restricted && numbersIn(r).length > 0));
    if (leaked.length > 0) {
      faults.push({ ja: '閲覧制限の世帯員の医療券が登録データに含まれている', en: "the restricted member's ticket is included in the data" });
    }
    failIfAny(ctx, faults);
  },
});

/** 08.1.1, 08.1.2: an opinion is recorded; one whose expected period ends before it begins is refused. */
export const medicalOpinionPeriod = defineCheck({
  id: 'medical.opinion-period-consistent',
  title: {
    ja: '医療要否意見書を記録でき、見込期間の終期が始期より前の意見書は拒否される',
    en: 'A medical opinion is recorded; one whose expected period ends before it begins is refused',
  },
  verifies: ['08.1.1', '08.1.2'],
  async run(ctx) {
    const { clerk, memberId } = await protectedMember(ctx);
    const base = { institutionCode: testInstitutionCode(), institutionName: '見本病院（試験）', receivedOn: dayOf(monthFromNow(-1), 5), diseaseName: '見本病（試験）', careRequired: true, inpatient: false };
    const faults: Fault[] = [];
    const reversed = await send(clerk, 'createMedicalOpinion', { path: { memberId }, body: { ...base, periodFrom: monthFromNow(-1), periodTo: monthFromNow(-2) } });
    if (reversed.status !== 422) {
      faults.push({ ja: `見込期間の終期が始期より前の意見書が 422 で拒否されなかった（状態コード ${reversed.status}）`, en: `an opinion whose period ends before it begins was not refused with 422 (status ${reversed.status})` });
    }
    const good = await send(clerk, 'createMedicalOpinion', { path: { memberId }, body: { ...base, periodFrom: monthFromNow(-1), periodTo: monthFromNow(1) } });
    if (good.status !== 201 || !isObject(good.body) || good.body.periodFrom !== monthFromNow(-1) || good.body.periodTo !== monthFromNow(1)
      || good.body.institutionCode !== base.institutionCode || good.body.receivedOn !== base.receivedOn || good.body.careRequired !== base.careRequired) {
      faults.push({ ja: `整合する見込期間の意見書が記録されなかった（状態コード ${good.status}）`, en: `an opinion with a consistent period was not recorded as sent (status ${good.status})` });
    }
    failIfAny(ctx, faults);
  },
});
