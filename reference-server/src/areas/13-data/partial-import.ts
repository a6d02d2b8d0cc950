import type { Stored, Store } from '../../store/store.ts';
import type { DataSetCollection } from './collections.ts';

type Json = Record<string, unknown>;

/**
 * Seeded defect import-not-atomic (13.6.3): a load that writes record by record and stops at the first fault,
 * keeping what it wrote — the data set's records before the faulty one replace the system's data. Never called
 * without the mutant.
 */
export async function loadUpTo(store: Store, dataSet: Json, collections: readonly DataSetCollection[], faultPointer: string): Promise<void> {
  const [, property, index] = faultPointer.split('/').slice(1);
  const faultyAt = collections.findIndex((c) => c.property === property);
  const restored: Record<string, Record<string, Stored<unknown>>> = {};
  collections.forEach((c, i) => {
    if (faultyAt >= 0 && i > faultyAt) return;
    const records = (dataSet[c.property] ?? []) as Json[];
    const kept = i === faultyAt ? records.slice(0, Number(index)) : records;
    if (kept.length > 0) restored[c.schema] = Object.fromEntries(kept.map((r) => [String(r[c.key]), { value: r, version: 1 }]));
  });
  await store.transact(() => store.restore({ collections: restored, sequences: store.snapshot().sequences }));
}

/** Seeded defect import-loses-my-number (13.6.2): drops the 個人番号 of every member of the data set (in place). */
export function withoutMyNumbers(dataSet: Json): void {
  for (const household of (dataSet.households ?? []) as Json[]) {
    for (const member of (household.members ?? []) as Json[]) delete member.myNumber;
  }
}
