import { describe, expect, it } from 'vitest';
import { groupBy } from '../src/support/group.ts';

describe('groupBy', () => {
  it('keeps every item once, in the order it came, under its key; keys in the order first seen', () => {
    const items = [{ h: 'H-2', n: 1 }, { h: 'H-1', n: 2 }, { h: 'H-2', n: 3 }, { h: '', n: 4 }, { h: 'H-2', n: 5 }];
    const groups = groupBy(items, (i) => i.h);
    expect([...groups.keys()]).toEqual(['H-2', 'H-1', '']);
    expect(groups.get('H-2')!.map((i) => i.n)).toEqual([1, 3, 5]);
    expect(groups.get('H-1')!.map((i) => i.n)).toEqual([2]);
    expect(groups.get('')!.map((i) => i.n)).toEqual([4]);
    expect(groupBy([], String).size).toBe(0);
  });
});
