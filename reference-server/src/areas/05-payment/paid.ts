import type { Selecting } from '../../store/store.ts';
import type { Payment, YearMonth } from './types.ts';

/** The household's payment records (regular and occasional), in creation order (only they are read out of the store). */
export const paymentsOf = (tx: Selecting, householdId: string): Payment[] =>
  tx.select<Payment>('Payment', (p) => p.householdId === householdId).map((r) => r.value);

/** Gross cash paid to the household for the months from `from` to `to`, from its payment records. */
export function grossPaidFor(tx: Selecting, householdId: string, from: YearMonth, to: YearMonth): number {
  return paymentsOf(tx, householdId)
    .filter((p) => from <= p.month && p.month <= to)
    .reduce((sum, p) => sum + p.grossAmount, 0);
}
