import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';

describe('buildApp', () => {
  it('serves health without a token and the declaration of its edition', async () => {
    const { app } = await buildApp({ edition: '2.0', docs: false });
    const health = await app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    const declaration = await app.inject({ method: 'GET', url: '/conformance', headers: { authorization: 'Bearer dev-caseworker' } });
    expect(declaration.statusCode).toBe(200);
    expect(declaration.json()).toMatchObject({ edition: '2.0', product: { name: 'hogo-kit reference server' } });
  });

  it('answers an operation the edition lacks with a 404 problem', async () => {
    const { app } = await buildApp({ edition: '2.0', docs: false });
    const res = await app.inject({ method: 'POST', url: '/comprehensive-inquiries', headers: { authorization: 'Bearer dev-caseworker' }, payload: {} });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
