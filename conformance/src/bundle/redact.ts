/**
 * Redaction of a bundle's files, applied before anything is hashed or signed: a bundle writer does not rely on the
 * run having redacted. Built on the engine's Secrets (engine/redact.ts: known tokens and every 12-digit run → the
 * same masks), extended for text that never passed through the engine:
 *  - `Bearer <token>` anywhere (an auth-param such as `Bearer error="invalid_token"` is not a token and is kept);
 *  - the value of a credential header (authorization, proxy-authorization, cookie, set-cookie, x-api-key), as a
 *    JSON member (`"authorization": "…"`) or as a header line (`Authorization: …`).
 * A JSON file is redacted as data (strings, keys and numbers; a 12-digit number becomes the mask string) and written
 * back as the reports write it, so it stays valid JSON. Redaction is idempotent: `unredacted()` is "redacting would
 * change it", which is what verify checks.
 */
import { MY_NUMBER_MASK, Secrets, TOKEN_MASK } from '../engine/redact.ts';

const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key'];
const BEARER_MASK = `Bearer ${TOKEN_MASK}`;
const maskOf = (header: string) => (header.toLowerCase() === 'authorization' ? BEARER_MASK : TOKEN_MASK);
const isMask = (value: string) => value === BEARER_MASK || value === TOKEN_MASK;

const T68 = '[A-Za-z0-9\\-._~+/]';
/** `Bearer` and a token68, unless it is already masked or is an auth-param (`name=value`, `name="value"`). */
const BEARER = new RegExp(`\\bBearer[ \\t]+(?!\\[redacted\\])(?!${T68}+=+[ \\t]*(?:\\\\?"[^"\\\\\\s,}\\]]|[A-Za-z0-9]))${T68}+=*`, 'g');
const HEADER_MEMBER = new RegExp(`"(${CREDENTIAL_HEADERS.join('|')})"(\\s*:\\s*)"((?:[^"\\\\]|\\\\.)*)"`, 'gi');
const HEADER_LINE = new RegExp(`^([ \\t>*-]*)(${CREDENTIAL_HEADERS.join('|')})([ \\t]*:[ \\t]*)(\\S[^\\r\\n]*)$`, 'gim');
const TWELVE_DIGITS = /(?<!\d)\d{12}(?!\d)/;

export class BundleRedactor {
  readonly #secrets: Secrets;

  /** known: secrets to mask wherever they appear (the run's configured tokens). */
  constructor(known: Iterable<string> = []) {
    this.#secrets = new Secrets(known);
  }

  /** Text with known secrets, bearer tokens, credential header values and 12-digit runs masked. */
  text(value: string): string {
    return this.#secrets
      .text(value)
      .replace(BEARER, BEARER_MASK)
      .replace(HEADER_MEMBER, (all, name: string, colon: string, v: string) => (isMask(v) ? all : `"${name}"${colon}"${maskOf(name)}"`))
      .replace(HEADER_LINE, (all, lead: string, name: string, colon: string, v: string) => (isMask(v.trimEnd()) ? all : `${lead}${name}${colon}${maskOf(name)}`));
  }

  /** A JSON value with every string and key redacted, credential headers masked, 12-digit numbers masked. */
  value(value: unknown, key?: string): unknown {
    if (typeof value === 'string') {
      if (key !== undefined && CREDENTIAL_HEADERS.includes(key.toLowerCase()) && !isMask(value)) return maskOf(key);
      return this.text(value);
    }
    if (typeof value === 'number') return TWELVE_DIGITS.test(String(value)) ? MY_NUMBER_MASK : value;
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, item]) => [this.text(k), this.value(item, k)]));
    }
    return value;
  }

  /** A file's text redacted: as data when it is JSON (kept in the reports' layout), else as text. */
  file(path: string, text: string): string {
    if (path.endsWith('.json')) {
      const parsed = parseJson(text);
      if (parsed.ok) {
        const redacted = this.value(parsed.value);
        return JSON.stringify(redacted) === JSON.stringify(parsed.value) ? text : `${JSON.stringify(redacted, null, 2)}\n`;
      }
    }
    return this.text(text);
  }
}

/** Whether a file still holds something redaction would mask (a token, a credential value, a 12-digit run). */
export function unredacted(path: string, text: string): boolean {
  return new BundleRedactor().file(path, text) !== text;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
