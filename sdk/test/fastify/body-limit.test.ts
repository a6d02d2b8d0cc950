import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { hogoFrameworkErrors, hogoPlugin, type HogoPluginOptions } from '../../src/transport/fastify.ts';
import { auth, createToyAdapter, declaration, householdInput, verifyToken } from '../support/toy-adapter.ts';

/** A large bodyLimit (meant for a whole data set) is given to importDataSet only; other operations keep 1 MiB. */
async function app(options: Partial<HogoPluginOptions> = {}) {
  const toy = createToyAdapter();
  const server = Fastify({ frameworkErrors: hogoFrameworkErrors });
  // The toy adapter has no importDataSet: this one stands in, so the route exists (its answer does not matter here).
  const importDataSet = async () => ({ importId: 'I-1' });
  await server.register(hogoPlugin({ ...toy.adapter, importDataSet }, {
    edition: '2.1', verifyToken, declaration: declaration('2.1'), docs: false, ...options,
  }));
  await server.ready();
  return { server, toy };
}

const json = { 'content-type': 'application/json' };
const MiB = 1024 * 1024;

describe('per-route body limit', () => {
  it('refuses a 3 MiB body to an ordinary operation with 413 even when bodyLimit is 64 MiB', async () => {
    const { server, toy } = await app({ bodyLimit: 64 * MiB });
    const payload = JSON.stringify(householdInput({ section: 'x'.repeat(3 * MiB) }));
    const res = await server.inject({ method: 'POST', url: '/households', headers: { ...auth('caseworker'), ...json }, payload });
    expect(res.statusCode, `expected 413 for a 3 MiB body to createHousehold, got ${res.statusCode}: ${res.body.slice(0, 200)}`).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload-too-large' });
    expect(toy.households.size).toBe(0);
    await server.close();
  });

  it('lets importDataSet take a body up to bodyLimit, and refuses one beyond it', async () => {
    const { server } = await app({ bodyLimit: 8 * MiB });
    const url = '/migration/import';
    const big = JSON.stringify({ filler: 'x'.repeat(3 * MiB) });
    const accepted = await server.inject({ method: 'POST', url, headers: { ...auth('manager'), ...json }, payload: big });
    expect(accepted.statusCode, `a 3 MiB body to importDataSet must not be refused as too large: ${accepted.body.slice(0, 200)}`).not.toBe(413);
    const huge = JSON.stringify({ filler: 'x'.repeat(9 * MiB) });
    const refused = await server.inject({ method: 'POST', url, headers: { ...auth('manager'), ...json }, payload: huge });
    expect(refused.statusCode, `a 9 MiB body beyond bodyLimit (8 MiB) must be 413, got ${refused.statusCode}`).toBe(413);
    await server.close();
  });

  it('honours operationBodyLimit for the ordinary operations', async () => {
    const { server } = await app({ bodyLimit: 64 * MiB, operationBodyLimit: 1024 });
    const payload = JSON.stringify(householdInput({ section: 'x'.repeat(2000) }));
    const res = await server.inject({ method: 'POST', url: '/households', headers: { ...auth('caseworker'), ...json }, payload });
    expect(res.statusCode).toBe(413);
    await server.close();
  });
});
