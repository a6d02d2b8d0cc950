import type { FastifyInstance } from 'fastify';
import type { ReferenceApp } from '../../src/app.ts';
import { app13, auth } from '../support/13-data.ts';

/** Runs the same scenario on a server without and with the seeded defect (areas 13 and 14). */
export async function both<T>(mutant: string, scenario: (ref: ReferenceApp) => Promise<T>): Promise<[T, T]> {
  return [await scenario(await app13()), await scenario(await app13({ mutant }))];
}

type Method = 'GET' | 'POST' | 'PATCH';

/** One request through inject, as a role: status, body (JSON parsed, text otherwise) and ETag. */
export const call = async (app: FastifyInstance, method: Method, url: string, payload?: unknown, role = 'caseworker', headers: Record<string, string> = {}) => {
  const res = await app.inject({ method, url, headers: { ...auth(role), ...headers }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body, etag: String(res.headers.etag) };
};

/** The number of households (up to 200). */
export const householdCount = async (app: FastifyInstance) => (await call(app, 'GET', '/households?limit=200')).body.items.length as number;
