import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { isObject, type Answer } from '../../support/http.ts';
import type { Fault } from '../../data/refusals.ts';

type RawRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Sends a request to any path and method (for a function the standard says must not exist), through the SDK client. */
export async function sendRaw(client: HogoClient<Edition>, method: string, path: string, body?: unknown): Promise<Answer> {
  const request = (client as unknown as { request: RawRequest }).request;
  const { data, error, response } = await request(method, path, { ...(body !== undefined && { body }), parseAs: 'text' });
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
