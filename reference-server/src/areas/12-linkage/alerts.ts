/**
 * 異動検知アラート (12.4.2, 12.4.5–12.4.7): listed by case worker, status, household, type or system, oldest first
 * (or longest open first), open alerts with the days since receipt; acknowledged once with a disposition and a note,
 * recording who and when, optionally linking the decision made in response.
 */
import type { HogoAdapter, components } from '@hogo-kit/sdk';
import { daysBetween } from '../../support/clock.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { page } from '../../support/page.ts';
import { illegalTransition, missing, ruleBroken, unknownReference } from '../../support/refusals.ts';

type ChangeAlert = components['schemas']['ChangeAlert'];
type Decision = components['schemas']['Decision'];

/** The date (JST) of a timestamp. */
const jstDate = (iso: string) => new Date(Date.parse(iso) + 9 * 3600_000).toISOString().slice(0, 10);

export function alertOperations(env: AreaEnv): Pick<HogoAdapter, 'listChangeAlerts' | 'acknowledgeChangeAlert'> {
  return {
    async listChangeAlerts({ query }) {
      const asOf = query.asOf ?? env.clock.today();
      // mutant open-days-from-effective-date: days are counted from the date of the change, not from the receipt
      const openedOn = (a: ChangeAlert) => (hasMutant(env, 'open-days-from-effective-date') ? a.effectiveDate : jstDate(a.receivedAt));
      const items = env.store.records<ChangeAlert>('ChangeAlert').map((r) => r.value)
        .filter((a) => (query.assignedTo === undefined || a.assignedTo === query.assignedTo)
          && (query.status === undefined || a.status === query.status)
          && (query.householdId === undefined || a.householdId === query.householdId)
          && (query.type === undefined || a.type === query.type)
          && (query.system === undefined || a.system === query.system))
        .map((a) => (a.status === 'open' ? { ...a, openDays: Math.max(0, daysBetween(openedOn(a), asOf)) } : a))
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.alertId.localeCompare(b.alertId));
      if (query.sort === 'openDays') items.sort((a, b) => (b.openDays ?? -1) - (a.openDays ?? -1));
      return page(items, query);
    },

    async acknowledgeChangeAlert({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const record = tx.get<ChangeAlert>('ChangeAlert', path.alertId);
        if (!record) throw missing('異動検知アラート', 'change alert');
        if (record.value.status !== 'open') throw illegalTransition('change-alert', record.value.status, 'acknowledge');
        if (body.decisionId !== undefined) {
          const decision = tx.get<Decision>('Decision', body.decisionId)?.value;
          if (!decision) throw unknownReference('/body/decisionId', '決定', 'decision');
          if (decision.householdId !== record.value.householdId) {
            throw ruleBroken('decision-of-another-household', '/body/decisionId', {
              ja: 'アラートの世帯とは別の世帯の決定です。', en: 'The decision concerns another household than the alert.',
            });
          }
        }
        const alert: ChangeAlert = {
          ...record.value,
          status: 'acknowledged',
          // mutant acknowledger-not-recorded: who acknowledged is not kept
          acknowledgedBy: hasMutant(env, 'acknowledger-not-recorded') ? null : ctx.principal.staffId,
          acknowledgedAt: env.clock.now().toISOString(),
          disposition: body.disposition,
          note: body.note,
          // mutant alert-decision-not-linked: the decision given is checked but not kept
          decisionId: hasMutant(env, 'alert-decision-not-linked') ? null : body.decisionId ?? null,
        };
        tx.put('ChangeAlert', path.alertId, alert);
        return alert;
      });
    },
  };
}
