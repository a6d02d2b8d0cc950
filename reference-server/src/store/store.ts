/**
 * The in-memory store. Every mutation runs in a transaction: writes are staged and applied only when the
 * whole operation succeeds, so a request refused by a guard (or failing half-way) leaves the store exactly
 * as it was. Values are cloned on the way in and out, so no caller can change stored data by aliasing (the one
 * exception is the bulk load of Transaction.replaceAll, which takes the records it is handed over).
 */

import { cloneData, frozen } from './clone.ts';

export interface Stored<T> {
  value: T;
  /** Incremented on every write; the ETag is derived from it. */
  version: number;
}

type Collection = Map<string, Stored<unknown>>;

export interface Reader {
  get<T>(collection: string, id: string): Stored<T> | undefined;
  /** Every record of a collection, in insertion order. */
  all<T>(collection: string): Stored<T>[];
  /** The next number of a named sequence (case numbers, receipt numbers …), not consumed. */
  peekSequence(name: string): number;
}

/**
 * Reading a collection without copying what is not handed out (large collections). The callbacks receive the stored
 * value itself, deep-frozen (changing it throws), and must not keep it beyond the call: only copies leave the store.
 * On a transaction they see its own writes, as get and all do.
 */
export interface Selecting {
  /** The records of a collection whose value satisfies `keep`, in insertion order. Only those are cloned. */
  select<T>(collection: string, keep: (value: Readonly<T>) => boolean): Stored<T>[];
  /** Calls `visit` with every value of a collection (and its id), in insertion order; nothing is cloned. */
  scan<T>(collection: string, visit: (value: Readonly<T>, id: string) => void): void;
  /** How many records of a collection satisfy `keep` (every record when it is omitted); nothing is cloned. */
  count<T>(collection: string, keep?: (value: Readonly<T>) => boolean): number;
  /**
   * Every record of a collection, in insertion order, as stored: deep-frozen, not cloned. A write replaces a record
   * rather than changing it, so these stay as they were read — fit to serialise into an answer (an export), never to
   * change.
   */
  records<T>(collection: string): readonly Readonly<Stored<T>>[];
}

type EachRecord = (collection: string, fn: (id: string, record: Stored<unknown>) => void) => void;

/** all, select, scan and count over one way of walking a collection's records in insertion order. */
function readers(each: EachRecord): Pick<Reader, 'all'> & Selecting {
  return {
    all<T>(collection: string) {
      const out: Stored<T>[] = [];
      each(collection, (_id, record) => { out.push(cloneData(record) as Stored<T>); });
      return out;
    },
    select<T>(collection: string, keep: (value: Readonly<T>) => boolean) {
      const out: Stored<T>[] = [];
      each(collection, (_id, record) => { if (keep(frozen(record.value) as T)) out.push(cloneData(record) as Stored<T>); });
      return out;
    },
    scan<T>(collection: string, visit: (value: Readonly<T>, id: string) => void) {
      each(collection, (id, record) => { visit(frozen(record.value) as T, id); });
    },
    count<T>(collection: string, keep?: (value: Readonly<T>) => boolean) {
      let n = 0;
      each(collection, (_id, record) => { if (!keep || keep(frozen(record.value) as T)) n++; });
      return n;
    },
    records<T>(collection: string) {
      const out: Readonly<Stored<T>>[] = [];
      each(collection, (_id, record) => { out.push(frozen(record) as Readonly<Stored<T>>); });
      return out;
    },
  };
}

export interface Transaction extends Reader, Selecting {
  /** Writes a value; answers the stored record with its new version. */
  put<T>(collection: string, id: string, value: T): Stored<T>;
  /** Takes the next number of a named sequence. */
  next(name: string): number;
  /**
   * Replaces the whole content — every collection and every sequence — when the transaction commits (migration
   * import with mode=replace); nothing changes when it throws. Reads later in the transaction see the new content,
   * and writes after it apply on top. Bulk load: the records are taken over as they are, NOT cloned (cloning a
   * data set of 100,000 households costs seconds and doubles the memory), so the caller hands them to the store
   * and must neither keep nor change them (or anything inside them) afterwards.
   */
  replaceAll(content: { collections: Map<string, Map<string, Stored<unknown>>>; sequences: Map<string, number> }): void;
}

