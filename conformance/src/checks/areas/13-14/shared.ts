import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { isObject, type Answer } from '../../support/http.ts';
import type { Fault } from '../../data/refusals.ts';
import { isRefusal } from '../../support/steps.ts';

type RawRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** How sendRaw sends: the body as this exact text (e.g. JSON with a syntax error), extra headers, a query. */
export interface RawOptions {
  text?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

/**
 * Sends a request to any path and method (for a function the standard says must not exist, or a body no JSON
 * serialiser would write), through the SDK client.
 */
export async function sendRaw(client: HogoClient<Edition>, method: string, path: string, body?: unknown, options: RawOptions = {}): Promise<Answer> {
  const request = (client as unknown as { request: RawRequest }).request;
  const { data, error, response } = await request(method, path, {
    ...(body !== undefined && { body }),
    ...(options.text !== undefined && { body: options.text, bodySerializer: (text: string) => text }),
    ...(options.headers && { headers: options.headers }),
    ...(options.query && { params: { query: options.query } }),
    parseAs: 'text',
  });
  const raw = response.ok ? data : error;
  const text = raw === undefined ? '' : typeof raw === 'string' ? raw : JSON.stringify(raw);
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

/** Records a fault unless the answer has the status; answers whether it had. */
export function expectStatus(faults: Fault[], answer: Answer, status: number, step: Fault): boolean {
  if (answer.status === status) return true;
  fault(faults, step, { ja: `${status} でなく ${answer.status}`, en: `status ${answer.status}, not ${status}` });
  return false;
}

/** Records a fault unless the answer is a refusal (a 4xx other than 401). */
export function expectRefused(faults: Fault[], answer: Answer, step: Fault): void {
  if (!isRefusal(answer)) fault(faults, step, { ja: `拒否されず ${answer.status}`, en: `not refused (${answer.status})` });
}

/** Adds a fault with the step prefixed. */
export function fault(faults: Fault[], step: Fault, what: Fault): void {
  faults.push({ ja: `${step.ja}: ${what.ja}`, en: `${step.en}: ${what.en}` });
}

/** The items of a list answer. */
export function itemsOf(answer: Answer): Record<string, unknown>[] {
  return isObject(answer.body) && Array.isArray(answer.body.items) ? answer.body.items.filter(isObject) : [];
}

/** Today (UTC) plus some days, as YYYY-MM-DD. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
