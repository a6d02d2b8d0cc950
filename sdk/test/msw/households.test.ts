import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { HogoProblem } from '../../src/client/index.ts';
import { createHogoEngine, createMemoryIdempotencyStore } from '../../src/engine/index.ts';
import type { components } from '../../src/generated/openapi-21.ts';
import { createHogoHandlers, toEngineRequest } from '../../src/transport/msw.ts';
import { householdInput } from '../support/toy-adapter.ts';
import { BASE, client, useHogoServer } from './setup.ts';

type HouseholdInput = components['schemas']['HouseholdInput'];
const input = (over: Record<string, unknown> = {}) => householdInput(over) as HouseholdInput;
const hogo = useHogoServer();

describe('msw handlers with the real client', () => {
  it('creates, reads with an ETag, and updates with the cached ETag', async () => {
    const caseworker = client().as('caseworker');
    const created = await caseworker.call('createHousehold', { body: input() });
    expect(created).toMatchObject({ householdId: 'H0001', section: '第一係' });

    const read = await caseworker.GET('/households/{householdId}', { params: { path: { householdId: created.householdId } } });
    expect(read.response.headers.get('etag')).toBe('"H0001-v1"');
    expect(caseworker.etags.get('/households/H0001')).toBe('"H0001-v1"');

    const updated = await caseworker.call('updateHousehold', { path: { householdId: 'H0001' }, body: { section: '第二係' } });
    expect(updated.section).toBe('第二係');
    expect(caseworker.etags.get('/households/H0001')).toBe('"H0001-v2"');
    const again = await caseworker.call('updateHousehold', { path: { householdId: 'H0001' }, body: { monthlyRent: 40_000 } });
    expect(again).toMatchObject({ section: '第二係', monthlyRent: 40_000 });
    expect(hogo.toy.households.get('H0001')?.version).toBe(3);
  });

  it('refuses a stale update with a 412 HogoProblem, and an update without If-Match with 428', async () => {
    const first = client().as('caseworker');
    const second = client().as('supervisor');
    const { householdId } = await first.call('createHousehold', { body: input() });
    await first.call('getHousehold', { path: { householdId } });
    await second.call('getHousehold', { path: { householdId } });
    await first.call('updateHousehold', { path: { householdId }, body: { section: '第二係' } });

    const stale = await second.call('updateHousehold', { path: { householdId }, body: { section: '第三係' } }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(HogoProblem);
    expect(stale).toMatchObject({ status: 412, code: 'stale-version', type: 'urn:hogo-kit:problem:stale-version', instance: `/api/households/${householdId}` });
    expect((stale as HogoProblem).en?.title).toBe('The If-Match version is stale');

    const blind = client().as('caseworker');
    await expect(blind.call('updateHousehold', { path: { householdId }, body: { section: '第三係' } })).rejects.toMatchObject({ status: 428, code: 'precondition-required' });
    expect(hogo.toy.households.get(householdId)?.household.section).toBe('第二係');
  });

  it('replays a create sent twice with the same Idempotency-Key, and refuses the key for another body', async () => {
    const intake = client().as('intake');
    const headers = { 'Idempotency-Key': 'visit-2025-04-01-001' };
    const once = await intake.call('createHousehold', { body: input(), headers });
    const twice = await intake.call('createHousehold', { body: input(), headers });
    expect(twice).toEqual(once);
    expect(hogo.toy.households.size).toBe(1);
    await expect(intake.call('createHousehold', { body: input({ section: '第二係' }), headers })).rejects.toMatchObject({
      status: 422,
      code: 'idempotency-key-reused',
    });
  });

  it('registers once when the answer to a create is lost and the client retries with the same key', async () => {
    const idempotency = createMemoryIdempotencyStore();
    hogo.server.resetHandlers(...createHogoHandlers(hogo.toy.adapter, { ...hogo.options, idempotency }));
    const upstream = createHogoEngine(hogo.toy.adapter, { ...hogo.options, idempotency });
    // A proxy in front: the first create reaches the system, but its answer is replaced by a 503.
    hogo.server.use(
      http.post(`${BASE}/households`, async ({ request, params }) => {
        await upstream.handle(await toEngineRequest(request, 'createHousehold', params, 1_048_576));
        return HttpResponse.json({ title: 'busy' }, { status: 503, headers: { 'retry-after': '0' } });
      }, { once: true }),
    );
    const intake = client({ retry: { retries: 2, baseDelayMs: 1 } }).as('intake');
    const created = await intake.call('createHousehold', { body: input() });
    expect(created.householdId).toBe('H0001');
    expect(hogo.toy.households.size).toBe(1);
    expect(hogo.seen.filter((s) => s === 'POST /api/households')).toHaveLength(2);
  });

  it('pages through a list following nextCursor', async () => {
    const intake = client().as('intake');
    for (let n = 0; n < 5; n += 1) await intake.call('createHousehold', { body: input() });
    hogo.seen = [];
    const ids: string[] = [];
    for await (const household of intake.paginate('listHouseholds', { query: { limit: 2 } })) ids.push(household.householdId);
    expect(ids).toEqual(['H0001', 'H0003', 'H0005', 'H0007', 'H0009']);
    expect(hogo.seen).toEqual(['GET /api/households?limit=2', 'GET /api/households?limit=2&cursor=2', 'GET /api/households?limit=2&cursor=4']);
  });

  it('answers text/csv to call() and audits accesses to personal data', async () => {
    const caseworker = client().as('caseworker');
    const { householdId } = await caseworker.call('createHousehold', { body: input() });
    const csv = await caseworker.call('createExtraction', { body: { unit: 'household', items: ['household-id', 'section'], header: 'code', codeValues: 'code' } });
    expect(csv).toBe(`household-id,section\r\n${householdId},第一係\r\n`);
    expect(hogo.audit.map((r) => [r.operationId, r.staffId, r.status])).toContainEqual(['createHousehold', 'staff-caseworker', 201]);
  });
});
