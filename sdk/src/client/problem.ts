import type { FieldError } from '../errors.ts';

/** A field error as a server sent it (code and message may be missing from a foreign server). */
export type ProblemFieldError = Pick<FieldError, 'pointer'> & Partial<Omit<FieldError, 'pointer'>>;

/**
 * A non-2xx answer, built from its problem+json body (RFC 9457, the spec's Problem schema): Japanese
 * `title`/`detail`, English `en`, a stable `code` and one `errors[]` entry per invalid field.
 * A body that is not a problem (HTML from a proxy, plain text, nothing) still gives a HogoProblem.
 */
export class HogoProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly code: string;
  readonly en?: { title?: string; detail?: string };
  readonly errors: ProblemFieldError[];
  readonly instance?: string;
  /** The raw response (its body has been read). */
  readonly response: Response;
  /** The parsed body (a string when it was not JSON). */
  readonly body: unknown;

  constructor(response: Response, body: unknown) {
    const p = isObject(body) ? body : {};
    const status = typeof p.status === 'number' ? p.status : response.status;
    const title = str(p.title) ?? (response.statusText || `HTTP ${response.status}`);
    const en = isObject(p.en) ? { title: str(p.en.title), detail: str(p.en.detail) } : undefined;
    const code = str(p.code) ?? `http-${response.status}`;
    const errors = Array.isArray(p.errors) ? p.errors.filter(isFieldError) : [];
    const fields = errors.slice(0, 3).map((e) => `${e.pointer} ${e.message?.en ?? e.code ?? ''}`.trim());
    super(`${status} ${code}: ${en?.title ?? title}${fields.length > 0 ? ` (${fields.join('; ')}${errors.length > 3 ? '; …' : ''})` : ''}`);
    this.name = 'HogoProblem';
    this.status = status;
    this.type = str(p.type) ?? 'about:blank';
    this.title = title;
    this.code = code;
    const detail = str(p.detail) ?? (typeof body === 'string' && body.length > 0 ? body.slice(0, 4096) : undefined);
    if (detail !== undefined) this.detail = detail;
    if (en) this.en = en;
    this.errors = errors;
    const instance = str(p.instance);
    if (instance !== undefined) this.instance = instance;
    this.response = response;
    this.body = body;
  }

  /** The field errors at one pointer (e.g. `/body/members/0/birthDate`). */
  at(pointer: string): ProblemFieldError[] {
    return this.errors.filter((e) => e.pointer === pointer);
  }
}

/** Reads a failed response's body (JSON when it parses, else text) and builds its HogoProblem. */
export async function problemFrom(response: Response): Promise<HogoProblem> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // body unreadable (aborted stream): keep the status line only
  }
  return new HogoProblem(response, parseLoose(text));
}

/** JSON when it parses, the text otherwise (as openapi-fetch does for error bodies). */
export function parseLoose(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function isHogoProblem(value: unknown): value is HogoProblem {
  return value instanceof HogoProblem;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isFieldError(value: unknown): value is ProblemFieldError {
  return isObject(value) && typeof value.pointer === 'string';
}
