import type { AuditRecord } from '@hogo-kit/sdk';
import { canonicalJson, entryCanonicalJson, GENESIS, sha256Hex } from './canonical.ts';
import { actionOf } from './actions.ts';
import { cloneData, frozen } from '../store/clone.ts';

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

/**
 * Append-only, tamper-evident audit log: each entry carries the hash of the one before. Nothing here
 * (and no API operation) changes or removes an entry.
 */
export class AuditLog {
  readonly #entries: AuditEntry[] = [];
  /** False only under the seeded defect audit-chain-broken: entries then do not carry the previous entry's hash. */
  readonly #chained: boolean;

  /** Details an operation noted for its own coming entry, by staff, operation and URL path (first in, first out). */
  readonly #details = new Map<string, AuditDetail[]>();

  constructor(options: { chained?: boolean } = {}) {
    this.#chained = options.chained ?? true;
  }

  /**
   * Notes details for the entry the engine is about to append for this request (a list's search conditions and
   * the number of records returned, 14.2.2). The engine's audit record carries no query, so the operation tells.
   */
  note(request: AuditRequestKey, detail: AuditDetail): void {
    const key = detailKey(request.staffId, request.operationId, request.url);
    this.#details.set(key, [...(this.#details.get(key) ?? []), detail]);
  }

  #takeDetail(record: AuditRecord): AuditDetail | undefined {
    const key = detailKey(record.staffId ?? 'anonymous', record.operationId, record.url);
    const queue = this.#details.get(key);
    const detail = queue?.shift();
    if (queue && queue.length === 0) this.#details.delete(key);
    return detail;
  }

  /** Appends the entry for a request (nothing is returned: read entries through entries()). */
  append(record: AuditRecord): void {
    const subjects = record.subjects;
    // Built member by member in the entry's documented order (the order entries() hands out). Not frozen here: it
    // leaves the log only as a copy (entries()) or deep-frozen on first hand-out (matching()).
    const entry = {
      sequence: this.#entries.length + 1,
      occurredAt: record.at,
      actor: { staffId: record.staffId ?? 'anonymous', role: record.roles[0] ?? 'none' },
      action: actionOf(record.operationId, record.method),
      operationId: record.operationId,
      outcome: record.status < 400 ? 'success' : record.status === 403 ? 'denied' : 'rejected',
    } as AuditEntry;
    if (subjects.householdIds[0]) entry.householdId = subjects.householdIds[0];
    if (subjects.memberIds[0]) entry.memberId = subjects.memberIds[0];
    const detail = this.#details.size === 0 ? undefined : this.#takeDetail(record);
    if (detail) Object.assign(entry, detail);
    entry.prevHash = (this.#chained ? this.#entries.at(-1)?.hash : undefined) ?? GENESIS;
    entry.hash = sha256Hex(entryCanonicalJson(entry));
    this.#entries.push(entry);
  }

  /** A copy of the entries (callers cannot reach the stored ones). */
  entries(): AuditEntry[] {
    return cloneData(this.#entries);
  }

  /**
   * The stored entries that satisfy `keep`, in sequence order, deep-frozen (so that nothing can change them) and not
   * copied: for searching and verifying a long log without copying all of it. Copy what leaves the server.
   */
  matching(keep: (entry: Readonly<AuditEntry>) => boolean): readonly Readonly<AuditEntry>[] {
    const out: Readonly<AuditEntry>[] = [];
    for (const entry of this.#entries) if (keep(entry)) out.push(frozen(entry));
    return out;
  }

  get size(): number {
    return this.#entries.length;
  }

  verify(): ChainCheck {
    return verifyChain(this.#entries);
  }
}
