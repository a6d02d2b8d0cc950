import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, entryCanonicalJson, sha256Hex } from '../src/audit/canonical.ts';
import { AuditLog, entryHash } from '../src/audit/log.ts';

describe('canonicalJson (the form an audit hash is taken over)', () => {
  it('sorts keys at every level by code unit and leaves out undefined members', () => {
    const value = { b: 1, a: { z: [3, { y: null, x: 'あ' }], c: undefined }, B: true, é: 'e', '10': 0, '9': 1 };
    // Written out by hand: integer-like keys sort as strings ("10" < "9"), upper case before lower, é after z.
    expect(canonicalJson(value)).toBe('{"10":0,"9":1,"B":true,"a":{"z":[3,{"x":"あ","y":null}]},"b":1,"é":"e"}');
  });

  it('writes scalars, empty containers and escapes as JSON does', () => {
    expect(canonicalJson('a"b\n')).toBe('"a\\"b\\n"');
    expect(canonicalJson(1.5)).toBe('1.5');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson({ a: undefined })).toBe('{}');
    expect(canonicalJson([[], {}, ''])).toBe('[[],{},""]');
  });

  it('is the same text for the same data whatever the key order', () => {
    expect(canonicalJson({ sequence: 1, actor: { role: 'r', staffId: 's' } })).toBe(canonicalJson({ actor: { staffId: 's', role: 'r' }, sequence: 1 }));
  });

  it('hashes with SHA-256 in lower-case hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('日本')).toBe(createHash('sha256').update('日本', 'utf8').digest('hex'));
  });
});

describe('entryCanonicalJson (an appended entry without sorting keys)', () => {
  const base = { sequence: 12, occurredAt: '2026-11-23T01:02:03.004Z', actor: { staffId: 'caseworker-1', role: 'caseworker' }, action: 'read', operationId: 'getHousehold', outcome: 'success', prevHash: '0'.repeat(64) };
  const optional = { householdId: 'H-000001', memberId: 'M-"1"', query: 'name=見本&birthDate=1948-11-27', resultCount: 0 };

  it('writes every combination of the optional members as canonicalJson does', () => {
    const names = Object.keys(optional) as (keyof typeof optional)[];
    for (let mask = 0; mask < 1 << names.length; mask++) {
      const entry: Record<string, unknown> = { ...base };
      names.forEach((name, i) => { if (mask & (1 << i)) entry[name] = optional[name]; });
      expect(entryCanonicalJson(entry as Parameters<typeof entryCanonicalJson>[0])).toBe(canonicalJson(entry));
    }
  });

  it('is what append hashes: the stored hashes verify with the generic form, in the documented member order', () => {
    const log = new AuditLog();
    const record = { at: base.occurredAt, roles: ['caseworker'], method: 'GET', url: '/households', status: 200 };
    log.note({ staffId: 'caseworker-1', operationId: 'listHouseholds', url: '/households' }, { query: 'section=第1係', resultCount: 3 });
    log.append({ ...record, staffId: 'caseworker-1', operationId: 'listHouseholds', subjects: { householdIds: [], memberIds: [] } });
    log.append({ ...record, staffId: null, operationId: 'getHousehold', status: 403, subjects: { householdIds: ['H-1'], memberIds: ['M-1'] } });
    const [first, second] = log.entries();
    expect(Object.keys(first!)).toEqual(['sequence', 'occurredAt', 'actor', 'action', 'operationId', 'outcome', 'query', 'resultCount', 'prevHash', 'hash']);
    expect(Object.keys(second!)).toEqual(['sequence', 'occurredAt', 'actor', 'action', 'operationId', 'outcome', 'householdId', 'memberId', 'prevHash', 'hash']);
    expect(second).toMatchObject({ actor: { staffId: 'anonymous', role: 'caseworker' }, outcome: 'denied', prevHash: first!.hash });
    for (const entry of [first!, second!]) expect(entry.hash).toBe(entryHash(entry));
    expect(log.verify()).toEqual({ valid: true, checkedEntries: 2, brokenAt: null });
  });
});
