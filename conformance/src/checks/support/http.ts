import { operationsFor, type Edition, type HogoClient } from '@hogo-kit/sdk';

/** What one request answered, whatever its status: the raw text kept (to scan it), JSON parsed when it parses. */
export interface Answer {
  status: number;
  headers: Headers;
  /** The body as received (empty string when there was none). */
  text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  body: unknown;
}

export interface SendInput {
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  /** The body as this exact text (e.g. JSON with a syntax error), instead of `body`. */
  text?: string;
  headers?: Record<string, string>;
}

type RawRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Sends one operation of the client's edition through the SDK client (token, Idempotency-Key, evidence) and
 * answers the response whatever its status — unlike `call()`, which throws on a non-2xx. The body is read as
 * text so that a check can scan exactly what the system sent.
 */
export async function send(client: HogoClient<Edition>, operationId: string, input: SendInput = {}): Promise<Answer> {
  const meta = operationsFor(client.edition)[operationId];
  if (!meta) throw new TypeError(`Edition ${client.edition} has no operation ${operationId}`);
  const request = (client as unknown as { request: RawRequest }).request;
  const { data, error, response } = await request(meta.method, meta.path, {
    params: { path: input.path, query: input.query },
    body: input.text ?? input.body,
    ...(input.text !== undefined && { bodySerializer: (text: string) => text }),
    headers: input.headers,
    parseAs: 'text',
  });
  // openapi-fetch reads a success body as text (parseAs) and an error body as JSON when it parses.
  const raw = response.ok ? data : error;
  const text = raw === undefined ? '' : typeof raw === 'string' ? raw : JSON.stringify(raw);
  return { status: response.status, headers: response.headers, text, body: parseJson(text) };
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
