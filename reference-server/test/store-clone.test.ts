import { describe, expect, it } from 'vitest';
import { cloneData } from '../src/store/clone.ts';

describe('cloneData', () => {
  it('copies nested plain data so that no change of the copy reaches the original', () => {
    const original = { a: [1, { b: 'x', c: null }], d: { e: true, f: undefined } };
    const copy = cloneData(original);
    expect(copy).toEqual(original);
    (copy.a[1] as { b: string }).b = 'changed';
    copy.d.e = false;
    expect(original).toEqual({ a: [1, { b: 'x', c: null }], d: { e: true, f: undefined } });
  });

  it('keeps an own "__proto__" key as data and does not change the prototype of the copy', () => {
    const original = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as Record<string, unknown>;
    const copy = cloneData(original);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'ok']);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('falls back to structuredClone for values that are not plain data', () => {
    const when = new Date('2026-04-01T00:00:00Z');
    const copy = cloneData({ when, map: new Map([['k', 1]]) });
    expect(copy.when).not.toBe(when);
    expect(copy.when.getTime()).toBe(when.getTime());
    expect(copy.map.get('k')).toBe(1);
  });
});
