import type { AuditRecord } from '@hogo-kit/sdk';
import { canonicalJson, entryCanonicalJson, GENESIS, sha256Hex } from './canonical.ts';
import { actionOf } from './actions.ts';
import { Columns, Interned, OUTCOMES, type TextColumn } from './columns.ts';
import { searchRows } from './search.ts';

/** One entry of the append-only audit log (the spec's AuditEntry). */
export interface AuditEntry {
  sequence: number;
  occurredAt: string;
  actor: { staffId: string; role: string };
  action: string;
  operationId: string;
  outcome: 'success' | 'denied' | 'rejected';
  householdId?: string;
  memberId?: string;
  /** Search conditions of a list or search (never a 個人番号). */
  query?: string;
  /** Number of records a list or search returned. */
  resultCount?: number;
  prevHash: string;
  hash: string;
}

export interface ChainCheck {
  valid: boolean;
  checkedEntries: number;
  /** Sequence of the first entry whose hash, link or position is wrong; null when valid. */
  brokenAt: number | null;
}

/** What an operation may add to its own audit entry. */
export interface AuditDetail {
  query?: string;
  resultCount?: number;
}

/** Identifies the request an AuditDetail belongs to. */
export interface AuditRequestKey {
  staffId: string;
  operationId: string;
  url: string;
}

const detailKey = (staffId: string, operationId: string, url: string) => `${staffId}\n${operationId}\n${url}`;

/** The hash of an entry: SHA-256 of its canonical form without `hash`. */
export function entryHash(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { hash: _hash, ...rest } = entry;
  return sha256Hex(canonicalJson(rest));
}

/** Checks sequence, links and hashes of a run of entries (the stored log or a supplied copy). */
export function verifyChain(entries: readonly AuditEntry[]): ChainCheck {
  let prev = GENESIS;
  for (const [i, entry] of entries.entries()) {
    const expectedSequence = (entries[0]?.sequence ?? 1) + i;
    const broken = entry.sequence !== expectedSequence || (i > 0 || entry.sequence === 1 ? entry.prevHash !== prev : false) || entryHash(entry) !== entry.hash;
    if (broken) return { valid: false, checkedEntries: i + 1, brokenAt: entry.sequence };
    prev = entry.hash;
  }
  return { valid: true, checkedEntries: entries.length, brokenAt: null };
}

/** Conditions of an audit search (14.2.7); every one given must hold. */
export interface AuditFilter {
  /** occurredAt ≥ from (date-time). */
  from?: string;
  /** occurredAt < to (date-time). */
  to?: string;
  staffId?: string;
  action?: string;
  outcome?: string;
  operationId?: string;
  householdId?: string;
  memberId?: string;
  /** Leaves out entries with this outcome (the seeded defect denied-attempts-not-logged). */
  hiddenOutcome?: string;
}

/**
 * Append-only, tamper-evident audit log: each entry carries the hash of the one before. Nothing here
 * (and no API operation) changes or removes an entry. Entries are stored as rows of columns (columns.ts) and handed
 * out as new objects, so nothing outside can reach what is stored.
 */
export class AuditLog {
  readonly #rows = new Columns();
  readonly #strings = new Interned();
  /** occurredAt of rows whose time is not kept as milliseconds (it would not read back as the same text). */
  readonly #times = new Map<number, string>();
  /** query and resultCount of rows that have them (lists and searches). */
  readonly #details = new Map<number, AuditDetail>();
  #lastHash = GENESIS;
  /** False only under the seeded defect audit-chain-broken: entries then do not carry the previous entry's hash. */
  readonly #chained: boolean;

  /** Details an operation noted for its own coming entry, by staff, operation and URL path (first in, first out). */
  readonly #noted = new Map<string, AuditDetail[]>();

  constructor(options: { chained?: boolean } = {}) {
    this.#chained = options.chained ?? true;
  }

  /**
   * Notes details for the entry the engine is about to append for this request (a list's search conditions and
   * the number of records returned, 14.2.2). The engine's audit record carries no query, so the operation tells.
   */
  note(request: AuditRequestKey, detail: AuditDetail): void {
    const key = detailKey(request.staffId, request.operationId, request.url);
    this.#noted.set(key, [...(this.#noted.get(key) ?? []), detail]);
  }

