import { describe, expect, it } from 'vitest';
import { parseWork } from './work.ts';

describe('bare-work: the --work option', () => {
  it('reads the µs of a read and of a write', () => {
    expect(parseWork('14.2,31.5')).toEqual({ read: 14.2, write: 31.5 });
    expect(parseWork('0,0')).toEqual({ read: 0, write: 0 });
  });

  it('refuses anything else rather than busy-waiting a wrong amount', () => {
    for (const text of [undefined, '', '14.2', '14.2,', ',31.5', '1,2,3', '-1,2', 'a,b', 'Infinity,1', 'undefined,undefined', '1e3,2', ' 1,2']) {
      expect(parseWork(text), String(text)).toBeUndefined();
    }
  });
});
