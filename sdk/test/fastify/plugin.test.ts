import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ServerFault } from '../../src/engine/index.ts';
import type { AuditRecord } from '../../src/engine/types.ts';
import { hogoFrameworkErrors, hogoPlugin, type HogoPluginOptions } from '../../src/transport/fastify.ts';
import { expectProblem } from '../support/engine-harness.ts';
import { auth, createToyAdapter, declaration, householdInput, memberInput, verifyToken } from '../support/toy-adapter.ts';

async function app(options: Partial<HogoPluginOptions> & { extra?: Record<string, Function> } = {}) {
  const { extra, ...rest } = options;
  const toy = createToyAdapter();
  const audits: AuditRecord[] = [];
  const faults: ServerFault[] = [];
  const edition = rest.edition ?? '2.1';
  const server = Fastify({ frameworkErrors: hogoFrameworkErrors });
  await server.register(hogoPlugin({ ...toy.adapter, ...extra }, {
    edition, verifyToken, declaration: declaration(edition), docs: false,
    audit: (r) => void audits.push(r), onServerFault: (f) => void faults.push(f), ...rest,
  }));
  await server.ready();
  return { server, toy, audits, faults };
}

/** An inject answer as an EngineResponse, so expectProblem checks it against the Problem schema. */
const asResponse = (r: { statusCode: number; headers: Record<string, unknown>; body: string }) => ({
  status: r.statusCode,
  headers: { ...r.headers, 'content-type': String(r.headers['content-type']).replace(/; charset=utf-8$/, '') } as Record<string, string>,
  body: JSON.parse(r.body) as unknown,
});

const json = { 'content-type': 'application/json' };

