// Issue #7 (4): the audit log's hash chain verifies after bad input, conflicting updates, retries and oversized
// or deeply nested bodies; tampering with one entry (or dropping or swapping entries) is detected.
import { createHash } from 'node:crypto';
import { verifyChain, type AuditEntry, type ReferenceApp } from '@hogo-kit/reference-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badRequests } from './invalid-input.ts';
import { expectChainIntact, knownIds, seededServer } from './support.ts';

let reference: ReferenceApp;
let entries: AuditEntry[];
const as = (role: string) => ({ authorization: `Bearer dev-${role}`, 'content-type': 'application/json' });

beforeAll(async () => {
  reference = await seededServer('2.1');
  const { app } = reference;
  const requests = badRequests('2.1', knownIds(reference), {}, 1, 4);
  for (let i = 0; i < requests.length; i += 64) {
    await Promise.all(requests.slice(i, i + 64).map((r) => app.inject({ method: r.method as 'GET', url: r.url, headers: r.headers, ...(r.payload !== undefined && { payload: r.payload }) })));
  }
  const etag = String((await app.inject({ method: 'GET', url: '/households/H-000002', headers: as('caseworker') })).headers.etag);
  await Promise.all(Array.from({ length: 20 }, (_, i) => app.inject({ method: 'PATCH', url: '/households/H-000002', headers: { ...as('caseworker'), 'if-match': etag }, payload: { section: `監査${i}係` } })));
  await Promise.all(Array.from({ length: 10 }, () => app.inject({ method: 'POST', url: '/payment-runs', headers: { ...as('accountant'), 'idempotency-key': 'audit-run' }, payload: { month: '2101-01', paymentDate: '2100-12-25' } })));
  await app.inject({ method: 'POST', url: '/households', headers: as('caseworker'), payload: JSON.stringify({ section: 'x'.repeat(3 * 1024 * 1024) }) });
  await app.inject({ method: 'POST', url: '/households', headers: as('caseworker'), payload: `${'['.repeat(10_000)}${']'.repeat(10_000)}` });
  entries = reference.auditLog.entries();
});
afterAll(async () => {
  await reference.app.close();
});

const at = (i: number) => entries[i]!;

describe('audit hash chain under load', () => {
  it('verifies after everything above, with denied or rejected entries among the successes', () => {
    expect(entries.length, 'the requests above should have left a long log').toBeGreaterThan(200);
    expectChainIntact(reference);
    expect(reference.auditLog.verify(), 'the log\'s own verify() agrees').toMatchObject({ valid: true, brokenAt: null });
    const outcomes = new Set(entries.map((e) => e.outcome));
    expect(outcomes.has('success') && outcomes.has('rejected'), `both successes and refusals should be logged (${[...outcomes].join(', ')})`).toBe(true);
  });

  it('detects a changed field of one entry in the middle, at that entry', () => {
    const i = Math.floor(entries.length / 2);
    const tampered = entries.map((e, k) => (k === i ? { ...e, outcome: e.outcome === 'success' ? 'denied' as const : 'success' as const } : e));
    expect(verifyChain(tampered), `changing entry ${at(i).sequence} should break the chain there`).toMatchObject({ valid: false, brokenAt: at(i).sequence });
  });

  it('detects an entry whose hash was recomputed after the change, at the next entry', () => {
    const i = Math.floor(entries.length / 3);
    expect(verifyChainHash(at(i)), 'the forger\'s hash should reproduce the stored one (else this test proves nothing)').toBe(at(i).hash);
    const changed = { ...at(i), actor: { staffId: 'intruder', role: 'manager' } };
    const rehashed = { ...changed, hash: verifyChainHash(changed) };
    const tampered = entries.map((e, k) => (k === i ? rehashed : e));
    expect(verifyChain(tampered), 'the following entry\'s prevHash no longer links').toMatchObject({ valid: false, brokenAt: at(i + 1).sequence });
  });

  it('detects a dropped entry and two swapped entries', () => {
    const i = 10;
    expect(verifyChain(entries.filter((_, k) => k !== i)), 'dropping an entry should be detected').toMatchObject({ valid: false, brokenAt: at(i + 1).sequence });
    const swapped = [...entries];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
    expect(verifyChain(swapped).valid, 'swapping two entries should be detected').toBe(false);
  });

  it('leaves the stored log untouched by the tampering of copies', () => {
    expect(reference.auditLog.verify()).toMatchObject({ valid: true, checkedEntries: entries.length });
  });
});

/** The hash an entry would have (what a forger who knows the algorithm writes): SHA-256 of its canonical JSON without `hash`. */
function verifyChainHash(entry: AuditEntry): string {
  const { hash: _hash, ...rest } = entry;
  return createHash('sha256').update(canonical(rest), 'utf8').digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const fields = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
