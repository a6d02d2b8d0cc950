/** A fetch that records every request it is sent and answers from a script (no network, no msw). */
export interface Recorded {
  method: string;
  url: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
  signal: AbortSignal;
}

export type Answer = Response | ((request: Request, recorded: Recorded) => Response | Promise<Response>);

export function recordingFetch(...script: Answer[]) {
  const requests: Recorded[] = [];
  const queue = [...script];
  const fetch = async (request: Request): Promise<Response> => {
    const text = request.body === null ? '' : await request.text();
    const recorded: Recorded = {
      method: request.method,
      url: request.url,
      path: new URL(request.url).pathname,
      headers: Object.fromEntries(request.headers),
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
      signal: request.signal,
    };
    requests.push(recorded);
    const answer = queue.length > 1 ? queue.shift() : queue[0];
    if (answer === undefined) throw new Error(`unscripted request ${request.method} ${request.url}`);
    return typeof answer === 'function' ? answer(request, recorded) : answer.clone();
  };
  return { fetch, requests };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(
    JSON.stringify({ type: `urn:hogo-kit:problem:${code}`, title: '問題', status, code, en: { title: 'Problem' }, ...extra }),
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );

export const BASE = 'https://hogo.test/api';