describe('fastify plugin', () => {
  it('serves the operations: create (201 + ETag), read, update with If-Match, list with coerced query', async () => {
    const { server, audits } = await app();
    const created = await server.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput() });
    expect(created.statusCode).toBe(201);
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
    const householdId = created.json<{ householdId: string }>().householdId;
    const read = await server.inject({ method: 'GET', url: `/households/${householdId}`, headers: auth('caseworker') });
    expect(read.headers.etag).toBe(`"${householdId}-v1"`);
    const updated = await server.inject({ method: 'PATCH', url: `/households/${householdId}`, headers: { ...auth('caseworker'), 'if-match': read.headers.etag as string }, payload: { section: '第二係' } });
    expect(updated.statusCode).toBe(200);
    const list = await server.inject({ method: 'GET', url: '/households?limit=1&section=%E7%AC%AC%E4%BA%8C%E4%BF%82&unknown=1', headers: auth('intake') });
    expect(list.json()).toMatchObject({ items: [{ householdId, section: '第二係' }], nextCursor: null });
    expect(audits.map((a) => [a.operationId, a.url, a.status])).toEqual([
      ['createHousehold', '/households', 201], ['getHousehold', `/households/${householdId}`, 200],
      ['updateHousehold', `/households/${householdId}`, 200], ['listHouseholds', '/households', 200],
    ]);
  });

  it('answers 401, 403, 400 with pointers, 428 and 412 as problems', async () => {
    const { server } = await app();
    expectProblem(asResponse(await server.inject({ method: 'GET', url: '/households' })), 401, 'unauthorized');
    expectProblem(asResponse(await server.inject({ method: 'POST', url: '/households', headers: auth('accountant'), payload: householdInput() })), 403, 'forbidden');
    const bad = expectProblem(asResponse(await server.inject({ method: 'GET', url: '/households?limit=x', headers: auth('intake') })), 400, 'validation-failed');
    expect(bad.errors?.[0]).toMatchObject({ pointer: '/query/limit', message: { ja: '「1頁の件数」は整数で指定してください。', en: 'limit must be an integer.' } });
    const id = (await server.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput() })).json<{ householdId: string }>().householdId;
    expectProblem(asResponse(await server.inject({ method: 'PATCH', url: `/households/${id}`, headers: auth('caseworker'), payload: { section: 'x' } })), 428, 'precondition-required');
    expectProblem(asResponse(await server.inject({ method: 'PATCH', url: `/households/${id}`, headers: { ...auth('caseworker'), 'if-match': '"old"' }, payload: { section: 'x' } })), 412, 'stale-version');
  });

  it('answers invalid JSON with a 400 problem, not fastify\'s text', async () => {
    const { server, toy } = await app();
    const response = await server.inject({ method: 'POST', url: '/households', headers: { ...auth('caseworker'), ...json }, payload: '{"lgCode": ' });
    expectProblem(asResponse(response), 400, 'invalid-json');
    expect(toy.households.size).toBe(0);
  });

  it('reads application/problem+json bodies too and treats an empty body as none', async () => {
    const { server } = await app();
    const problemJson = await server.inject({ method: 'POST', url: '/households', headers: { ...auth('caseworker'), 'content-type': 'application/problem+json' }, payload: JSON.stringify(householdInput()) });
    expect(problemJson.statusCode).toBe(201);
    const empty = expectProblem(asResponse(await server.inject({ method: 'POST', url: '/households', headers: { ...auth('caseworker'), ...json }, payload: '' })), 400, 'validation-failed');
    expect(empty.errors?.[0]?.pointer).toBe('/body');
  });

  it('answers other media types with 415 (after authentication)', async () => {
    const { server } = await app();
    const form = await server.inject({ method: 'POST', url: '/households', headers: { ...auth('caseworker'), 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1' });
    expectProblem(asResponse(form), 415, 'unsupported-media-type');
    const text = await server.inject({ method: 'POST', url: '/households', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expectProblem(asResponse(text), 401, 'unauthorized');
  });

  it('answers an oversized body with 413', async () => {
    const { server, toy } = await app({ bodyLimit: 1024 });
    const response = await server.inject({ method: 'POST', url: '/households', headers: { ...auth('caseworker'), ...json }, payload: JSON.stringify(householdInput({ section: 'x'.repeat(2000) })) });
    expectProblem(asResponse(response), 413, 'payload-too-large');
    expect(toy.households.size).toBe(0);
  });

  it('answers unregistered routes, wrong methods and malformed URLs with 404/400 problems', async () => {
    const { server } = await app();
    expectProblem(asResponse(await server.inject({ method: 'GET', url: '/no-such-thing' })), 404, 'not-found');
    expectProblem(asResponse(await server.inject({ method: 'DELETE', url: '/households', headers: auth('manager') })), 404, 'not-found');
    expectProblem(asResponse(await server.inject({ method: 'GET', url: '/households/%E0%A4%A', headers: auth('manager') })), 400, 'bad-request');
  });

  it('answers an adapter crash with a 500 problem without its message; a HogoError with its status', async () => {
    const { server, faults } = await app({ extra: { getMember: async () => { throw new Error('connection string leaked'); } } });
    const crash = await server.inject({ method: 'GET', url: '/members/M1', headers: auth('caseworker') });
    expectProblem(asResponse(crash), 500, 'adapter-error');
    expect(crash.body).not.toContain('leaked');
    expect(faults).toMatchObject([{ kind: 'adapter-error' }]);
    expectProblem(asResponse(await server.inject({ method: 'GET', url: '/households/H404', headers: auth('caseworker') })), 404, 'not-found');
  });

  it('replays an idempotent create and refuses a reused key with another body', async () => {
    const { server, toy } = await app();
    const headers = { ...auth('intake'), 'idempotency-key': 'abc' };
    const first = await server.inject({ method: 'POST', url: '/households', headers, payload: householdInput() });
    const second = await server.inject({ method: 'POST', url: '/households', headers, payload: householdInput() });
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expectProblem(asResponse(await server.inject({ method: 'POST', url: '/households', headers, payload: householdInput({ section: '別' }) })), 422, 'idempotency-key-reused');
    expect(toy.households.size).toBe(1);
  });

  it('masks 個人番号 and answers CSV', async () => {
    const { server } = await app();
    const id = (await server.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput() })).json<{ householdId: string }>().householdId;
    const member = await server.inject({ method: 'POST', url: `/households/${id}/members`, headers: auth('intake'), payload: memberInput({ relationship: '02' }) });
    expect(member.json()).toMatchObject({ myNumber: '************' });
    const csv = await server.inject({ method: 'POST', url: '/extractions', headers: auth('caseworker'), payload: { unit: 'household', items: ['household-id', 'member-count'] } });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toBe(`household-id,member-count\r\n${id},2\r\n`);
  });

  it('serves getHealth without a token and getDeclaration', async () => {
    const { server, audits } = await app();
    const health = await server.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok' });
    expect((await server.inject({ method: 'GET', url: '/conformance', headers: auth('system-admin') })).json()).toEqual(declaration('2.1'));
    expect(audits).toEqual([]);
  });

  it('serves edition 2.0 without operations it lacks (createComprehensiveInquiry → 404)', async () => {
    const stub = { createComprehensiveInquiry: async () => ({}) };
    const v20 = await app({ edition: '2.0', extra: stub });
    expectProblem(asResponse(await v20.server.inject({ method: 'POST', url: '/comprehensive-inquiries', headers: auth('caseworker'), payload: {} })), 404, 'not-found');
    const v21 = await app({ edition: '2.1', extra: stub });
    const route = v21.server.hasRoute({ method: 'POST', url: '/comprehensive-inquiries' });
    expect(route).toBe(true);
  });
});

describe('fastify plugin inside a host app', () => {
  it('keeps its parsers to itself and works under a prefix', async () => {
    const server = Fastify();
    server.post('/host', async (request) => ({ echoed: request.body }));
    await server.register(hogoPlugin(createToyAdapter().adapter, { edition: '2.1', verifyToken, docs: false }), { prefix: '/api' });
    const host = await server.inject({ method: 'POST', url: '/host', headers: json, payload: { a: 1 } });
    expect(host.json()).toEqual({ echoed: { a: 1 } });
    const health = await server.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    const missing = await server.inject({ method: 'GET', url: '/api/nothing' });
    expect(missing.json()).toMatchObject({ code: 'not-found', instance: '/api/nothing' });
  });
});
