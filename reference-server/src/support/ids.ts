import type { Transaction } from '../store/store.ts';

/** A new id of the form PREFIX-000001 from the named sequence. */
export function newId(tx: Transaction, prefix: string): string {
  return `${prefix}-${String(tx.next(`id:${prefix}`)).padStart(6, '0')}`;
}
