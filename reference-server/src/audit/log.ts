import type { AuditRecord } from '@hogo-kit/sdk';
import { canonicalJson, GENESIS, sha256Hex } from './canonical.ts';
import { actionOf } from './actions.ts';

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
  prevHash: string;
  hash: string;
}

export interface ChainCheck {
  valid: boolean;
  checkedEntries: number;
  /** Sequence of the first entry whose hash, link or position is wrong; null when valid. */
  brokenAt: number | null;
}

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

  append(record: AuditRecord): AuditEntry {
    const subjects = record.subjects;
    const body: Omit<AuditEntry, 'hash'> = {
      sequence: this.#entries.length + 1,
      occurredAt: record.at,
      actor: { staffId: record.staffId ?? 'anonymous', role: record.roles[0] ?? 'none' },
      action: actionOf(record.operationId, record.method),
      operationId: record.operationId,
      outcome: record.status < 400 ? 'success' : record.status === 403 ? 'denied' : 'rejected',
      ...(subjects.householdIds[0] ? { householdId: subjects.householdIds[0] } : {}),
      ...(subjects.memberIds[0] ? { memberId: subjects.memberIds[0] } : {}),
      prevHash: this.#entries.at(-1)?.hash ?? GENESIS,
    };
    const entry = Object.freeze({ ...body, hash: entryHash(body) });
    this.#entries.push(entry);
    return structuredClone(entry);
  }

  /** A copy of the entries (callers cannot reach the stored ones). */
  entries(): AuditEntry[] {
    return structuredClone(this.#entries);
  }

  get size(): number {
    return this.#entries.length;
  }

  verify(): ChainCheck {
    return verifyChain(this.#entries);
  }
}
