import type { FetchLike } from '@hogo-kit/sdk';

/** What a fetch over an in-process app needs: fastify's `inject` (light-my-request), described structurally. */
export interface Injectable {
  inject(request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    payload?: Buffer;
  }): Promise<{ statusCode: number; headers: Record<string, string | string[] | number | undefined>; rawPayload: Buffer }>;
}

/** Statuses whose response has no body (a Response refuses one). */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * A fetch that hands each Request to an in-process app's `inject` (no port is opened) and turns the
 * answer back into a Response: the in-process kind of target, for the embedded default and fast tests.
 */
export function injectFetch(app: Injectable): FetchLike {
  return async (request) => {
    request.signal?.throwIfAborted();
    const url = new URL(request.url);
    const sent: Record<string, string> = {};
    request.headers.forEach((value, name) => (sent[name] = value));
    const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const answer = await app.inject({
      method: request.method,
      url: url.pathname + url.search,
      headers: sent,
      ...(body && body.length > 0 ? { payload: body } : {}),
    });
    request.signal?.throwIfAborted();
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, String(one));
    }
    const payload = NO_BODY.has(answer.statusCode) || request.method === 'HEAD' ? null : new Uint8Array(answer.rawPayload);
    return new Response(payload, { status: answer.statusCode, headers });
  };
}
