import { createHash } from 'node:crypto';

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
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object': {
      if (value === null) return 'null';
      const json = (value as { toJSON?: unknown }).toJSON;
      if (typeof json === 'function') return write((json as () => unknown).call(value));
      if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
      const parts: string[] = [];
      for (const key of Object.keys(value).sort()) {
        const item = write((value as Record<string, unknown>)[key]);
        if (item !== undefined) parts.push(`${JSON.stringify(key)}:${item}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return undefined;
  }
}

export function sha256Base64Url(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** The default ETag: a strong validator over the body's canonical JSON. */
export function strongEtag(body: unknown): string {
  return `"${sha256Base64Url(canonicalJson(body))}"`;
}
