import { knownBody, requestWithBody, type FetchLike } from '@hogo-kit/sdk';
import type { Bilingual } from '@hogo-kit/sdk';
import type { ContractValidator } from './contract.ts';
import type { Secrets } from './redact.ts';
import type { Evidence } from './types.ts';

/**
 * Text bodies longer than this are stored cut, and JSON bodies longer than four times this are stored as cut text
 * (a report carries evidence, not data sets: a migration export would otherwise fill it).
 */
const MAX_BODY_CHARS = 64 * 1024;

/** Statuses whose response has no body (a Response refuses one). */
export const NO_BODY: ReadonlySet<number> = new Set([101, 204, 205, 304]);

/** Errors that came out of a recorded fetch: the runner reports them as transport errors. */
const transportErrors = new WeakSet<object>();

export function isTransportError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && transportErrors.has(error);
}

/** A fetch that also honours a second signal given beside the request, as it honours the request's own. */
export type SignalledFetch = (request: Request, signal?: AbortSignal) => Promise<Response>;

const signalled = new WeakSet<object>();

/**
 * Marks a fetch that rejects with the reason of `signal` (given beside the request) whenever it would with the
 * reason of `request.signal`: the recorder then hands it the check's signal so, and need not make a new Request
 * (and a linked AbortController) for each request to carry it.
 */
export function takesSignal(fetch: SignalledFetch): FetchLike {
  signalled.add(fetch);
  return fetch;
}

const answers = new WeakMap<Response, Uint8Array>();

/** A Response over bytes the recorder can then take without reading the Response's stream (it keeps its own copy). */
export function responseWithBody(body: Uint8Array | null, init: ResponseInit): Response {
  const response = new Response(body as BodyInit | null, init); // a Uint8Array over any buffer is a BufferSource
  if (body !== null) answers.set(response, body);
  return response;
}

/**
 * The evidence of one check. `fetch(inner)` gives the fetch a check's clients send through: every
 * request and response is recorded (redacted before it is stored), and every request is aborted with
 * the check (its time-out), whether or not the check passed its signal on.
 */
export class EvidenceRecorder {
  readonly #entries: Evidence[] = [];
  readonly #secrets: Secrets;
  readonly #signal: AbortSignal;
  readonly #contract: ContractValidator | undefined;
  #closed = false;
  /** The first answer that broke the edition's contract (its schema), if any. */
  violation: Bilingual | undefined;

  constructor(secrets: Secrets, signal: AbortSignal, contract?: ContractValidator) {
    this.#secrets = secrets;
    this.#signal = signal;
    this.#contract = contract;
  }

