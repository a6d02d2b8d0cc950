import type { AdapterContext, HogoAdapter } from '@hogo-kit/sdk';
import { conflict } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { missing } from '../../support/refusals.ts';
import type { ExtraRoles } from '../../support/tokens.ts';
import { withEtag } from '../../support/versions.ts';
import { openClaimsByHousehold } from './deductions.ts';
import { decisionsByHousehold } from './in-force.ts';
import { payHousehold } from './regular.ts';
import type { Decision, Household, Payment, PaymentRun } from './types.ts';

/** The extra roles of the seeded defect caseworker-has-accountant-role (switched in app.ts, where tokens are made). */
export const CASEWORKER_AS_ACCOUNTANT: ExtraRoles = { caseworker: ['accountant'] };

/** Mutant double-payment-on-retry only: the Idempotency-Key of each month's run, kept outside the store. */
const RETRY_KEYS = new WeakMap<AreaEnv, Map<string, string>>();
const retryKeys = (env: AreaEnv) => RETRY_KEYS.get(env) ?? RETRY_KEYS.set(env, new Map()).get(env)!;

export function paymentRunOperations(env: AreaEnv): Pick<HogoAdapter, 'createPaymentRun' | 'getPaymentRun'> {
  return {
    async createPaymentRun({ body }, ctx: AdapterContext) {
      return env.store.transact((tx) => {
        const done = tx.select<PaymentRun>('PaymentRun', (r) => r.month === body.month)[0];
        // mutant second-payment-run-accepted: the month is run again; mutant double-payment-on-retry (with the
        // engine's Idempotency-Key replay off): a retry with the key of the month's run is run again
        const retried = hasMutant(env, 'double-payment-on-retry') && ctx.idempotencyKey !== undefined && retryKeys(env).get(body.month) === ctx.idempotencyKey;
        if (done && !hasMutant(env, 'second-payment-run-accepted') && !retried) {
          throw conflict('payment-run-exists', {
            ja: `${body.month} の定例支給は実行済みです（${done.value.runId}）。同じ月の定例支給を二重に作成できません。`,
            en: `The regular payment of ${body.month} has already been made (${done.value.runId}); it cannot be made twice.`,
          });
        }
        const run = {
          runId: newId(tx, 'PR'),
          month: body.month,
          paymentDate: body.paymentDate,
          createdAt: env.clock.now().toISOString(),
          createdBy: ctx.principal.staffId,
        };
        const decisions = decisionsByHousehold(tx);
        const claims = openClaimsByHousehold(tx);
        const payments = tx
          // mutant payment-run-skips-households-without-method: households with no recorded payment method are left out
          .select<Household>('Household', (h) => decisions.has(h.householdId)
            && (!hasMutant(env, 'payment-run-skips-households-without-method') || tx.get('PaymentMethod', h.householdId) !== undefined))
          // mutant occasional-blocks-regular: a household already paid in the month (an occasional payment too) is left out
          .filter((r) => !hasMutant(env, 'occasional-blocks-regular')
            || tx.count<Payment>('Payment', (p) => p.householdId === r.value.householdId && p.month === body.month) === 0)
          .map((r) => r.value)
          .sort((a, b) => a.householdId.localeCompare(b.householdId))
          .flatMap((h) => payHousehold(tx, env, h, decisions.get(h.householdId)!, claims.get(h.householdId) ?? [], run) ?? []);
        const sum = (f: (p: (typeof payments)[number]) => number) => payments.reduce((s, p) => s + f(p), 0);
        const result: PaymentRun = {
          ...run,
          ...(body.note !== undefined ? { note: body.note } : {}),
          householdCount: payments.length,
          // mutant run-totals-from-decisions: the gross total sums the decisions' monthly amounts, in-kind ones too
          grossTotal: hasMutant(env, 'run-totals-from-decisions')
            ? sum((p) => (tx.get<Decision>('Decision', p.decisionId)?.value.fujoBreakdown ?? []).reduce((s, f) => s + f.monthlyAmount, 0))
            : sum((p) => p.grossAmount),
          deductionTotal: sum((p) => p.deductionAmount),
          proxyTotal: sum((p) => p.proxyAmount),
          recipientTotal: sum((p) => p.recipientAmount),
        };
        tx.put('PaymentRun', run.runId, result);
        if (hasMutant(env, 'double-payment-on-retry') && ctx.idempotencyKey !== undefined) retryKeys(env).set(body.month, ctx.idempotencyKey);
        return result;
      });
    },
    async getPaymentRun({ path }) {
      const record = env.store.get<PaymentRun>('PaymentRun', path.runId);
      if (!record) throw missing('定例支給の実行結果', 'payment run');
      return withEtag(path.runId, record);
    },
  };
}
