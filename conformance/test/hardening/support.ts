// Test-only helpers of the hardening tests: a seeded reference server, a digest of its store, real ids for path
// parameters and a token of a role each operation allows.
import { createHash } from 'node:crypto';
import { buildApp, verifyChain, type ReferenceApp } from '@hogo-kit/reference-server';
import { operationsFor, type Edition } from '@hogo-kit/sdk';
import { expect } from 'vitest';

export const NOW = () => new Date('2026-04-01T01:00:00Z');

/** The reference server of the edition with the demo data loaded, ready for inject(). */
export async function seededServer(edition: Edition = '2.1'): Promise<ReferenceApp> {
  const reference = await buildApp({ edition, docs: false, seed: 'demo', now: NOW });
  await reference.app.ready();
  return reference;
}

/** SHA-256 of the whole store (records, versions and sequences); the audit log is not part of it. */
export function storeDigest(reference: ReferenceApp): string {
  return createHash('sha256').update(JSON.stringify(reference.store.snapshot())).digest('hex');
}

/** Bearer header of the first role the operation allows (dev tokens), none for an unauthenticated one. */
export function authFor(edition: Edition, operationId: string): Record<string, string> {
  const meta = operationsFor(edition)[operationId]!;
  return meta.authenticated && meta.roles[0] ? { authorization: `Bearer dev-${meta.roles[0]}` } : {};
}

type Json = Record<string, unknown>;

/** Real ids by field name (householdId, memberId, paymentId …): the first record of the store that has it. */
export function knownIds(reference: ReferenceApp): Record<string, string> {
  const known: Record<string, string> = {};
  for (const records of Object.values(reference.store.snapshot().collections)) {
    for (const stored of Object.values(records)) {
      const value = (stored.value ?? {}) as Json;
      for (const [name, field] of Object.entries(value)) {
        if (/Id$/.test(name) && typeof field === 'string' && !(name in known)) known[name] = field;
      }
      const members = value.members as Json[] | undefined;
      if (Array.isArray(members) && typeof members[0]?.memberId === 'string' && !known.memberId) known.memberId = members[0].memberId as string;
    }
  }
  return known;
}

/** A path template (/households/{householdId}) with real ids where the store has one, an unknown id otherwise. */
export function fillPath(path: string, known: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_all, name: string) => encodeURIComponent(known[name] ?? 'ZZ-0000000'));
}

/** The audit log's hash chain verifies (sequence, links and hashes of every entry). */
export function expectChainIntact(reference: ReferenceApp): void {
  const entries = reference.auditLog.entries();
  const check = verifyChain(entries);
  expect(check, `the audit chain of ${entries.length} entries should verify; broken at sequence ${check.brokenAt}`).toEqual({ valid: true, checkedEntries: entries.length, brokenAt: null });
  expect(entries.length, 'the audit log should hold entries after the requests').toBeGreaterThan(0);
}

/** Whether an answer is a problem+json with a Japanese title and an English one (the kit's bilingual problems). */
export function isBilingualProblem(res: { headers: Record<string, unknown>; body: string }): boolean {
  if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) return false;
  const body = JSON.parse(res.body) as { title?: unknown; en?: { title?: unknown } };
  return typeof body.title === 'string' && /[\u3040-\u30ff\u4e00-\u9fff]/.test(body.title) && typeof body.en?.title === 'string' && body.en.title.length > 0;
}
