import { knownBody, type FetchLike } from '@hogo-kit/sdk';
import { NO_BODY, responseWithBody, takesSignal } from './engine/evidence.ts';
import { abortable } from './timed-fetch.ts';

/** What a fetch over an in-process app needs: fastify's `inject` (light-my-request), described structurally. */
export interface Injectable {
  inject(request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    payload?: Buffer;
  }): Promise<{ statusCode: number; headers: Record<string, string | string[] | number | undefined>; rawPayload: Buffer }>;
}


/**
 * A fetch that hands each Request to an in-process app's `inject` (no port is opened) and turns the
 * answer back into a Response: the in-process kind of target, for the embedded default and fast tests.
 * A second signal given beside the request (the recorder's check signal) is honoured as the request's own.
 */
export function injectFetch(app: Injectable): FetchLike {
  return takesSignal(async (request, signal) => {
    request.signal?.throwIfAborted();
    signal?.throwIfAborted();
    const sent = await injectedRequest(request);
    const answer = await abortable(app.inject({ method: sent.method, url: sent.url, headers: sent.headers, ...(sent.payload ? { payload: Buffer.from(sent.payload) } : {}) }), [request.signal, signal]);
    return answerAsResponse(request.method, answer.statusCode, answer.headers, answer.rawPayload);
  });
}

/**
 * The parts of a request an in-process app needs: path with query, headers as a record, the body's bytes. A body
 * the SDK client built is taken as it is (shared: copy it before changing or transferring it); any other is read.
 */
export async function injectedRequest(request: Request): Promise<{ method: string; url: string; headers: Record<string, string>; payload?: Uint8Array }> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name] = value));
  const body = knownBody(request) ?? (request.body === null ? undefined : new Uint8Array(await request.arrayBuffer()));
  return { method: request.method, url: url.pathname + url.search, headers, ...(body && body.length > 0 ? { payload: body } : {}) };
}

/** An in-process app's answer as a fetch Response (its body then taken by the recorder without a read). */
export function answerAsResponse(method: string, status: number, answerHeaders: Record<string, string | string[] | number | undefined>, payload: Uint8Array): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(answerHeaders)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, String(one));
  }
  const body = NO_BODY.has(status) || method === 'HEAD' ? null : Buffer.isBuffer(payload) ? new Uint8Array(payload) : payload;
  return responseWithBody(body, { status, headers });
}
