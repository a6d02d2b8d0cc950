import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { editionData } from '../../src/editions.ts';
import { hogoPlugin } from '../../src/transport/fastify.ts';
import { createToyAdapter, declaration, verifyToken } from '../support/toy-adapter.ts';

async function app(edition: '2.0' | '2.1', docs?: boolean) {
  const server = Fastify();
  await server.register(hogoPlugin(createToyAdapter().adapter, { edition, verifyToken, declaration: declaration(edition), ...(docs === undefined ? {} : { docs }) }));
  await server.ready();
  return server;
}

describe('fastify plugin: documentation', () => {
  it.each(['2.0', '2.1'] as const)('serves the edition %s OpenAPI document at /openapi.json', async (edition) => {
    const server = await app(edition);
    const response = await server.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual(editionData(edition).openapi);
  });

  it('serves Swagger UI at /docs with local assets only (no CDN)', async () => {
    const server = await app('2.1');
    for (const url of ['/docs', '/docs/']) {
      const page = await server.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      const refs = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(refs.length).toBeGreaterThan(0);
      expect(page.body).not.toMatch(/https?:\/\//);
      expect(refs.every((ref) => ref.startsWith('/docs/') || ref.startsWith('./'))).toBe(true);
    }
    const bundle = await server.inject({ method: 'GET', url: '/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
    const initializer = await server.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(initializer.body).toContain("resolveUrl('./json')");
    expect(initializer.body).toContain('validatorUrl: null');
    expect((await server.inject({ method: 'GET', url: '/docs/json' })).json()).toEqual(editionData('2.1').openapi);
  });

  it('answers a missing docs asset with a 404 problem', async () => {
    const server = await app('2.1');
    const response = await server.inject({ method: 'GET', url: '/docs/static/nope.js' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('serves no documentation with docs: false', async () => {
    const server = await app('2.1', false);
    for (const url of ['/docs', '/openapi.json']) {
      const response = await server.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not-found' });
    }
  });
});
