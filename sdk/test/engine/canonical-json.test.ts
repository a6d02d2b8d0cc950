import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson, sha256Base64Url } from '../../src/engine/etag.ts';

/** The plain definition: JSON.stringify over copies of every object with its keys sorted. */
const oracle = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  ) ?? 'null';

const CASES: [string, unknown][] = [
  ['scalars', [0, -0, 1.5e300, NaN, Infinity, true, false, null, '', 'a"b\\c\n', '世帯\u2028']],
  ['key order', { b: 1, a: 2, A: 3, 'ä': 4, _: 7, 'a b': 8 }],
  ['nested', { z: [{ y: 1, x: [2, { w: 3, v: null }] }], m: { n: { o: 'p' } } }],
  ['undefined and functions', { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: 1 }],
  ['toJSON', { when: new Date('2026-04-01T00:00:00Z'), custom: { toJSON: () => ({ b: 1, a: 2 }) } }],
  ['empty', [{}, [], { a: {} }]],
  ['top-level undefined', undefined],
];

describe('canonicalJson', () => {
  for (const [name, value] of CASES) {
    it(`writes ${name} as JSON.stringify of the key-sorted value`, () => {
      expect(canonicalJson(value)).toBe(oracle(value));
    });
  }

  it('gives equal text for equal values built in different key orders', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('orders integer-like keys as text too (code-unit order, as RFC 8785 does), not numerically', () => {
    expect(canonicalJson({ '9': 'x', '10': 'y', a: 'z' })).toBe('{"10":"y","9":"x","a":"z"}');
  });

  it('refuses a bigint as JSON.stringify does', () => {
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});

describe('sha256Base64Url', () => {
  it('is SHA-256 in base64url, as a Hash object digests it (also for text outside ASCII)', () => {
    for (const text of ['', 'abc', '世帯員𠮷\u{E0100}', 'x'.repeat(100_000)]) {
      expect(sha256Base64Url(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64url'));
    }
  });
});
