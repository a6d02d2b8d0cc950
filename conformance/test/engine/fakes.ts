import { createHogoClient, type Edition, type FetchLike, type HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../src/engine/registry.ts';
import type { RunOptions } from '../../src/engine/runner.ts';
import type { CheckContext, CheckDefinition } from '../../src/engine/types.ts';

export const TOKENS: Record<string, string> = { caseworker: 'tok-caseworker-5f1e2d3c', supervisor: 'tok-supervisor-9a8b7c6d' };
export const MY_NUMBER = '123456789018';

/** A fake target: answers JSON by path; records every request it saw. */
export function fakeTarget(answer: (request: Request) => Response | Promise<Response> = () => json(200, { ok: true })) {
  const seen: Request[] = [];
  const fetch: FetchLike = async (request) => {
    seen.push(request.clone());
    return answer(request);
  };
  return { fetch, seen };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

/** clientFor as a caller writes it: a client per role, sending through the recording fetch given. */
export function clientFor(role: string | null, fetch: FetchLike): HogoClient<Edition> {
  const token = role === null ? undefined : TOKENS[role];
  if (role !== null && token === undefined) throw new Error(`No token for the role ${role}`);
  return createHogoClient<Edition>({ baseUrl: 'https://target.example.lg.jp/api', edition: '2.1', fetch, retry: false, ...(token ? { token } : {}) });
}

export function options(target: { fetch: FetchLike }, extra: Partial<RunOptions> = {}): RunOptions {
  return { edition: '2.1', clientFor, declared: new Set(), fetch: target.fetch, ...extra };
}

export function check(id: string, run: (ctx: CheckContext) => Promise<void> = async () => {}, extra: Partial<CheckDefinition> = {}): CheckDefinition {
  return defineCheck({ id, title: { ja: id, en: id }, verifies: ['13.1.1'], run, ...extra });
}

/** The 2.1 client (for call() with its operation ids). */
export const v21 = (client: HogoClient<Edition>) => client as HogoClient<'2.1'>;

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
