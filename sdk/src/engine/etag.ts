import * as crypto from 'node:crypto';

/** JSON with object keys sorted, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

/**
 * JSON.stringify's output with every object's keys in code-unit order, written directly (no sorted copy of each
 * object is made: this runs over every answer's body for its ETag). undefined, functions and symbols are left out of
 * objects and become null in arrays, toJSON is honoured, and a bigint throws — all as JSON.stringify does.
 */
function write(value: unknown): string | undefined {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') {
    if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
    if (typeof value === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
    return undefined;
  }
  if (value === null) return 'null';
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === 'function') return write((json as () => unknown).call(value));
  // Strings are built by appending (no part arrays, no joins): about a third faster on large answers.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + (write(value[i]) ?? 'null');
    return `${out}]`;
  }
  const keys = Object.keys(value);
  if (keys.length > 1) keys.sort();
  let out = '{';
  for (const key of keys) {
    const item = write((value as Record<string, unknown>)[key]);
    if (item !== undefined) out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${item}`;
  }
  return `${out}}`;
}

/** crypto.hash (Node ≥ 20.12) hashes in one call without a Hash object; createHash where it is missing. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64url') => string }).hash;

export const sha256Base64Url: (text: string) => string = oneShot
  ? (text) => oneShot('sha256', text, 'base64url')
  : (text) => crypto.createHash('sha256').update(text).digest('base64url');

/** The default ETag: a strong validator over the body's canonical JSON. */
export function strongEtag(body: unknown): string {
  return `"${sha256Base64Url(canonicalJson(body))}"`;
}
