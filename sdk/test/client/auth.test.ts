import { describe, expect, it } from 'vitest';
import { createHogoClient } from '../../src/client/index.ts';
import { BASE, json, recordingFetch } from './recorder.ts';

const health = { status: 'ok' };

describe('client authentication', () => {
  it('sends the bearer token of the default client', async () => {
    const { fetch, requests } = recordingFetch(json(health));
    const client = createHogoClient({ baseUrl: BASE, token: 'tok-default', fetch });
    await client.GET('/health');
    expect(requests[0]?.headers.authorization).toBe('Bearer tok-default');
  });

  it('asks a token function before every request', async () => {
    const { fetch, requests } = recordingFetch(json(health));
    let n = 0;
    const client = createHogoClient({ baseUrl: BASE, token: async () => `tok-${++n}`, fetch });
    await client.GET('/health');
    await client.GET('/health');
    expect(requests.map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('sends the token of each role through as(role), sharing one ETag cache', async () => {
    const { fetch, requests } = recordingFetch(json({ items: [], nextCursor: null }));
    const client = createHogoClient({ baseUrl: BASE, fetch, tokens: { caseworker: 'tok-cw', supervisor: () => 'tok-sv' } });
    await client.as('caseworker').call('listHouseholds');
    await client.as('supervisor').call('listHouseholds');
    await client.call('listHouseholds');
    expect(requests.map((r) => r.headers.authorization)).toEqual(['Bearer tok-cw', 'Bearer tok-sv', undefined]);
    expect(client.as('caseworker').etags).toBe(client.etags);
  });

  it('refuses a role it has no token for', () => {
    const client = createHogoClient({ baseUrl: BASE, tokens: { caseworker: 'tok-cw' } });
    expect(() => client.as('manager')).toThrow(/manager/);
  });

  it('leaves an Authorization header the caller set', async () => {
    const { fetch, requests } = recordingFetch(json(health));
    const client = createHogoClient({ baseUrl: BASE, token: 'tok-default', fetch });
    await client.GET('/health', { headers: { Authorization: 'Bearer explicit' } });
    expect(requests[0]?.headers.authorization).toBe('Bearer explicit');
  });

  it('binds globalThis.fetch late, so a fetch installed after creation is used', async () => {
    const client = createHogoClient({ baseUrl: BASE, token: 't' });
    const { fetch, requests } = recordingFetch(json(health));
    const original = globalThis.fetch;
    globalThis.fetch = ((input: Request) => fetch(input)) as typeof globalThis.fetch;
    try {
      await client.call('getHealth');
    } finally {
      globalThis.fetch = original;
    }
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe(`${BASE}/health`);
  });
});
