/**
 * Redaction of what a check records: bearer tokens and 個人番号 never reach a result, a report or a log.
 * Applied when evidence is recorded (before it is stored), and to every message of a result.
 */

/**
 * A 個人番号 (My Number) is 12 digits: any run of exactly 12 digits is treated as one. Broader than
 * /\b\d{12}\b/ on purpose: it also catches one glued to letters (`No123456789012`).
 */
const MY_NUMBER = /(?<!\d)\d{12}(?!\d)/g;
export const MY_NUMBER_MASK = '[個人番号]';
export const TOKEN_MASK = '[redacted]';

/** Secrets shorter than this are not taken (they would mask ordinary words). */
const MIN_SECRET = 6;

/** Headers carrying credentials: their values are never stored. */
const SECRET_HEADERS: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

/** Secrets seen during a run (bearer tokens), scrubbed wherever they appear. Too-short ones are ignored. */
export class Secrets {
  readonly #values = new Set<string>();
  /** Every secret in one pattern, longest first (so that a token that extends another is masked whole). */
  #pattern: RegExp | undefined;

  /** Known secrets from the start (the configured tokens), so none can leak before a request shows it. */
  constructor(known: Iterable<string> = []) {
    for (const token of known) this.#add(token);
  }

  #add(token: string): void {
    if (token.length < MIN_SECRET || this.#values.has(token)) return;
    this.#values.add(token);
    const sorted = [...this.#values].sort((a, b) => b.length - a.length);
    this.#pattern = new RegExp(sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  }

  /** Remembers the token of an Authorization header value (`Bearer <token>`). */
  addAuthorization(value: string): void {
    this.#add(value.replace(/^\s*\S+\s+/, '').trim());
  }

  /** Whether the text holds a known secret or a 12-digit run (text() would change it). */
  mayHide(value: string): boolean {
    if (this.#pattern) {
      this.#pattern.lastIndex = 0;
      if (this.#pattern.test(value)) return true;
    }
    MY_NUMBER.lastIndex = 0;
    return MY_NUMBER.test(value);
  }

  /** The text with every known secret and every 12-digit run masked. */
  text(value: string): string {
    if (value.length < MIN_SECRET) return value; // shorter than any secret and than a 12-digit run
    const out = this.#pattern ? value.replace(this.#pattern, TOKEN_MASK) : value;
    return out.length >= 12 ? out.replace(MY_NUMBER, MY_NUMBER_MASK) : out;
  }

  /** A JSON-like value with every string (keys included) and every 12-digit integer masked. */
  value(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (typeof value === 'number') return Number.isInteger(value) && /^\d{12}$/.test(String(Math.abs(value))) ? MY_NUMBER_MASK : value;
    if (typeof value === 'bigint') return this.text(String(value));
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [this.text(key), this.value(item)]));
    }
    return value;
  }

  /** Headers as a plain object (lower-case names), credentials replaced and the rest scrubbed. */
  headers(headers: Headers): Record<string, string> {
    const authorization = headers.get('authorization');
    if (authorization !== null) this.addAuthorization(authorization);
    const out: Record<string, string> = {};
    headers.forEach((value, name) => {
      if (name === 'authorization') out[name] = 'Bearer [redacted]';
      else if (SECRET_HEADERS.has(name)) out[name] = TOKEN_MASK;
      else out[name] = this.text(value);
    });
    return out;
  }
}
