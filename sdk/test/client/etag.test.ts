import { describe, expect, it } from 'vitest';
import { createHogoClient } from '../../src/client/index.ts';
import { BASE, json, problem, recordingFetch } from './recorder.ts';

const household = (id: string) => ({ householdId: id, section: 'A' });

describe('ETag cache', () => {
  it('sends the ETag of the last read as If-Match and updates it from the answer', async () => {
    const { fetch, requests } = recordingFetch(
      json(household('H1'), 200, { etag: '"v1"' }),
      json(household('H1'), 200, { etag: '"v2"' }),
      json(household('H1'), 200, { etag: '"v3"' }),
    );
    const client = createHogoClient({ baseUrl: BASE, token: 't', fetch });
    await client.call('getHousehold', { path: { householdId: 'H1' } });
    await client.call('updateHousehold', { path: { householdId: 'H1' }, body: { section: 'B' } });
    await client.PATCH('/households/{householdId}', { params: { path: { householdId: 'H1' } }, body: { section: 'C' } });
    expect(requests.map((r) => [r.method, r.headers['if-match']])).toEqual([
      ['GET', undefined],
      ['PATCH', '"v1"'],
      ['PATCH', '"v2"'],
    ]);
    expect(client.etags.get('/households/H1')).toBe('"v3"');
  });

  it('keeps ETags per resource path', async () => {
    const { fetch, requests } = recordingFetch(json(household('H1'), 200, { etag: '"h1"' }), json(household('H2')));
    const client = createHogoClient({ baseUrl: BASE, fetch });
    await client.call('getHousehold', { path: { householdId: 'H1' } });
    await client.call('updateHousehold', { path: { householdId: 'H2' }, body: { section: 'B' } });
    expect(requests[1]?.headers['if-match']).toBeUndefined();
  });

  it('lets an If-Match the caller gives win', async () => {
    const { fetch, requests } = recordingFetch(json(household('H1'), 200, { etag: '"v1"' }));
    const client = createHogoClient({ baseUrl: BASE, fetch });
    await client.call('getHousehold', { path: { householdId: 'H1' } });
    await client.call('updateHousehold', { path: { householdId: 'H1' }, body: { section: 'B' }, headers: { 'If-Match': '"mine"' } });
    expect(requests[1]?.headers['if-match']).toBe('"mine"');
  });

  it('keeps the cached ETag after a refused update, and forgets it after an update without ETag', async () => {
    const { fetch, requests } = recordingFetch(
      json(household('H1'), 200, { etag: '"v1"' }),
      problem(412, 'stale-version'),
      json(household('H1')),
      json(household('H1')),
    );
    const client = createHogoClient({ baseUrl: BASE, fetch });
    await client.call('getHousehold', { path: { householdId: 'H1' } });
    const update = () => client.call('updateHousehold', { path: { householdId: 'H1' }, body: { section: 'B' } });
    await expect(update()).rejects.toMatchObject({ status: 412, code: 'stale-version' });
    await update();
    await update();
    expect(requests.slice(1).map((r) => r.headers['if-match'])).toEqual(['"v1"', '"v1"', undefined]);
  });

  it('strips the base path and the query from the cache key', async () => {
    const { fetch } = recordingFetch(json({ memberId: 'M1' }, 200, { etag: 'W/"m1"' }));
    const client = createHogoClient({ baseUrl: 'https://hogo.test/v2', fetch });
    await client.GET('/members/{memberId}', { params: { path: { memberId: 'M1' } } });
    expect(client.etags.get('/members/M1')).toBe('W/"m1"');
  });
});
