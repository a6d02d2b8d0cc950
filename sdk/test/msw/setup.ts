import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createHogoClient } from '../../src/client/index.ts';
import type { AuditRecord } from '../../src/engine/types.ts';
import { createHogoHandlers, type HogoHandlersOptions } from '../../src/transport/msw.ts';
import { createToyAdapter, declaration, verifyToken } from '../support/toy-adapter.ts';

export const BASE = 'https://hogo.test/api';

/** One msw server per test file (onUnhandledRequest: 'error'); a fresh toy adapter and engine per test. */
export function useHogoServer(extra: Partial<HogoHandlersOptions> = {}) {
  const server = setupServer();
  const state = {
    server,
    toy: createToyAdapter(),
    audit: [] as AuditRecord[],
    seen: [] as string[],
    options: {} as HogoHandlersOptions,
  };
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      state.seen.push(`${request.method} ${url.pathname}${url.search}`);
    });
  });
  beforeEach(() => {
    state.toy = createToyAdapter();
    state.audit = [];
    state.seen = [];
    state.options = { edition: '2.1', verifyToken, declaration: declaration(), baseUrl: BASE, audit: (r) => void state.audit.push(r), ...extra };
    server.resetHandlers(...createHogoHandlers(state.toy.adapter, state.options));
  });
  afterAll(() => server.close());
  return state;
}

/** The real client, one token per role of the toy adapter ("token-<role>"). */
export function client(options: { retry?: false | { retries: number; baseDelayMs: number } } = {}) {
  return createHogoClient({
    baseUrl: BASE,
    tokens: { intake: 'token-intake', caseworker: 'token-caseworker', supervisor: 'token-supervisor', accountant: 'token-accountant' },
    ...options,
  });
}
