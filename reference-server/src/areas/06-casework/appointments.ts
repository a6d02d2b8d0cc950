import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { illegalTransition, missing, ruleBroken } from '../../support/refusals.ts';
import { assertMembersOf, byKeys, compact, householdRecordInPath, staffOf, type Schemas } from './common.ts';
import { notify } from './notifications.ts';

type VisitAppointment = Schemas['VisitAppointment'];

const RESPONSE_JA = { accepted: '承諾', declined: '辞退', rescheduleRequested: '日程変更希望' } as const;

export function appointments(env: AreaEnv): Partial<HogoAdapter> {
  return {
    /** 06.7.1, 06.7.2: a proposal to a member, notified through the chosen channel. */
    async createVisitAppointment({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = householdRecordInPath(tx, path.householdId).value;
        assertMembersOf(household, [body.memberId], '/body/memberId');
        if (Date.parse(body.proposedEnd) <= Date.parse(body.proposedStart)) {
          throw ruleBroken('period-reversed', '/body/proposedEnd', {
            ja: '訪問予定終了日時は訪問予定開始日時より後としてください',
            en: 'proposedEnd must be after proposedStart',
          });
        }
        if (body.channel === 'inSystem') {
          throw ruleBroken('channel-not-for-recipient', '/body/channel', {
            ja: 'システム内通知は職員あての連絡手段であり、被保護者への提案には使えません',
            en: 'The in-system channel reaches staff only, not the recipient',
          });
        }
        const appointmentId = newId(tx, 'VA');
        const proposedAt = env.clock.now().toISOString();
        const notificationId = hasMutant(env, 'proposal-not-notified') ? undefined : notify(tx, env, {
          notificationType: 'visitProposal',
          channel: body.channel,
          householdId: household.householdId,
          memberId: body.memberId,
          subjectId: appointmentId,
          title: '訪問日程のご案内',
          body: body.message ?? `${body.proposedStart} から ${body.proposedEnd} に訪問を予定しています。`,
        });
        const appointment: VisitAppointment = compact({
          appointmentId,
          householdId: household.householdId,
          memberId: body.memberId,
          proposedStart: body.proposedStart,
          proposedEnd: body.proposedEnd,
          channel: hasMutant(env, 'proposal-channel-ignored') ? 'letter' : body.channel,
          purpose: body.purpose,
          message: body.message,
          status: 'proposed' as const,
          notificationId,
          proposedBy: staffOf(ctx),
          proposedAt,
        });
        tx.put('VisitAppointment', appointmentId, appointment);
        return appointment;
      });
    },

    /** 06.7.3–06.7.6: one response per proposal; another date needs preferred slots; the case worker is told. */
    async respondToVisitAppointment({ path, body }) {
      return env.store.transact((tx) => {
        const stored = tx.get<VisitAppointment>('VisitAppointment', path.appointmentId);
        if (!stored) throw missing('訪問日程調整', 'visit appointment');
        const appointment = stored.value;
        if (appointment.status !== 'proposed' && !hasMutant(env, 'appointment-answered-twice')) throw illegalTransition('visitAppointment', appointment.status, '回答の記録');
        const slots = body.preferredSlots ?? [];
        if (body.response === 'rescheduleRequested' && slots.length === 0 && !hasMutant(env, 'reschedule-without-preferred-slots')) {
          throw ruleBroken('preferred-slots-required', '/body/preferredSlots', {
            ja: '日程変更の希望には希望日時を指定してください',
            en: 'A request for another date needs preferred slots',
          });
        }
        slots.forEach((slot, i) => {
          if (Date.parse(slot.end) <= Date.parse(slot.start)) {
            throw ruleBroken('period-reversed', `/body/preferredSlots/${i}/end`, {
              ja: '希望終了日時は希望開始日時より後としてください',
              en: 'A preferred slot must end after it starts',
            });
          }
        });
        const updated: VisitAppointment = {
          ...appointment,
          status: body.response,
          response: compact({
            response: body.response,
            respondedAt: body.respondedAt ?? env.clock.now().toISOString(),
            receivedVia: body.receivedVia,
            preferredSlots: body.preferredSlots,
            comment: body.comment,
          }),
        };
        tx.put('VisitAppointment', appointment.appointmentId, updated);
        if (!hasMutant(env, 'response-not-notified')) notify(tx, env, {
          notificationType: 'visitResponse',
          channel: 'inSystem',
          householdId: appointment.householdId,
          staffId: appointment.proposedBy,
          subjectId: appointment.appointmentId,
          title: `訪問日程への回答（${RESPONSE_JA[body.response]}）`,
          body: body.comment,
        });
        return updated;
      });
    },

    /** 06.6.7, 06.7.2, 06.7.6: notifications the system created, newest first. */
    async listNotifications({ query }) {
      const items = env.store
        .records<Schemas['Notification']>('Notification')
        .map((r) => r.value)
        .filter((n) => !query.householdId || n.householdId === query.householdId)
        .filter((n) => !query.subjectId || n.subjectId === query.subjectId)
        .filter((n) => !query.notificationType || n.notificationType === query.notificationType)
        .filter((n) => !query.staffId || n.staffId === query.staffId)
        .sort(byKeys((n) => n.createdAt, (n) => n.notificationId))
        .reverse();
      return page(items, query);
    },
  };
}
