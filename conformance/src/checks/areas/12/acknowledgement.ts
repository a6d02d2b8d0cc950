import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import type { Json } from '../../data/households.ts';
import { addDays, caseDecision, failIfAny, type Fault } from '../../data/setup.ts';
import { requireClient } from '../../support/roles.ts';
import { daysFromToday, itemsOf, must, mustRefuse } from '../../support/steps.ts';
import { alertsOf, differs, EDITIONS, inquire, jstDate, linkageChange, mustReceive, protectedPerson, timeOf } from './support.ts';

const NOTE = '転居先を家庭訪問で確認する。（試験データ）';

/** A member of a protected household and the open alert a reported move about them raised. */
async function openAlert(ctx: CheckContext, effectiveDate = daysFromToday(-3)) {
  const person = await protectedPerson(ctx);
  const change = linkageChange(person.addressNumber, 'jumin', 'address-change', effectiveDate, [{ code: 'jumin-address', value: '見本町三丁目13番13号（試験）' }]);
  await mustReceive(ctx, change);
  const alert = (await alertsOf(ctx, person.householdId, { status: 'open' })).find((a) => a.changeId === change.changeId);
  if (!alert) return ctx.fail({ ja: '保護中の世帯の世帯員の転居を受信したが、未確認の異動検知アラートの一覧にない', en: 'a move of a member of a protected household was received but no open alert for it is listed' });
  return { ...person, alert, alertId: String(alert.alertId) };
}

/**
 * 12.4.5: a supervisor acknowledges an alert with a disposition and what was done; the alert is then acknowledged,
 * with the disposition, the note, the supervisor as acknowledger (the staff id the same credential is recorded with
 * as requester of an inquiry) and the time, and leaves the open alerts. Without the note, or a second time, the
 * acknowledgement is refused.
 */
export const alertAcknowledged = defineCheck({
  id: 'linkage.alert-acknowledged-with-response',
  title: {
    ja: '異動検知アラートを対応区分及び対応内容を入力して確認済みとでき、確認者及び確認日時が記録される',
    en: 'A change alert is acknowledged with a disposition and what was done, recording who acknowledged it and when',
  },
  verifies: ['12.4.5'],
  editions: EDITIONS,
  async run(ctx) {
    const { alert, alertId, memberId, householdId } = await openAlert(ctx);
    const supervisor = requireClient(ctx, 'supervisor');
    const path = { alertId };
    await mustRefuse(ctx, supervisor, 'acknowledgeChangeAlert', { path, body: { disposition: 'investigation' } },
      { ja: '対応内容を入力しないアラートの確認', en: 'acknowledging an alert without saying what was done' });
    const staffId = (await inquire(ctx, 'supervisor', { memberId, purpose: 'review' })).requestedBy;
    const done = await must(ctx, supervisor, 'acknowledgeChangeAlert', { path, body: { disposition: 'investigation', note: NOTE } }, 200,
      { ja: '査察指導員による異動検知アラートの確認', en: 'the supervisor acknowledging the alert' });
    const faults: Fault[] = [];
    const recorded = (where: Fault, shown: Json) => {
      const on = (ja: string, en: string): Fault => ({ ja: `${where.ja}の${ja}`, en: `${en} ${where.en}` });
      if (shown.status !== 'acknowledged') faults.push(differs(on('確認状況', 'the status'), 'acknowledged', shown.status));
      if (shown.disposition !== 'investigation') faults.push(differs(on('対応区分', 'the disposition'), 'investigation', shown.disposition));
      if (shown.note !== NOTE) faults.push(differs(on('対応内容', 'the note'), NOTE, shown.note));
      if (typeof staffId !== 'string' || shown.acknowledgedBy !== staffId) faults.push(differs(on('確認者', 'the acknowledger'), staffId, shown.acknowledgedBy));
      if (!(timeOf(shown.acknowledgedAt) >= timeOf(alert.receivedAt))) {
        faults.push({ ja: `${where.ja}に確認日時が記録されていない（${JSON.stringify(shown.acknowledgedAt)}）`, en: `no time of acknowledgement ${where.en} (${JSON.stringify(shown.acknowledgedAt)})` });
      }
    };
    recorded({ ja: '確認の応答', en: 'in the answer to the acknowledgement' }, done);
    if ((await alertsOf(ctx, householdId, { status: 'open' })).some((a) => a.alertId === alertId)) {
      faults.push({ ja: '確認済みのアラートが未確認の一覧に残っている', en: 'the acknowledged alert is still listed as open' });
    }
    const listed = (await alertsOf(ctx, householdId, { status: 'acknowledged' })).find((a) => a.alertId === alertId);
    if (!listed) faults.push({ ja: '確認済みのアラートが確認済みの一覧にない', en: 'the acknowledged alert is not listed as acknowledged' });
    else recorded({ ja: '確認済みの一覧', en: 'on the list of acknowledged alerts' }, listed);
    await mustRefuse(ctx, supervisor, 'acknowledgeChangeAlert', { path, body: { disposition: 'no-effect', note: NOTE } },
      { ja: '確認済みのアラートの再度の確認', en: 'acknowledging an already acknowledged alert' });
    failIfAny(ctx, faults);
  },
});

