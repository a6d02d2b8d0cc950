import { entryHash, type AuditEntry } from '../../audit/log.ts';
import { GENESIS } from '../../audit/canonical.ts';

export type BreakReason = 'hash-mismatch' | 'prev-hash-mismatch' | 'sequence-gap';

export interface ChainResult {
  valid: boolean;
  checkedEntries: number;
  firstSequence: number | null;
  lastSequence: number | null;
  brokenAt: number | null;
  reason: BreakReason | null;
}

/**
 * Verifies a run of consecutive entries: each sequence follows the one before, each hash is the SHA-256 of the
 * entry's canonical form without `hash`, and each prevHash is the previous entry's hash (64 zeros for sequence 1).
 * `previousHash` is the hash of the entry before the run when it is known (a range of the stored log). Stops at
 * the first broken entry.
 */
export function verifyEntries(entries: readonly AuditEntry[], previousHash?: string): ChainResult {
  const firstSequence = entries[0]?.sequence ?? null;
  let prev: string | undefined = firstSequence === 1 ? GENESIS : previousHash;
  let prevSequence: number | undefined;
  for (const [i, entry] of entries.entries()) {
    const reason: BreakReason | null =
      prevSequence !== undefined && entry.sequence !== prevSequence + 1 ? 'sequence-gap'
      : entryHash(entry) !== entry.hash ? 'hash-mismatch'
      : prev !== undefined && entry.prevHash !== prev ? 'prev-hash-mismatch'
      : null;
    if (reason) return { valid: false, checkedEntries: i + 1, firstSequence, lastSequence: entry.sequence, brokenAt: entry.sequence, reason };
    prev = entry.hash;
    prevSequence = entry.sequence;
  }
  return { valid: true, checkedEntries: entries.length, firstSequence, lastSequence: entries.at(-1)?.sequence ?? null, brokenAt: null, reason: null };
}
