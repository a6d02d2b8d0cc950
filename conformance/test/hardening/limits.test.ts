// Issue #7 (3): limits. An oversized body to an ordinary operation and deeply nested JSON are refused early with a
// bilingual 4xx problem+json and change nothing; the data-set import still takes a large body; the server keeps
// answering afterwards.
import type { ReferenceApp } from '@hogo-kit/reference-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectChainIntact, isBilingualProblem, seededServer, storeDigest } from './support.ts';

let reference: ReferenceApp;
beforeAll(async () => {
  reference = await seededServer('2.1');
});
afterAll(async () => {
  expectChainIntact(reference);
  await reference.app.close();
});

const MiB = 1024 * 1024;
const json = (role: string) => ({ authorization: `Bearer dev-${role}`, 'content-type': 'application/json' });
const post = (url: string, payload: string, role = 'caseworker') => reference.app.inject({ method: 'POST', url, headers: json(role), payload });
const brief = (res: { statusCode: number; body: string }) => `${res.statusCode} ${res.body.slice(0, 160)}`;

async function expectStillAnswering() {
  const health = await reference.app.inject({ method: 'GET', url: '/health' });
  expect(health.statusCode, 'GET /health should still answer 200').toBe(200);
  const list = await reference.app.inject({ method: 'GET', url: '/households?limit=1', headers: json('caseworker') });
  expect(list.statusCode, 'listHouseholds should still answer 200').toBe(200);
}

describe('limits', () => {
  it('refuses a 4 MiB body to createHousehold with a 413 problem in Japanese and English', async () => {
    const before = storeDigest(reference);
    const res = await post('/households', JSON.stringify({ lgCode: '131016', section: 'x'.repeat(4 * MiB) }));
    expect(res.statusCode, `a 4 MiB body to an ordinary operation should be refused as too large (413), got ${brief(res)}`).toBe(413);
    expect(isBilingualProblem(res), `the refusal should be a problem+json with ja and en titles: ${brief(res)}`).toBe(true);
    expect(res.json().code).toBe('payload-too-large');
    expect(storeDigest(reference), 'the store should not change').toBe(before);
    await expectStillAnswering();
  });

  it('refuses 4 MiB of garbage with a wrong media type as too large too', async () => {
    const res = await reference.app.inject({ method: 'POST', url: '/households', headers: { ...json('caseworker'), 'content-type': 'application/octet-stream' }, payload: Buffer.alloc(4 * MiB, 0x41) });
    expect(res.statusCode, `expected 413 for 4 MiB of octet-stream, got ${brief(res)}`).toBe(413);
    expect(isBilingualProblem(res)).toBe(true);
    await expectStillAnswering();
  });

  it('still lets importDataSet take a 2 MiB body (refused by its content, not its size)', async () => {
    const before = storeDigest(reference);
    const res = await post('/migration/import', JSON.stringify({ filler: 'x'.repeat(2 * MiB) }), 'manager');
    expect(res.statusCode, `a 2 MiB body to importDataSet should be read and judged (4xx other than 413), got ${brief(res)}`).not.toBe(413);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(storeDigest(reference), 'the store should not change').toBe(before);
  });

  for (const [name, text] of [
    ['arrays', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['objects', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ['objects inside a valid item', `{"lgCode":"131016","address":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`],
  ] as const) {
    it(`refuses JSON nested 10,000 levels deep (${name}) with a 4xx problem and keeps answering`, async () => {
      const before = storeDigest(reference);
      const res = await post('/households', text);
      expect(res.statusCode, `deeply nested JSON should be refused with a 4xx, got ${brief(res)}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `deeply nested JSON should be refused with a 4xx, got ${brief(res)}`).toBeLessThan(500);
      expect(isBilingualProblem(res), `the refusal should be a problem+json with ja and en titles: ${brief(res)}`).toBe(true);
      expect(storeDigest(reference), 'the store should not change').toBe(before);
      expect(reference.faults, 'the plugin should report no server fault').toEqual([]);
      await expectStillAnswering();
    });
  }
});
