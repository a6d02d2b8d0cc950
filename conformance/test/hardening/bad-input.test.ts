// Issue #7 (1): bad input at volume. Over 10,000 generated invalid requests across every operation of edition 2.1
// (and some of 2.0), sent with app.inject and permitted tokens to a seeded reference server: none answers 5xx,
// each is refused with a 4xx problem+json, and the store's digest is the same before and after.
import type { ReferenceApp } from '@hogo-kit/reference-server';
import { operationsFor, type Edition } from '@hogo-kit/sdk';
import { operationContracts } from '@hogo-kit/sdk/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { badRequests, type BadRequest } from './invalid-input.ts';
import { authFor, expectChainIntact, fillPath, knownIds, seededServer, storeDigest } from './support.ts';

const servers: ReferenceApp[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.app.close()));
});

/** The current ETag of every resource an If-Match operation of the edition updates (GET on the same path). */
async function etagsOf(reference: ReferenceApp, edition: Edition, known: Record<string, string>): Promise<Record<string, string>> {
  const contracts = operationContracts(edition);
  const etags: Record<string, string> = {};
  for (const c of contracts.filter((c) => operationsFor(edition)[c.operationId]?.ifMatch)) {
    const read = contracts.find((g) => g.method === 'GET' && g.path === c.path);
    if (!read) continue;
    const url = fillPath(read.path, known);
    const res = await reference.app.inject({ method: 'GET', url, headers: authFor(edition, read.operationId) });
    if (typeof res.headers.etag === 'string') etags[url] = res.headers.etag;
  }
  return etags;
}

interface Outcome { request: BadRequest; status: number; type: string }

/** Sends the requests, 64 at a time, and answers each status and content type. */
async function sendAll(reference: ReferenceApp, requests: BadRequest[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < requests.length; i += 64) {
    const batch = requests.slice(i, i + 64);
    outcomes.push(...await Promise.all(batch.map(async (request) => {
      const res = await reference.app.inject({ method: request.method as 'GET', url: request.url, headers: request.headers, ...(request.payload !== undefined && { payload: request.payload }) });
      return { request, status: res.statusCode, type: String(res.headers['content-type'] ?? '') };
    })));
  }
  return outcomes;
}

const line = (o: Outcome) => `${o.request.operationId} ${o.request.method} ${o.request.url.slice(0, 80)} [${o.request.label.slice(0, 80)}] → ${o.status} ${o.type}`;

async function hammer(edition: Edition, seeds: number, perSeed: number) {
  const reference = await seededServer(edition);
  servers.push(reference);
  const known = knownIds(reference);
  expect(known.householdId, 'the demo seed should hold households whose ids fill the path parameters').toBeTruthy();
  const requests = badRequests(edition, known, await etagsOf(reference, edition, known), seeds, perSeed);
  const before = storeDigest(reference);
  const outcomes = await sendAll(reference, requests);
  const serverErrors = outcomes.filter((o) => o.status >= 500);
  expect(serverErrors.map(line), `no invalid request should answer 5xx (${serverErrors.length} of ${outcomes.length} did)`).toEqual([]);
  const notRefused = outcomes.filter((o) => o.status < 400 || o.status === 401 || o.status === 403 || !/^application\/problem\+json/.test(o.type));
  expect(notRefused.map(line), `each invalid request should be refused with a 4xx problem+json (not 401/403: the token is permitted); ${notRefused.length} were not`).toEqual([]);
  expect(storeDigest(reference), `the store should not change after ${outcomes.length} invalid requests`).toBe(before);
  expect(reference.faults, 'the plugin should report no server faults').toEqual([]);
  expectChainIntact(reference);
  return { outcomes, operations: new Set(requests.map((r) => r.operationId)) };
}

describe('bad input at volume', () => {
  it('refuses over 10,000 invalid requests to every operation of 2.1 that takes input, with no 5xx and no change', async () => {
    const { outcomes, operations } = await hammer('2.1', 10, 12);
    expect(outcomes.length, 'at least 10,000 invalid requests should have been sent').toBeGreaterThanOrEqual(10_000);
    const takingInput = operationContracts('2.1').filter((c) => operationsFor('2.1')[c.operationId]?.authenticated && (c.body || c.parameters.some((p) => p.in === 'query')));
    expect([...operations].sort(), 'every 2.1 operation taking a body or a query should have been sent invalid input').toEqual(takingInput.map((c) => c.operationId).sort());
    const kinds = new Set(outcomes.map((o) => o.request.label.split(' ')[0]));
    for (const kind of ['malformed', 'content-type', 'oversized', 'prototype-named', 'missing-required', 'wrong-type', 'query']) expect(kinds, `requests of kind ${kind} should be among them`).toContain(kind);
  }, 60_000);

  it('refuses invalid requests to every operation of 2.0 that takes input, with no 5xx and no change', async () => {
    const { outcomes } = await hammer('2.0', 2, 8);
    expect(outcomes.length, 'some 2.0 requests should have been sent').toBeGreaterThan(500);
  }, 60_000);
});
