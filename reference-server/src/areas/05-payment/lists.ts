import type { HogoAdapter } from '@hogo-kit/sdk';
import { HogoError } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { page } from '../../support/page.ts';
import { householdInPath } from '../../support/households.ts';
import { methodRecord } from './method.ts';
import { paymentsOf } from './paid.ts';
import { addMonths, monthOf, type Household, type Payment, type PaymentLedger } from './types.ts';

/**
 * Mutant payments-follow-current-method only: the recipient's part of a payment shown by the household's present
 * method and account, as if it were looked up when read instead of frozen when the payment was made.
 */
function withCurrentMethod(env: AreaEnv, payment: Payment): Payment {
  const { method, bankAccount } = methodRecord(env.store, payment.householdId).value;
  const disbursements = payment.disbursements.map((d) => {
    if (d.method === 'proxy') return d;
    const { bankAccount: _old, ...rest } = d;
    return { ...rest, method: method === 'transfer' ? 'transfer' as const : 'counter' as const, ...(method === 'transfer' && bankAccount ? { bankAccount } : {}) };
  });
  return { ...payment, disbursements };
}

const byMonthThenDate = (a: Payment, b: Payment) =>
  a.month.localeCompare(b.month) || a.paymentDate.localeCompare(b.paymentDate) || a.createdAt.localeCompare(b.createdAt);

/** The ledger's totals; with mutant ledger-totals-wrong the recipient total does not subtract the deductions. */
const totals = (payments: Payment[], deductionsKept: boolean) => ({
  grossTotal: payments.reduce((s, p) => s + p.grossAmount, 0),
  deductionTotal: payments.reduce((s, p) => s + p.deductionAmount, 0),
  proxyTotal: payments.reduce((s, p) => s + p.proxyAmount, 0),
  recipientTotal: payments.reduce((s, p) => s + p.recipientAmount + (deductionsKept ? p.deductionAmount : 0), 0),
});

export function paymentListOperations(env: AreaEnv): Pick<HogoAdapter, 'listPayments' | 'getPaymentLedger'> {
  return {
    async listPayments({ query }) {
      const { store } = env;
      const households = new Map<string, Household | undefined>();
      const byHousehold = (id: string) => (households.has(id) ? households : households.set(id, store.get<Household>('Household', id)?.value)).get(id);
      // mutant payment-list-filters-ignored: the method, section and case-worker filters are not applied
      const applied: Partial<typeof query> = hasMutant(env, 'payment-list-filters-ignored') ? {} : query;
      const { method, section, assignedCaseworker } = applied;
      const items = store
        .select<Payment>('Payment', (p) =>
          (query.month === undefined || p.month === query.month) &&
          (query.householdId === undefined || p.householdId === query.householdId) &&
          (query.kind === undefined || p.kind === query.kind) &&
          (method === undefined || p.disbursements.some((d) => d.method === method)) &&
          (query.runId === undefined || p.runId === query.runId) &&
          (section === undefined || byHousehold(p.householdId)?.section === section) &&
          (assignedCaseworker === undefined || byHousehold(p.householdId)?.assignedCaseworker === assignedCaseworker))
        .map((r) => (hasMutant(env, 'payments-follow-current-method') ? withCurrentMethod(env, r.value) : r.value))
        .sort((a, b) => a.month.localeCompare(b.month) || a.householdId.localeCompare(b.householdId) || byMonthThenDate(a, b));
      return page(items, query);
    },
    async getPaymentLedger({ path, query }) {
      const household = householdInPath(env.store, path.householdId);
      const to = query.to ?? (query.from && query.from > monthOf(env.clock.today()) ? query.from : monthOf(env.clock.today()));
      const from = query.from ?? addMonths(to, -11);
      if (from > to) {
        throw new HogoError(400, 'period-reversed', { ja: '入力が不正です', en: 'Invalid input' }, undefined, [
          { pointer: '/query/from', code: 'period-reversed', message: { ja: '開始月が終了月より後です', en: 'from is after to' } },
        ]);
      }
      const payments = paymentsOf(env.store, household.householdId)
        .filter((p) => from <= p.month && p.month <= to)
        // mutant ledger-without-occasional: the ledger lists (and totals) the regular payments only
        .filter((p) => p.kind === 'regular' || !hasMutant(env, 'ledger-without-occasional'))
        .sort(byMonthThenDate);
      const ledger: PaymentLedger = {
        householdId: household.householdId,
        ...(household.caseNumber !== undefined ? { caseNumber: household.caseNumber } : {}),
        from,
        to,
        payments,
        ...totals(payments, hasMutant(env, 'ledger-totals-wrong')),
      };
      return ledger;
    },
  };
}