export class Store implements Reader, Selecting {
  private readonly collections = new Map<string, Collection>();
  private readonly sequences = new Map<string, number>();
  /** Transactions run one after another, so none commits on a read another one has since changed. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly reading = readers((collection, fn) => {
    for (const [id, record] of this.collections.get(collection) ?? []) fn(id, record);
  });

  get<T>(collection: string, id: string): Stored<T> | undefined {
    const record = this.collections.get(collection)?.get(id);
    return record ? (cloneData(record) as Stored<T>) : undefined;
  }

  all<T>(collection: string): Stored<T>[] {
    return this.reading.all<T>(collection);
  }

  select<T>(collection: string, keep: (value: Readonly<T>) => boolean): Stored<T>[] {
    return this.reading.select(collection, keep);
  }

  scan<T>(collection: string, visit: (value: Readonly<T>, id: string) => void): void {
    this.reading.scan(collection, visit);
  }

  count<T>(collection: string, keep?: (value: Readonly<T>) => boolean): number {
    return this.reading.count(collection, keep);
  }

  records<T>(collection: string): readonly Readonly<Stored<T>>[] {
    return this.reading.records<T>(collection);
  }

  peekSequence(name: string): number {
    return (this.sequences.get(name) ?? 0) + 1;
  }

  /** Number of records per collection (for health, statistics and tests). */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.collections].map(([name, c]) => [name, c.size]));
  }

  /** Runs fn against staged writes; commits them only when fn returns (or resolves) without throwing. */
  transact<R>(fn: (tx: Transaction) => R | Promise<R>): Promise<R> {
    const run = this.queue.then(() => this.run(fn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run<R>(fn: (tx: Transaction) => R | Promise<R>): Promise<R> {
    let staged = new Map<string, Collection>();
    let sequences = new Map<string, number>();
    /** The content a replaceAll staged (the base that reads and the commit start from), if any. */
    let replacement: { collections: Map<string, Collection>; sequences: Map<string, number> } | undefined;
    const store = this;
    const base = () => replacement?.collections ?? store.collections;
    const baseSequence = (name: string) => (replacement ? replacement.sequences.get(name) : store.sequences.get(name));
    const stagedRecord = (collection: string, id: string) => staged.get(collection)?.get(id);
    // The stored records with the staged ones in their place, then the new ones: the order of `new Map(base)` + set.
    const each: EachRecord = (collection, fn) => {
      const stored = base().get(collection);
      const own = staged.get(collection);
      if (stored) for (const [id, record] of stored) fn(id, own?.get(id) ?? record);
      if (own) for (const [id, record] of own) if (!stored?.has(id)) fn(id, record);
    };
    const tx: Transaction = {
      ...readers(each),
      get<T>(collection: string, id: string) {
        const record = stagedRecord(collection, id) ?? base().get(collection)?.get(id);
        return record ? (cloneData(record) as Stored<T>) : undefined;
      },
      peekSequence(name: string) {
        return (sequences.get(name) ?? baseSequence(name) ?? 0) + 1;
      },
      next(name: string) {
        const value = tx.peekSequence(name);
        sequences.set(name, value);
        return value;
      },
      put<T>(collection: string, id: string, value: T) {
        // Only the previous version is needed: read it in place rather than copying the whole previous record.
        const previous = stagedRecord(collection, id) ?? base().get(collection)?.get(id);
        const record: Stored<T> = { value: cloneData(value), version: (previous?.version ?? 0) + 1 };
        if (!staged.has(collection)) staged.set(collection, new Map());
        staged.get(collection)!.set(id, record);
        return cloneData(record);
      },
      replaceAll(content) {
        replacement = { collections: content.collections, sequences: content.sequences };
        staged = new Map();
        sequences = new Map();
      },
    };
    const result = await fn(tx);
    if (replacement) {
      this.collections.clear();
      for (const [name, records] of replacement.collections) this.collections.set(name, records);
      this.sequences.clear();
      for (const [name, value] of replacement.sequences) this.sequences.set(name, value);
    }
    for (const [name, records] of staged) {
      if (!this.collections.has(name)) this.collections.set(name, new Map());
      const target = this.collections.get(name)!;
      for (const [id, record] of records) target.set(id, record);
    }
    for (const [name, value] of sequences) this.sequences.set(name, value);
    return result;
  }

  /** The current value of every named sequence (a copy; the last number taken, not the next). */
  sequenceValues(): Record<string, number> {
    return Object.fromEntries(this.sequences);
  }

  /** The whole content, for migration export and for tests that prove nothing changed. */
  snapshot(): { collections: Record<string, Record<string, Stored<unknown>>>; sequences: Record<string, number> } {
    return cloneData({
      collections: Object.fromEntries([...this.collections].map(([n, c]) => [n, Object.fromEntries(c)])),
      sequences: Object.fromEntries(this.sequences),
    });
  }

  /** Replaces the whole content (migration import with mode=replace). */
  restore(snapshot: ReturnType<Store['snapshot']>): void {
    this.collections.clear();
    for (const [name, records] of Object.entries(snapshot.collections)) {
      this.collections.set(name, new Map(Object.entries(cloneData(records))));
    }
    this.sequences.clear();
    for (const [name, value] of Object.entries(snapshot.sequences)) this.sequences.set(name, value);
  }
}

/**
 * The records of a collection whose value satisfies `keep`: through select() when the reader has it (only those
 * are cloned), else by filtering every record (a reader built for one purpose, e.g. the statistics' snapshot).
 */
export function recordsWhere<T>(reader: Reader, collection: string, keep: (value: Readonly<T>) => boolean): Stored<T>[] {
  return 'select' in reader && typeof reader.select === 'function'
    ? (reader as Reader & Selecting).select<T>(collection, keep)
    : reader.all<T>(collection).filter((r) => keep(r.value));
}

/**
 * Every record of a collection, for a caller that only reads or serialises them: as stored (deep-frozen, nothing
 * cloned) when the reader has records(), else copies.
 */
export function storedRecords<T>(reader: Reader, collection: string): readonly Readonly<Stored<T>>[] {
  return 'records' in reader && typeof reader.records === 'function' ? (reader as Reader & Selecting).records<T>(collection) : reader.all<T>(collection);
}

/** The values of a collection that satisfy `keep`, through storedRecords (frozen, not copied, when the reader can). */
export function valuesWhere<T>(reader: Reader, collection: string, keep: (value: Readonly<T>) => boolean): Readonly<T>[] {
  const out: Readonly<T>[] = [];
  for (const record of storedRecords<T>(reader, collection)) if (keep(record.value)) out.push(record.value);
  return out;
}

/** How many records of a collection satisfy `keep`: through count() when the reader has it (nothing cloned). */
export function countWhere<T>(reader: Reader, collection: string, keep: (value: Readonly<T>) => boolean): number {
  return 'count' in reader && typeof reader.count === 'function'
    ? (reader as Reader & Selecting).count<T>(collection, keep)
    : reader.all<T>(collection).filter((r) => keep(r.value)).length;
}
