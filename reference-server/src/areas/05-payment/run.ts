import type { AdapterContext, HogoAdapter } from '@hogo-kit/sdk';
import { conflict } from '@hogo-kit/sdk';
import type { AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { missing } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { openClaimsByHousehold } from './deductions.ts';
import { decisionsByHousehold } from './in-force.ts';
import { payHousehold } from './regular.ts';
import type { Household, PaymentRun } from './types.ts';

export function paymentRunOperations(env: AreaEnv): Pick<HogoAdapter, 'createPaymentRun' | 'getPaymentRun'> {
  return {
    async createPaymentRun({ body }, ctx: AdapterContext) {
      return env.store.transact((tx) => {
        const done = tx.all<PaymentRun>('PaymentRun').find((r) => r.value.month === body.month);
        if (done) {
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
          .all<Household>('Household')
          .map((r) => r.value)
          .filter((h) => decisions.has(h.householdId))
          .sort((a, b) => a.householdId.localeCompare(b.householdId))
          .flatMap((h) => payHousehold(tx, h, decisions.get(h.householdId)!, claims.get(h.householdId) ?? [], run) ?? []);
        const sum = (f: (p: (typeof payments)[number]) => number) => payments.reduce((s, p) => s + f(p), 0);
        const result: PaymentRun = {
          ...run,
          ...(body.note !== undefined ? { note: body.note } : {}),
          householdCount: payments.length,
          grossTotal: sum((p) => p.grossAmount),
          deductionTotal: sum((p) => p.deductionAmount),
          proxyTotal: sum((p) => p.proxyAmount),
          recipientTotal: sum((p) => p.recipientAmount),
        };
        tx.put('PaymentRun', run.runId, result);
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