/**
 * Option 12.4.6: the case worker acknowledges an alert linking the 変更 decision made in response; the decision is
 * recorded on the alert. A decision id that does not exist is refused.
 */
export const alertLinksDecision = defineCheck({
  id: 'linkage.alert-links-decision',
  title: {
    ja: '異動検知アラートの確認の際に、異動に対応して行った変更の決定を関連付けて記録できる',
    en: 'Acknowledging an alert records the change decision made in response',
  },
  verifies: ['12.4.6'],
  editions: EDITIONS,
  async run(ctx) {
    const { alertId, householdId } = await openAlert(ctx);
    const today = daysFromToday(0);
    const decision = await caseDecision(ctx, householdId, {
      type: 'change', decidedOn: today, effectiveOn: today, fujoBreakdown: [{ fujoType: '01', monthlyAmount: 65_000, inKind: false }],
      reasonText: '転居に伴い住宅扶助・生活扶助の額を変更する。（試験データ）',
    });
    const caseworker = requireClient(ctx, 'caseworker');
    const path = { alertId };
    await mustRefuse(ctx, caseworker, 'acknowledgeChangeAlert', { path, body: { disposition: 'decision', note: NOTE, decisionId: `conformance-${crypto.randomUUID()}` } },
      { ja: '存在しない決定を関連付けたアラートの確認', en: 'acknowledging an alert with a decision that does not exist' });
    const done = await must(ctx, caseworker, 'acknowledgeChangeAlert', { path, body: { disposition: 'decision', note: NOTE, decisionId: decision.decisionId } }, 200,
      { ja: '変更の決定を関連付けたアラートの確認', en: 'acknowledging the alert with the change decision' });
    const listed = (await alertsOf(ctx, householdId, { status: 'acknowledged' })).find((a) => a.alertId === alertId);
    const faults: Fault[] = [];
    if (done.decisionId !== decision.decisionId) faults.push(differs({ ja: '確認の応答の決定番号', en: 'the decision on the acknowledged alert' }, decision.decisionId, done.decisionId));
    if (listed?.decisionId !== decision.decisionId) faults.push(differs({ ja: '確認済みの一覧の決定番号', en: 'the decision on the listed alert' }, decision.decisionId, listed?.decisionId));
    failIfAny(ctx, faults);
  },
});

/**
 * Option 12.4.7: an open alert shows the days from its receipt (Japan date) to the reference date asked — 30 days
 * for a reference date 30 days after the receipt, whatever the date of the change itself; and the open alerts,
 * sorted by open days, come longest open first.
 */
export const alertOpenDays = defineCheck({
  id: 'linkage.alert-open-days',
  title: {
    ja: '未確認の異動検知アラートに受信から基準日までの経過日数が表示され、経過日数の長い順に一覧できる',
    en: 'Open alerts show the days from receipt to the reference date, and are listed longest open first',
  },
  verifies: ['12.4.7'],
  editions: EDITIONS,
  async run(ctx) {
    const { alert, alertId, householdId } = await openAlert(ctx, daysFromToday(-20));
    if (Number.isNaN(timeOf(alert.receivedAt))) return ctx.fail({ ja: 'アラートに受信日時がない', en: 'the alert has no time of receipt' });
    const asOf = addDays(jstDate(String(alert.receivedAt)), 30);
    const query = { status: 'open', sort: 'openDays', asOf };
    const mine = (await alertsOf(ctx, householdId, query)).find((a) => a.alertId === alertId);
    const faults: Fault[] = [];
    if (mine?.openDays !== 30) faults.push(differs({ ja: `受信から基準日 ${asOf} までの経過日数`, en: `the days open from receipt to ${asOf}` }, 30, mine?.openDays));
    const page = await must(ctx, requireClient(ctx, 'supervisor'), 'listChangeAlerts', { query: { ...query, limit: 50 } }, 200,
      { ja: '経過日数の長い順の未確認アラートの一覧', en: 'listing open alerts longest open first' });
    const days = itemsOf(page).map((a) => a.openDays);
    const outOfOrder = days.findIndex((d, i) => typeof d !== 'number' || (i > 0 && d > (days[i - 1] as number)));
    if (outOfOrder >= 0) {
      faults.push({ ja: `経過日数の長い順の一覧で ${outOfOrder + 1} 件目の経過日数が ${JSON.stringify(days[outOfOrder])}（前の件は ${JSON.stringify(days[outOfOrder - 1])}）`, en: `in the list longest open first, item ${outOfOrder + 1} shows ${JSON.stringify(days[outOfOrder])} days after ${JSON.stringify(days[outOfOrder - 1])}` });
    }
    failIfAny(ctx, faults);
  },
});
