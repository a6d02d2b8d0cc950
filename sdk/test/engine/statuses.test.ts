import { describe, expect, it } from 'vitest';
import { reply } from '../../src/adapter/types.ts';
import { setup } from '../support/engine-harness.ts';

// receiveLinkageChange answers 201 for a new change and 200 for a duplicate: the adapter chooses.
const receipt = (duplicate: boolean) => ({
  system: 'jumin', changeId: 'C-1', addressNumber: '999000001', receivedAt: '2026-04-01T00:00:00Z',
  duplicate, matchedMemberIds: [], alertIds: [],
});
const body = { system: 'jumin', changeId: 'C-1', addressNumber: '999000001', changeType: 'move-out', effectiveDate: '2026-03-31', items: [{ code: 'jumin-status', value: '転出' }] };

describe('a success status chosen by the adapter', () => {
  const call = (status?: number) => {
    const { call, faults } = setup({ extra: { receiveLinkageChange: async () => reply(receipt(status === 200), status === undefined ? {} : { status }) } });
    return { response: call('receiveLinkageChange', { role: 'linkage', body }), faults };
  };

  it('answers the status the adapter chose when the operation declares it', async () => {
    expect((await call(200).response).status).toBe(200);
    expect((await call(201).response).status).toBe(201);
  });

  it('answers the operation default (its lowest 2xx) when the adapter chose none', async () => {
    expect((await call().response).status).toBe(200);
  });

  it('reports a status the operation does not declare as a server fault', async () => {
    const { response, faults } = call(204);
    expect((await response).status).toBe(500);
    expect(faults).toHaveLength(1);
    expect(faults[0]!.kind).toBe('response-schema');
  });
});
