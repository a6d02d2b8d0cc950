import { describe, expect, it } from 'vitest';
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

  it('matching: the stored entries a search keeps, in order, frozen — neither a copy of the log nor changeable', () => {
    const log = new AuditLog();
    for (let i = 1; i <= 6; i++) log.append(record(i));
    let visited = 0;
    const even = log.matching((e) => (visited++, e.sequence % 2 === 0));
    expect(visited).toBe(6);
    expect(even.map((e) => e.sequence)).toEqual([2, 4, 6]);
    expect(log.matching((e) => e.sequence === 4)[0]).toBe(even[1]); // the stored entry itself, not a copy
    expect(() => { (even[0] as { householdId?: string }).householdId = 'H-999'; }).toThrow(TypeError);
    expect(() => { (even[0]!.actor as { role: string }).role = 'admin'; }).toThrow(TypeError);
    expect(log.entries()[1]).toMatchObject({ householdId: 'H-2', actor: { role: 'caseworker' } });
    expect(log.verify().valid).toBe(true);
  });
});
