import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, daysFromToday, must, mustRefuse, newHousehold, type Json } from '../../support/steps.ts';

type Client = HogoClient<Edition>;

/** A visit proposed to the member `hoursAhead` hours from now, for one hour, through `channel`. */
function propose(ctx: CheckContext, client: Client, householdId: string, memberId: string, channel: string, hoursAhead = 24 * 14): Promise<Json> {
  const start = new Date(Date.now() + hoursAhead * 3_600_000);
  const end = new Date(start.getTime() + 3_600_000);
  return must(ctx, client, 'createVisitAppointment', {
    path: { householdId },
    body: { memberId, proposedStart: start.toISOString(), proposedEnd: end.toISOString(), channel, purpose: '定期訪問' },
  }, 201, { ja: '訪問日程の提案', en: 'proposing a visit' });
}

const noticesAbout = (ctx: CheckContext, client: Client, subjectId: string) =>
  allItems(ctx, client, 'listNotifications', { query: { subjectId } }, { ja: '通知の一覧', en: 'listing notifications' });

/** 06.7.2: a proposal creates a notification to the member through the channel chosen. */
export const proposalNotified = defineCheck({
  id: 'casework.visit-proposal-notified',
  title: { ja: '訪問日程を提案したとき指定した連絡手段による被保護者あての通知が作成される', en: 'A proposal creates a notice to the recipient through the chosen channel' },
  verifies: ['06.7.2'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId, memberId } = await newHousehold(ctx, cw);
    for (const channel of ['email', 'letter']) {
      const appointment = await propose(ctx, cw, householdId, memberId, channel);
      const notices = (await noticesAbout(ctx, cw, String(appointment.appointmentId))).filter((n) => n.notificationType === 'visitProposal');
      const notice = notices[0];
      if (notices.length !== 1 || notice?.channel !== channel || notice.memberId !== memberId || notice.householdId !== householdId) {
        ctx.fail({
          ja: `連絡手段 ${channel} の提案に、その手段による世帯員あての提案の通知が1件作成されない（${notices.length} 件、連絡手段 ${String(notice?.channel)}、宛先 ${String(notice?.memberId)}）`,
          en: `a proposal through ${channel} does not create one proposal notice to the member through it (${notices.length}, channel ${String(notice?.channel)}, member ${String(notice?.memberId)})`,
        });
      }
      if (appointment.notificationId !== undefined && appointment.notificationId !== notice?.notificationId) {
        ctx.fail({ ja: `提案に記録された通知番号（${String(appointment.notificationId)}）が作成された通知と一致しない`, en: `the proposal's notificationId (${String(appointment.notificationId)}) is not the notice created` });
      }
    }
  },
});

/** 06.7.4: a request for another date without preferred dates is refused; with them it is recorded. */
export const rescheduleNeedsSlots = defineCheck({
  id: 'casework.visit-reschedule-needs-preferred-dates',
  title: { ja: '日程変更の希望を記録するときは希望日時の指定を必須とする', en: 'A request for another date needs preferred dates' },
  verifies: ['06.7.4'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId, memberId } = await newHousehold(ctx, cw);
    const appointmentId = String((await propose(ctx, cw, householdId, memberId, 'sms')).appointmentId);
    const path = { appointmentId };
    await mustRefuse(ctx, cw, 'respondToVisitAppointment', { path, body: { response: 'rescheduleRequested', receivedVia: 'sms' } }, { ja: '希望日時のない日程変更の希望', en: 'a request for another date without preferred dates' });
    await mustRefuse(ctx, cw, 'respondToVisitAppointment', { path, body: { response: 'rescheduleRequested', receivedVia: 'sms', preferredSlots: [] } }, { ja: '希望日時が空の日程変更の希望', en: 'a request for another date with an empty list of preferred dates' });
    const day = daysFromToday(21);
    const slots = [{ start: `${day}T13:00:00+09:00`, end: `${day}T15:00:00+09:00` }];
    const answered = await must(ctx, cw, 'respondToVisitAppointment', { path, body: { response: 'rescheduleRequested', receivedVia: 'sms', preferredSlots: slots } }, 200,
      { ja: '希望日時を付けた日程変更の希望（拒否された回答の後も提案は未回答のはず）', en: 'a request for another date with preferred dates (the proposal should still be unanswered)' });
    const kept = (answered.response as Json | undefined)?.preferredSlots;
    if (answered.status !== 'rescheduleRequested' || !Array.isArray(kept) || kept.length !== 1) {
      ctx.fail({ ja: `日程変更の希望と希望日時が記録されない（状況 ${String(answered.status)}）`, en: `the request for another date and its preferred dates are not recorded (status ${String(answered.status)})` });
    }
  },
});

