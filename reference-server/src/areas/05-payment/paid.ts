import type { Reader } from '../../store/store.ts';
import type { Payment, YearMonth } from './types.ts';

/** The household's payment records (regular and occasional), in creation order. */
export const paymentsOf = (tx: Reader, householdId: string): Payment[] =>
  tx.all<Payment>('Payment').map((r) => r.value).filter((p) => p.householdId === householdId);

/** Gross cash paid to the household for the months from `from` to `to`, from its payment records. */
export function grossPaidFor(tx: Reader, householdId: string, from: YearMonth, to: YearMonth): number {
  return paymentsOf(tx, householdId)
    .filter((p) => from <= p.month && p.month <= to)
    .reduce((sum, p) => sum + p.grossAmount, 0);
}
