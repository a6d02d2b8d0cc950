import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../src/audit/canonical.ts';
import { AuditLog, verifyChain } from '../src/audit/log.ts';

const record = (i: number) => ({
  at: `2026-04-01T00:00:0${i}.000Z`, staffId: 'caseworker-1', roles: ['caseworker'], operationId: 'getHousehold',
  method: 'GET', url: `/households/H-${i}`, subjects: { householdIds: [`H-${i}`], memberIds: [] }, status: 200,
});

describe('AuditLog', () => {
  it('chains each entry to the one before and verifies', () => {
    const log = new AuditLog();
    for (let i = 1; i <= 4; i++) log.append(record(i));
    const entries = log.entries();
    expect(entries[0]!.prevHash).toBe('0'.repeat(64));
    expect(entries[2]!.prevHash).toBe(entries[1]!.hash);
    expect(entries[1]).toMatchObject({ sequence: 2, action: 'read', outcome: 'success', householdId: 'H-2', actor: { staffId: 'caseworker-1', role: 'caseworker' } });
    expect(log.verify()).toEqual({ valid: true, checkedEntries: 4, brokenAt: null });
  });

  it('finds the first tampered, removed or reordered entry', () => {
    const log = new AuditLog();
    for (let i = 1; i <= 5; i++) log.append(record(i));
    const altered = log.entries();
    altered[2]!.householdId = 'H-999';
    expect(verifyChain(altered)).toMatchObject({ valid: false, brokenAt: 3 });
    const removed = log.entries().filter((e) => e.sequence !== 2);
    expect(verifyChain(removed)).toMatchObject({ valid: false, brokenAt: 3 });
    const entries = log.entries();
    entries.splice(1, 1);
    expect(verifyChain(entries).valid).toBe(false);
  });

  it('cannot be changed through what it hands out', () => {
    const log = new AuditLog();
    log.append(record(1));
    log.entries()[0]!.operationId = 'deleteEverything';
    expect(log.entries()[0]!.operationId).toBe('getHousehold');
    expect(log.verify().valid).toBe(true);
  });

  it('hands out new objects: entry(), range(), entries() and hashOf() agree, and none reaches what is stored', () => {
    const log = new AuditLog();
    for (let i = 1; i <= 6; i++) log.append(record(i));
    const all = log.entries();
    expect(log.range(2, 4)).toEqual(all.slice(1, 4));
    expect(log.range(-5, 99)).toEqual(all);
    expect(log.range(7, 9)).toEqual([]);
    expect(log.entry(4)).toEqual(all[3]);
    expect(log.entry(4)).not.toBe(log.entry(4));
    expect([log.entry(0), log.entry(7), log.entry(1.5), log.hashOf(0), log.hashOf(7)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(log.hashOf(5)).toBe(all[4]!.hash);
    const handed = log.entry(2)!;
    handed.householdId = 'H-999';
    handed.actor.role = 'admin';
    expect(log.entries()[1]).toMatchObject({ householdId: 'H-2', actor: { role: 'caseworker' } });
    expect(log.verify().valid).toBe(true);
  });

  it('gives back every member as appended, past the first columns\' size, hashed as canonical JSON', () => {
    const log = new AuditLog();
    const records = Array.from({ length: 700 }, (_, i) => ({
      // times that milliseconds would not give back as the same text, among ordinary ones
      at: i % 50 === 0 ? `2026-04-01T09:00:${String(i % 60).padStart(2, '0')}+09:00` : i % 70 === 0 ? '2026-04-01T00:00:00Z' : new Date(Date.UTC(2026, 3, 1) + i * 1000).toISOString(),
      staffId: i % 9 === 0 ? null : `staff-${i % 4}`, roles: i % 11 === 0 ? [] : [['caseworker', 'manager'][i % 2]!],
      operationId: ['getHousehold', 'updateHousehold', 'listHouseholds'][i % 3]!, method: ['GET', 'PATCH', 'GET'][i % 3]!,
      url: `/x/${i}`, subjects: { householdIds: i % 5 === 0 ? [] : [`H-${i % 13}`], memberIds: i % 7 === 0 ? [`M-${i % 3}`] : [] },
      status: [200, 403, 422, 201][i % 4]!,
    }));
    for (const [i, r] of records.entries()) {
      if (i % 6 === 0) log.note({ staffId: r.staffId ?? 'anonymous', operationId: r.operationId, url: r.url }, { query: `section=第${i}係`, resultCount: i });
      log.append(r);
    }
    const entries = log.entries();
    expect(entries).toHaveLength(700);
    for (const [i, r] of records.entries()) {
      const e = entries[i]!;
      expect(e.occurredAt).toBe(r.at);
      expect(e.actor).toEqual({ staffId: r.staffId ?? 'anonymous', role: r.roles[0] ?? 'none' });
      expect(e.outcome).toBe({ 200: 'success', 201: 'success', 403: 'denied', 422: 'rejected' }[r.status]);
      expect('householdId' in e ? e.householdId : 'none').toBe(r.subjects.householdIds[0] ?? 'none');
      expect('memberId' in e ? e.memberId : 'none').toBe(r.subjects.memberIds[0] ?? 'none');
      expect([e.query, e.resultCount]).toEqual(i % 6 === 0 ? [`section=第${i}係`, i] : [undefined, undefined]);
      const { hash, ...rest } = e;
      expect(hash).toBe(createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex'));
    }
    expect(Object.keys(entries[6]!)).toEqual(['sequence', 'occurredAt', 'actor', 'action', 'operationId', 'outcome', 'householdId', 'query', 'resultCount', 'prevHash', 'hash']);
    expect(log.verify()).toEqual({ valid: true, checkedEntries: 700, brokenAt: null });
  });

  it('without the chain (seeded defect audit-chain-broken) every prevHash is the genesis value and verify fails', () => {
    const log = new AuditLog({ chained: false });
    for (let i = 1; i <= 3; i++) log.append(record(i));
    expect(log.entries().map((e) => e.prevHash)).toEqual(Array(3).fill('0'.repeat(64)));
    expect(log.verify()).toMatchObject({ valid: false, brokenAt: 2 });
  });
});
