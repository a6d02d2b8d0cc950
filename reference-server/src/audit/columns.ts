/**
 * The audit log's storage: one row per entry in typed arrays (columns), strings interned, the hash as 32 bytes.
 *
 * Entries as objects cost about 0.45 KB of JavaScript heap each (the entry, its actor, the strings). The log only
 * grows, so under a long load every entry survived the young generation's collections (copied twice) and the old
 * generation's marking visited all of them: at a few hundred thousand entries a major GC stalled the server for
 * ~100 ms. Here an entry is ~65 bytes in array buffers the collector does not trace. Rows are read back into entry
 * objects only when asked for (log.ts).
 */

/** Strings by number and numbers by string; 0 stands for "none". */
export class Interned {
  readonly #ids = new Map<string, number>();
  readonly #values: string[] = [''];

  id(value: string | undefined): number {
    if (value === undefined) return 0;
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#values.length;
      this.#values.push(value);
      this.#ids.set(value, id);
    }
    return id;
  }

  /** The number of a string seen before: undefined for one never stored (so no row holds it). */
  known(value: string): number | undefined {
    return this.#ids.get(value);
  }

  value(id: number): string | undefined {
    return id === 0 ? undefined : this.#values[id];
  }
}

export const OUTCOMES = ['success', 'denied', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The interned members of a row (each column a Uint32Array of string numbers). */
export const TEXT_COLUMNS = ['staffId', 'role', 'action', 'operationId', 'householdId', 'memberId'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

export interface Row {
  /** Milliseconds since the epoch when `new Date(ms).toISOString()` gives the time back exactly; NaN otherwise. */
  at: number;
  text: Record<TextColumn, number>;
  outcome: number;
  /** The entry's hash as 64 hex digits. */
  hash: string;
}

const HASH_BYTES = 32;

/** Rows 0 … length-1 in columns that double in size when full. */
export class Columns {
  #capacity = 256;
  length = 0;
  #at = new Float64Array(this.#capacity);
  #outcome = new Uint8Array(this.#capacity);
  #hash = Buffer.alloc(this.#capacity * HASH_BYTES);
  #text = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new Uint32Array(this.#capacity)])) as Record<TextColumn, Uint32Array>;

  push(row: Row): void {
    if (this.length === this.#capacity) this.#grow();
    const i = this.length++;
    this.#at[i] = row.at;
    this.#outcome[i] = row.outcome;
    for (const column of TEXT_COLUMNS) this.#text[column][i] = row.text[column];
    this.#hash.write(row.hash, i * HASH_BYTES, HASH_BYTES, 'hex');
  }

  at(i: number): number {
    return this.#at[i]!;
  }

  outcome(i: number): number {
    return this.#outcome[i]!;
  }

  text(column: TextColumn, i: number): number {
    return this.#text[column][i]!;
  }

  hash(i: number): string {
    return this.#hash.toString('hex', i * HASH_BYTES, (i + 1) * HASH_BYTES);
  }

  #grow(): void {
    this.#capacity *= 2;
    const grown = <T extends Float64Array | Uint8Array | Uint32Array>(old: T, make: (n: number) => T): T => {
      const next = make(this.#capacity);
      next.set(old);
      return next;
    };
    this.#at = grown(this.#at, (n) => new Float64Array(n));
    this.#outcome = grown(this.#outcome, (n) => new Uint8Array(n));
    this.#hash = grown(this.#hash, (n) => Buffer.alloc(n * HASH_BYTES));
    for (const column of TEXT_COLUMNS) this.#text[column] = grown(this.#text[column], (n) => new Uint32Array(n));
  }
}