  #takeDetail(record: AuditRecord): AuditDetail | undefined {
    const key = detailKey(record.staffId ?? 'anonymous', record.operationId, record.url);
    const queue = this.#noted.get(key);
    const detail = queue?.shift();
    if (queue && queue.length === 0) this.#noted.delete(key);
    return detail;
  }

  /** Appends the entry for a request (nothing is returned: read entries through entries(), entry() or range()). */
  append(record: AuditRecord): void {
    const subjects = record.subjects;
    const index = this.#rows.length;
    // Built member by member in the entry's documented order, for its hash; what is kept is the row.
    const entry = {
      sequence: index + 1,
      occurredAt: record.at,
      actor: { staffId: record.staffId ?? 'anonymous', role: record.roles[0] ?? 'none' },
      action: actionOf(record.operationId, record.method),
      operationId: record.operationId,
      outcome: record.status < 400 ? 'success' : record.status === 403 ? 'denied' : 'rejected',
    } as AuditEntry;
    if (subjects.householdIds[0]) entry.householdId = subjects.householdIds[0];
    if (subjects.memberIds[0]) entry.memberId = subjects.memberIds[0];
    const detail = this.#noted.size === 0 ? undefined : this.#takeDetail(record);
    if (detail) {
      Object.assign(entry, detail);
      this.#details.set(index, { ...detail });
    }
    entry.prevHash = this.#chained ? this.#lastHash : GENESIS;
    entry.hash = sha256Hex(entryCanonicalJson(entry));
    this.#lastHash = entry.hash;
    const ms = Date.parse(record.at);
    const exact = !Number.isNaN(ms) && new Date(ms).toISOString() === record.at;
    if (!exact) this.#times.set(index, record.at);
    const strings = this.#strings;
    this.#rows.push({
      at: exact ? ms : Number.NaN,
      outcome: OUTCOMES.indexOf(entry.outcome),
      hash: entry.hash,
      text: {
        staffId: strings.id(entry.actor.staffId), role: strings.id(entry.actor.role), action: strings.id(entry.action),
        operationId: strings.id(entry.operationId), householdId: strings.id(entry.householdId), memberId: strings.id(entry.memberId),
      },
    });
  }

  /** The entry with this sequence number, as a new object; undefined when there is none. */
  entry(sequence: number): AuditEntry | undefined {
    return this.#holds(sequence) ? this.#entryAt(sequence - 1) : undefined;
  }

  /** The entries from … to (sequence numbers, both included, clipped to the log), as new objects. */
  range(from: number, to: number): AuditEntry[] {
    const out: AuditEntry[] = [];
    for (let i = Math.max(1, from); i <= Math.min(to, this.size); i++) out.push(this.#entryAt(i - 1));
    return out;
  }

  /** All entries, as new objects (callers cannot reach what is stored). */
  entries(): AuditEntry[] {
    return this.range(1, this.size);
  }

  /** The hash of the entry with this sequence number (undefined when there is none), without building the entry. */
  hashOf(sequence: number): string | undefined {
    return this.#holds(sequence) ? this.#rows.hash(sequence - 1) : undefined;
  }

  /** Sequence numbers of the entries that satisfy every condition, in order (entries are built only for a page). */
  search(filter: AuditFilter): number[] {
    return searchRows(this.#rows, this.#strings, (i) => this.#times.get(i), filter);
  }

  get size(): number {
    return this.#rows.length;
  }

  verify(): ChainCheck {
    return verifyChain(this.entries());
  }

  #holds(sequence: number): boolean {
    return Number.isInteger(sequence) && sequence >= 1 && sequence <= this.size;
  }

  #entryAt(i: number): AuditEntry {
    const rows = this.#rows;
    const text = (column: TextColumn) => this.#strings.value(rows.text(column, i));
    const at = rows.at(i);
    const entry = {
      sequence: i + 1,
      occurredAt: Number.isNaN(at) ? this.#times.get(i)! : new Date(at).toISOString(),
      actor: { staffId: text('staffId')!, role: text('role')! },
      action: text('action')!,
      operationId: text('operationId')!,
      outcome: OUTCOMES[rows.outcome(i)]!,
    } as AuditEntry;
    const householdId = text('householdId');
    if (householdId !== undefined) entry.householdId = householdId;
    const memberId = text('memberId');
    if (memberId !== undefined) entry.memberId = memberId;
    const detail = this.#details.get(i);
    if (detail) Object.assign(entry, detail);
    entry.prevHash = this.#chained && i > 0 ? rows.hash(i - 1) : GENESIS;
    entry.hash = rows.hash(i);
    return entry;
  }
}
