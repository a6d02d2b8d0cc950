import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../src/audit/canonical.ts';

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
