import { describe, expect, it } from 'vitest';
import { createHogoClient } from '../../src/client/index.ts';
import type { components } from '../../src/generated/openapi-21.ts';
import { BASE, json, problem, recordingFetch } from './recorder.ts';

const input = {
  lgCode: '131016',
  address: { lgCode: '131016', text: '千代田区千代田1-1' },
  grade: '1-1',
  winterRegion: 'VI',
  members: [],
} as unknown as components['schemas']['HouseholdInput'];

describe('Idempotency-Key', () => {
  it('is generated for creating operations only', async () => {
    const { fetch, requests } = recordingFetch(json({ householdId: 'H1' }, 201));
    let n = 0;
    const client = createHogoClient({ baseUrl: BASE, token: 't', fetch, idempotencyKey: () => `key-${++n}` });
    await client.call('createHousehold', { body: input });
    await client.call('getHousehold', { path: { householdId: 'H1' } });
    await client.call('verifyAuditLog', { body: {} as never });
    await client.call('createHousehold', { body: input });
    expect(requests.map((r) => r.headers['idempotency-key'])).toEqual(['key-1', undefined, undefined, 'key-2']);
  });

  it('defaults to a random UUID', async () => {
    const { fetch, requests } = recordingFetch(json({ householdId: 'H1' }, 201));
    const client = createHogoClient({ baseUrl: BASE, fetch });
    await client.POST('/households', { body: input });
    expect(requests[0]?.headers['idempotency-key']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps a key the caller set', async () => {
    const { fetch, requests } = recordingFetch(json({ householdId: 'H1' }, 201));
    const client = createHogoClient({ baseUrl: BASE, fetch, idempotencyKey: () => 'generated' });
    await client.call('createHousehold', { body: input, headers: { 'Idempotency-Key': 'mine' } });
    await client.POST('/households', { body: input, params: { header: { 'Idempotency-Key': 'mine-too' } } });
    expect(requests.map((r) => r.headers['idempotency-key'])).toEqual(['mine', 'mine-too']);
  });

  it('is generated once and reused on every retry of the same request', async () => {
    const { fetch, requests } = recordingFetch(
      problem(503, 'unavailable'),
      problem(429, 'too-many-requests'),
      json({ householdId: 'H1' }, 201),
    );
    let n = 0;
    const client = createHogoClient({ baseUrl: BASE, fetch, idempotencyKey: () => `key-${++n}`, retry: { retries: 3, baseDelayMs: 1 } });
    const created = await client.call('createHousehold', { body: input });
    expect(created.householdId).toBe('H1');
    expect(requests.map((r) => r.headers['idempotency-key'])).toEqual(['key-1', 'key-1', 'key-1']);
    expect(requests.map((r) => r.body)).toEqual([input, input, input]);
  });

  it('matches creating operations under a base path and with path parameters', async () => {
    const { fetch, requests } = recordingFetch(json({}, 201));
    const client = createHogoClient({ baseUrl: 'https://hogo.test/deep/api/', fetch, idempotencyKey: () => 'k' });
    await client.call('createCaseRecord', { path: { householdId: 'H 1' }, body: {} as never });
    expect(requests[0]?.path).toBe('/deep/api/households/H%201/case-records');
    expect(requests[0]?.headers['idempotency-key']).toBe('k');
  });
});