/** 06.7.6 (option): recording the answer creates an in-system notice to the case worker who proposed. */
export const responseNotified = defineCheck({
  id: 'casework.visit-response-notified',
  title: { ja: '被保護者の回答を記録したとき提案した地区担当員あてのシステム内通知が作成される', en: 'Recording the answer notifies the proposing case worker in the system' },
  verifies: ['06.7.6'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId, memberId } = await newHousehold(ctx, cw);
    const appointment = await propose(ctx, cw, householdId, memberId, 'push');
    const appointmentId = String(appointment.appointmentId);
    await must(ctx, cw, 'respondToVisitAppointment', { path: { appointmentId }, body: { response: 'declined', receivedVia: 'push', comment: '当日は通院のため不在です。' } }, 200, { ja: '辞退の回答の記録', en: 'recording a decline' });
    const toWorker = (await noticesAbout(ctx, cw, appointmentId)).filter((n) => n.notificationType === 'visitResponse');
    if (toWorker.length !== 1 || toWorker[0]?.staffId !== appointment.proposedBy || toWorker[0]?.channel !== 'inSystem') {
      ctx.fail({ ja: `提案した地区担当員（${String(appointment.proposedBy)}）あての回答のシステム内通知が1件作成されない（${toWorker.length} 件）`, en: `not exactly one in-system notice of the answer to the proposer ${String(appointment.proposedBy)} (${toWorker.length})` });
    }
  },
});

/** 06.7.7: a visit is linked to the appointment agreed beforehand; an appointment of another household is refused. */
export const visitLinkedToAppointment = defineCheck({
  id: 'casework.visit-linked-to-appointment',
  title: { ja: '訪問記録に事前に被保護者と調整した訪問日程を関連付けられる', en: 'A visit is linked to the appointment agreed with the recipient' },
  verifies: ['06.7.7'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId, memberId } = await newHousehold(ctx, cw);
    const other = await newHousehold(ctx, cw);
    const agreed = await propose(ctx, cw, householdId, memberId, 'sms', 1);
    const appointmentId = String(agreed.appointmentId);
    await must(ctx, cw, 'respondToVisitAppointment', { path: { appointmentId }, body: { response: 'accepted', receivedVia: 'sms' } }, 200, { ja: '承諾の回答の記録', en: 'recording an acceptance' });
    const theirs = String((await propose(ctx, cw, other.householdId, other.memberId, 'sms')).appointmentId);
    const visit = (id: string) => ({ visitedOn: daysFromToday(0), visitKind: 'home', metRecipient: true, summary: '予定どおり訪問した。', appointmentId: id });
    await mustRefuse(ctx, cw, 'createVisitRecord', { path: { householdId }, body: visit(theirs) }, { ja: '他の世帯の訪問日程を関連付けた訪問記録', en: "a visit linked to another household's appointment" });
    const made = await must(ctx, cw, 'createVisitRecord', { path: { householdId }, body: visit(appointmentId) }, 201, { ja: '訪問日程を関連付けた訪問記録の登録', en: 'registering a visit linked to its appointment' });
    const listed = await allItems(ctx, cw, 'listVisitRecords', { path: { householdId } }, { ja: '訪問記録の一覧', en: 'listing visits' });
    if (listed.length !== 1 || listed[0]?.visitId !== made.visitId || listed[0]?.appointmentId !== appointmentId) {
      ctx.fail({ ja: `訪問記録の一覧で訪問日程（${appointmentId}）が関連付けられていない（${listed.length} 件、${String(listed[0]?.appointmentId)}）`, en: `the listed visit is not linked to appointment ${appointmentId} (${listed.length} visits, ${String(listed[0]?.appointmentId)})` });
    }
  },
});
