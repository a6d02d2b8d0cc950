import * as crypto from 'node:crypto';

/**
 * JSON with object keys sorted (by UTF-16 code units) at every level and undefined members left out: the form an
 * audit entry's hash is taken over. Written directly (no intermediate entry arrays): it runs once per request.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + (canonicalJson(value[i]) ?? '');
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

/** The members of an audit entry that enter its hash, in the order canonicalJson sorts them (`actor` apart). */
const ENTRY_KEYS = ['action', 'actor', 'householdId', 'memberId', 'occurredAt', 'operationId', 'outcome', 'prevHash', 'query', 'resultCount', 'sequence'] as const;

/** What entryCanonicalJson reads of an entry: the members above, `actor` with `role` and `staffId`. */
type EntryShape = Partial<Record<(typeof ENTRY_KEYS)[number], unknown>> & { actor: { role: string; staffId: string } };

/**
 * canonicalJson of an audit entry without its `hash`, written in the sorted order of the entry's known members: the
 * same text for every entry AuditLog.append makes (tested against canonicalJson), without sorting keys per request.
 * An object with any other member (a tampered copy) must go through canonicalJson, as verifyChain does.
 */
export function entryCanonicalJson(entry: EntryShape): string {
  let out = '{';
  for (const key of ENTRY_KEYS) {
    const value = entry[key];
    if (value === undefined) continue;
    const text = key === 'actor' ? `{"role":${JSON.stringify(entry.actor.role)},"staffId":${JSON.stringify(entry.actor.staffId)}}` : JSON.stringify(value);
    out += `${out.length === 1 ? '' : ','}"${key}":${text}`;
  }
  return `${out}}`;
}

/** crypto.hash (Node ≥ 20.12) hashes in one call without a Hash object; createHash where it is missing. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export const sha256Hex = oneShot
  ? (text: string) => oneShot('sha256', text, 'hex')
  : (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

export const GENESIS = '0'.repeat(64);
