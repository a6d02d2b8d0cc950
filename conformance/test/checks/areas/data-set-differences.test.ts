import { describe, expect, it } from 'vitest';
import { dataSetDifferences } from '../../../src/checks/areas/13-14/migration-round-trip.ts';

const h = (id: string, extra: Record<string, unknown> = {}) => ({ householdId: id, section: '第1係', members: [{ memberId: `${id}-1`, name: { family: '山田' } }], ...extra });

describe('dataSetDifferences (13.6.2 round trip)', () => {
  it('finds none when the same records come back in another order or with their items in another order', () => {
    const before = { exportedAt: '2026-11-23T00:00:00Z', standardVersion: '2.1', households: [h('H1'), h('H2')], caseRecords: [] };
    const reordered = { members: [{ name: { family: '山田' }, memberId: 'H1-1' }], section: '第1係', householdId: 'H1' };
    const after = { standardVersion: '2.1', caseRecords: [], households: [h('H2'), reordered], exportedAt: '2026-11-24T00:00:00Z' };
    expect(dataSetDifferences(before, after)).toEqual([]);
  });

  it('counts records lost or changed per collection, a collection gone, and top-level items that differ', () => {
    const before = { standardVersion: '2.1', households: [h('H1'), h('H2')], caseRecords: [{ recordId: 'R1' }] };
    const after = { standardVersion: '2.0', households: [h('H1'), h('H2', { section: '第2係' }), h('H3')] };
    expect(dataSetDifferences(before, after)).toEqual([
      'standardVersion',
      'households (1 lost or changed, 2 new or changed)',
      'caseRecords (1 lost or changed, 0 new or changed)',
    ]);
  });

  it('tells a duplicated record from the same records', () => {
    expect(dataSetDifferences({ households: [h('H1'), h('H2')] }, { households: [h('H1'), h('H1')] })).toEqual(['households (1 lost or changed, 0 new or changed)']);
  });
});
