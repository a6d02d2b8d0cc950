/**
 * Whole-store reads of protection: every household with its changes of protection state, for the operations that
 * walk all households (the statistics, オンライン資格確認の登録データ, the tax survey through the linkage). Asking
 * stateChanges household by household would read the whole Decision collection once per household (quadratic:
 * minutes for a generated store of 100,000 households); here each collection is read once per request.
 */
import { storedRecords, type Reader, type Stored } from '../store/store.ts';
import { groupBy } from './group.ts';
import type { Household } from './households.ts';
import { stateChanges, type StateChange } from './protection-periods.ts';

/**
 * A reader per household, for rules that read "this household's records" of a few collections while walking every
 * household: `all` of a scoped collection answers only that household's records (by their householdId), and of any
 * other collection the whole of it; each collection is read once for all households, as stored (deep-frozen, not
 * cloned: the callers only read them) when the store can, else copied. `get` and `peekSequence` go to the store.
 */
export function householdScoped(store: Reader, scoped: readonly string[]): (householdId: string) => Reader {
  const whole = new Map<string, Stored<unknown>[]>();
  const all = (name: string): Stored<unknown>[] => {
    if (!whole.has(name)) whole.set(name, storedRecords(store, name) as Stored<unknown>[]);
    return whole.get(name)!;
  };
  const byHousehold = new Map(scoped.map((name) => [name, groupBy(all(name), (r) => (r.value as { householdId?: string }).householdId ?? '')]));
  return (householdId) => ({
    get: (name, id) => store.get(name, id),
    all: <T>(name: string) => (byHousehold.get(name)?.get(householdId) ?? (byHousehold.has(name) ? [] : all(name))) as Stored<T>[],
    peekSequence: (name) => store.peekSequence(name),
  });
}

/** Every household (as stored) with its changes of protection state and a reader scoped to its own decisions. */
export function householdsWithChanges(store: Reader): { household: Household; changes: StateChange[]; reader: Reader }[] {
  const readerOf = householdScoped(store, ['Decision']);
  return (storedRecords<Household>(store, 'Household') as Stored<Household>[]).map(({ value }) => {
    const reader = readerOf(value.householdId);
    return { household: value, changes: stateChanges(reader, value), reader };
  });
}
