import { describe, expect, it } from 'vitest';
import { createHogoClient } from '../../src/client/index.ts';
import { BASE, json, recordingFetch } from './recorder.ts';

/** Array.fromAsync arrived in Node 22. */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const pages = [
  { items: [{ householdId: 'H1' }, { householdId: 'H2' }], nextCursor: 'c2' },
  { items: [{ householdId: 'H3' }], nextCursor: 'c3' },
  { items: [{ householdId: 'H4' }], nextCursor: null },
];

describe('paginate', () => {
  it('follows nextCursor across three pages, keeping the other query parameters', async () => {
    const { fetch, requests } = recordingFetch(...pages.map((p) => json(p)));
    const client = createHogoClient({ baseUrl: BASE, token: 't', fetch });
    const ids: string[] = [];
    for await (const household of client.paginate('listHouseholds', { query: { section: 'A', limit: 2 } })) ids.push(household.householdId);
    expect(ids).toEqual(['H1', 'H2', 'H3', 'H4']);
    expect(requests.map((r) => new URL(r.url).search)).toEqual([
      '?section=A&limit=2',
      '?section=A&limit=2&cursor=c2',
      '?section=A&limit=2&cursor=c3',
    ]);
    expect(requests.every((r) => r.headers.authorization === 'Bearer t')).toBe(true);
  });

  it('takes a GET path and path parameters too', async () => {
    const { fetch, requests } = recordingFetch(json({ items: [{ recordId: 'R1' }], nextCursor: null }));
    const client = createHogoClient({ baseUrl: BASE, fetch });
    const records = await collect(client.paginate('/households/{householdId}/case-records', { path: { householdId: 'H1' } }));
    expect(records).toEqual([{ recordId: 'R1' }]);
    expect(requests[0]?.path).toBe('/api/households/H1/case-records');
  });

  it('stops early when the caller breaks out, without fetching further pages', async () => {
    const { fetch, requests } = recordingFetch(...pages.map((p) => json(p)));
    const client = createHogoClient({ baseUrl: BASE, fetch });
    for await (const household of client.paginate('listHouseholds')) if (household.householdId === 'H2') break;
    expect(requests).toHaveLength(1);
  });

  it('refuses a server that sends the same cursor again, or no page at all', async () => {
    const loop = recordingFetch(json({ items: [{ householdId: 'H1' }], nextCursor: 'same' }));
    const client = createHogoClient({ baseUrl: BASE, fetch: loop.fetch });
    await expect(collect(client.paginate('listHouseholds'))).rejects.toThrow(/twice/);
    expect(loop.requests).toHaveLength(2);
    const notPage = recordingFetch(json({ householdId: 'H1' }));
    const other = createHogoClient({ baseUrl: BASE, fetch: notPage.fetch });
    await expect(collect(other.paginate('listHouseholds'))).rejects.toThrow(/page/);
  });

  it('refuses what is not a list operation', () => {
    const client = createHogoClient({ baseUrl: BASE });
    expect(() => client.paginate('/nowhere' as never)).toThrow(/No GET operation/);
  });
});