  note(text: string): void {
    if (!this.#closed) this.#entries.push({ note: this.#secrets.text(text) });
  }

  fetch(inner: () => FetchLike): FetchLike {
    return async (request) => {
      this.#signal.throwIfAborted();
      const secrets = this.#secrets;
      // A body the SDK client built is known (knownBody); any other is read once here.
      const known = knownBody(request);
      const body = known ?? (request.body === null ? undefined : new Uint8Array(await request.arrayBuffer()));
      const headers = secrets.headers(request.headers); // first: it learns the token scrubbed from the rest
      const entry: Evidence = {
        request: { method: request.method, url: secrets.text(request.url), headers, ...bodyOf(secrets, decodeBytes(body), request.headers).stored },
      };
      if (!this.#closed) this.#entries.push(entry);
      let response: Response;
      const target = inner();
      // The check's signal goes beside the request to a fetch that takes it; any other gets a new Request carrying both.
      const beside = signalled.has(target) && (known !== undefined || body === undefined);
      const link = beside ? undefined : linkSignals(request.signal, this.#signal);
      try {
        response = link
          ? await target(requestWithBody(request.url, { method: request.method, headers: request.headers, body, signal: link.signal, redirect: request.redirect }))
          : await (target as SignalledFetch)(request, this.#signal);
      } catch (error) {
        link?.release();
        if (typeof error === 'object' && error !== null) transportErrors.add(error);
        entry.note = secrets.text(`No response: ${describe(error)}`);
        throw error;
      }
      // A body made by responseWithBody is taken as it is and the Response handed on unread; any other is read once,
      // here, and handed on as a new Response over the same bytes (cheaper than clone()'s tee).
      const answered = NO_BODY.has(response.status) || response.bodyUsed ? undefined : answers.get(response);
      let bytes: Uint8Array | undefined;
      try {
        bytes = NO_BODY.has(response.status) ? undefined : answered ?? new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        link?.release();
        if (typeof error === 'object' && error !== null) transportErrors.add(error);
        entry.response = { status: response.status, headers: secrets.headers(response.headers) };
        entry.note = secrets.text(`Incomplete response body: ${describe(error)}`);
        throw error;
      }
      link?.release();
      const text = decodeBytes(bytes);
      const { stored, parsed } = bodyOf(secrets, text, response.headers);
      entry.response = { status: response.status, headers: secrets.headers(response.headers), ...stored };
      if (!this.violation && !this.#closed) {
        const broken = this.#contract?.(request.method, request.url, response.status, text, parsed);
        if (broken) {
          this.violation = { ja: secrets.text(broken.ja), en: secrets.text(broken.en) };
          entry.note = this.violation.en;
        }
      }
      if (answered !== undefined) return response;
      return new Response((bytes ?? null) as BodyInit | null, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
  }

  /**
   * The evidence so far: a request still in flight after the check ended changes nothing (each entry is copied;
   * what the entries hold was made by the recorder and is not touched again).
   */
  close(): Evidence[] {
    this.#closed = true;
    return this.#entries.map((entry) => ({ ...entry }));
  }
}

const decoder = new TextDecoder();

function decodeBytes(bytes: Uint8Array | undefined): string | undefined {
  return bytes === undefined ? undefined : decoder.decode(bytes);
}

/**
 * A body as the evidence stores it (`stored`), and — when it was parsed as JSON — the value parsed, unmasked
 * (`parsed`: the contract check reads it instead of parsing the text again; neither changes it).
 */
function bodyOf(secrets: Secrets, text: string | undefined, headers: Headers): { stored: { body?: unknown }; parsed?: { value: unknown } } {
  if (text === undefined || text === '') return { stored: {} };
  const type = headers.get('content-type') ?? '';
  const json = /json/i.test(type);
  if (json && text.length <= MAX_BODY_CHARS * 4) {
    try {
      const value: unknown = JSON.parse(text);
      // Walking a body to mask it (a copy) is needed only when its text holds something to mask.
      return { stored: { body: secrets.mayHide(text) ? secrets.value(value) : value }, parsed: { value } };
    } catch {
      // not JSON after all: stored as text
    }
  } else if (!json && type !== '' && !/^text\/|xml|csv|x-www-form-urlencoded/i.test(type)) {
    return { stored: { body: `[${text.length} characters of ${type}]` } };
  }
  const cut = text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}…[cut]` : text;
  return { stored: { body: secrets.text(cut) } };
}

/**
 * A signal aborted when either is (not AbortSignal.any, whose sources Node holds only weakly). release()
 * removes the listeners once the exchange is over, so a check making many requests does not pile them up
 * on its own signal.
 */
function linkSignals(a: AbortSignal, b: AbortSignal): { signal: AbortSignal; release(): void } {
  if (a.aborted) return { signal: a, release: () => {} };
  if (b.aborted) return { signal: b, release: () => {} };
  const controller = new AbortController();
  const onA = () => controller.abort(a.reason);
  const onB = () => controller.abort(b.reason);
  a.addEventListener('abort', onA, { once: true });
  b.addEventListener('abort', onB, { once: true });
  return {
    signal: controller.signal,
    release: () => {
      a.removeEventListener('abort', onA);
      b.removeEventListener('abort', onB);
    },
  };
}

/** A thrown value as one line of text, whatever it is. */
export function describe(value: unknown): string {
  if (value instanceof Error) {
    const cause = value.cause instanceof Error ? ` (${value.cause.message})` : '';
    return `${value.name}: ${value.message}${cause}`;
  }
  if (typeof value === 'string') return value;
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // circular or hostile: fall through
  }
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
