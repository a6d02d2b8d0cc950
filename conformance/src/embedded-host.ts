/**
 * Inside the worker thread: boots the reference server (as startEmbedded does in-process) and answers the
 * requests the kit posts, through fastify's inject. One message in, one message out, matched by id.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Edition } from '@hogo-kit/sdk';
import type { Injectable } from './inject-fetch.ts';

export interface HostRequest {
  id: number;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: Uint8Array;
}

export interface HostAnswer {
  id: number;
  statusCode: number;
  headers: Record<string, string | string[]>;
  payload: Uint8Array;
}

export type HostMessage = { ready: true; tokens: Record<string, string> } | { failed: string } | HostAnswer | { id: number; error: string };

/** What to boot: given at the start (workerData), or later in a `{ start }` message to a thread started ahead. */
export interface HostSettings {
  edition: Edition;
  seed: 'demo' | 'empty';
  mutant?: string;
}

const port = parentPort!;
const given = workerData as HostSettings | { warm: true };

try {
  // Loading the server's modules is most of a start: a thread started ahead does it while it waits for its settings.
  const loading = import('@hogo-kit/reference-server');
  loading.catch(() => undefined); // a failure is reported below, once the settings are known, not as an unhandled rejection
  const data = 'warm' in given ? await new Promise<HostSettings>((resolve) => port.once('message', (m: { start: HostSettings }) => resolve(m.start))) : given;
  const { buildApp, ROLES } = await loading;
  const { app } = await buildApp({ edition: data.edition, seed: data.seed, docs: false, ...(data.mutant ? { mutant: data.mutant } : {}) });
  await app.ready();
  const injectable = app as unknown as Injectable;
  port.on('message', (message: HostRequest | 'close') => {
    if (message === 'close') {
      void app.close().then(() => port.close());
      return;
    }
    void answer(injectable, message).then((reply) => port.postMessage(reply, 'payload' in reply ? [reply.payload.buffer as ArrayBuffer] : []));
  });
  port.postMessage({ ready: true, tokens: Object.fromEntries(ROLES.map((role) => [role, `dev-${role}`])) } satisfies HostMessage);
} catch (error) {
  port.postMessage({ failed: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies HostMessage);
}

async function answer(app: Injectable, request: HostRequest): Promise<HostAnswer | { id: number; error: string }> {
  try {
    const reply = await app.inject({
      method: request.method,
      url: request.url,
      headers: request.headers,
      ...(request.payload && request.payload.length > 0 ? { payload: Buffer.from(request.payload) } : {}),
    });
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(reply.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.map(String) : String(value);
    return { id: request.id, statusCode: reply.statusCode, headers, payload: new Uint8Array(reply.rawPayload) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
