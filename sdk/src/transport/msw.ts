import { http, HttpResponse, type HttpHandler } from 'msw';
import { createHogoEngine, type EngineOptions } from '../engine/index.ts';
import type { EngineRequest, EngineResponse, ProblemInput } from '../engine/types.ts';
import { toColonPath } from './paths.ts';

export interface HogoHandlersOptions extends EngineOptions {
  /** Where the mocked API lives, e.g. `https://hogo.test/api`; operation paths are appended. */
  baseUrl: string;
  /** Largest request body accepted, in bytes (413 above it). Default 1 MiB, as fastify's. */
  bodyLimit?: number;
}

type Adapter = Parameters<typeof createHogoEngine>[0];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options';

const NO_ROUTE: ProblemInput = {
  status: 404,
  code: 'not-found',
  title: { ja: '対象が見つかりません', en: 'Not found' },
  detail: { ja: 'この URL に該当する操作はありません。', en: 'No operation answers this URL.' },
};

/**
 * msw request handlers serving the standard API from an adapter, through the same engine as the fastify
 * plugin (authentication, roles, validation, If-Match, Idempotency-Key, response checks, audit). One handler
 * per operation the adapter implements (plus getHealth and getDeclaration), and a last one answering any
 * other URL under baseUrl with a 404 problem, as a server would.
 */
export function createHogoHandlers(adapter: Adapter, options: HogoHandlersOptions): HttpHandler[] {
  const { baseUrl, bodyLimit = 1_048_576, ...engineOptions } = options;
  const engine = createHogoEngine(adapter, engineOptions);
  const base = baseUrl.replace(/\/+$/, '');
  const routes = [...engine.routes].sort((a, b) => templateCount(a.path) - templateCount(b.path));
  const handlers = routes.map((route) =>
    http[route.method.toLowerCase() as Method](`${base}${toColonPath(route.path)}`, async ({ request, params }) => {
      const engineRequest = await toEngineRequest(request, route.operationId, params, bodyLimit);
      return toHttpResponse(await engine.handle(engineRequest));
    }),
  );
  handlers.push(http.all(`${base}/*`, ({ request }) => toHttpResponse(engine.problem(NO_ROUTE, new URL(request.url).pathname))));
  return handlers;
}

/** Literal segments first, so /visits/overdue is tried before a template such as /visits/{visitId}. */
function templateCount(path: string): number {
  return (path.match(/\{/g) ?? []).length;
}

/** msw's Request → the engine's request: params, query, lower-cased headers, and the JSON body or why not. */
export async function toEngineRequest(
  request: Request,
  operationId: string,
  params: Record<string, string | readonly string[] | undefined>,
  bodyLimit: number,
): Promise<EngineRequest> {
  const url = new URL(request.url);
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = values.length === 1 ? values[0]! : values;
  }
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const pathParams: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) pathParams[name] = typeof value === 'string' ? value : value.join('/');
  }
  return { operationId, params: pathParams, query, headers, ...(await readBody(request, bodyLimit)), url: url.pathname };
}

const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json$/i;

async function readBody(request: Request, bodyLimit: number): Promise<Pick<EngineRequest, 'body' | 'bodyError'>> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > bodyLimit) return { body: undefined, bodyError: 'too-large' };
  const bytes = request.body === null ? new Uint8Array() : new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength === 0) return { body: undefined };
  if (bytes.byteLength > bodyLimit) return { body: undefined, bodyError: 'too-large' };
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (!JSON_MEDIA.test(mediaType)) return { body: undefined, bodyError: 'unsupported-media-type' };
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') return { body: undefined };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { body: undefined, bodyError: 'invalid-json' };
  }
}

/** The engine's response → msw's: status, headers, and the body as JSON (or text for text/csv). */
export function toHttpResponse(response: EngineResponse): HttpResponse<string> {
  const { status, headers, body } = response;
  const json = /json/i.test(headers['content-type'] ?? 'application/json');
  const text = body === undefined ? null : typeof body === 'string' && !json ? body : JSON.stringify(body);
  return new HttpResponse(text, { status, headers });
}
