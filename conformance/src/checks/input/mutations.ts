import type { Edition } from '@hogo-kit/sdk';
import { schemaViolations } from '@hogo-kit/sdk/schemas';
import fc from 'fast-check';
import { resolve, type Schema } from './sample.ts';

/**
 * Invalid input derived from a schema-valid base, one fault at a time: a required item missing, a wrong type,
 * a code not in the code list, a wrong check digit, an oversized string, an unknown item, a body of the wrong
 * kind, malformed JSON — and, where the body admits no unknown item, one named like an Object.prototype member
 * (constructor, toString …), which a system that looks item names up in a plain object trips over. fast-check
 * draws them (seeded by operation and edition: the same every run, and the seed is in the evidence); each drawn
 * body is verified to break the schema before it is sent.
 */

export interface Mutation {
  kind: 'missing-required' | 'wrong-type' | 'bad-code' | 'bad-check-digit' | 'oversized' | 'unknown-item' | 'wrong-root' | 'malformed-json';
  /** Where (JSON Pointer into the body). */
  pointer: string;
  /** The body to send (JSON), or `raw` text sent as application/json. */
  body?: unknown;
  raw?: string;
}

/** One place of the base with its (resolved) schema and its parent's. */
interface Site {
  path: (string | number)[];
  schema: Schema;
  parent: Schema;
}

function sitesOf(edition: Edition, schema: Schema, value: unknown, path: (string | number)[] = [], parent: Schema = {}, out: Site[] = []): Site[] {
  const resolved = resolve(edition, schema);
  if (path.length > 0) out.push({ path, schema: resolved, parent });
  if (Array.isArray(value) && resolved.items) value.forEach((item, i) => sitesOf(edition, resolved.items as Schema, item, [...path, i], resolved, out));
  else if (value !== null && typeof value === 'object') {
    const properties = (resolved.properties ?? {}) as Record<string, Schema>;
    for (const [name, item] of Object.entries(value)) if (properties[name]) sitesOf(edition, properties[name], item, [...path, name], resolved, out);
  }
  return out;
}

const pointerOf = (path: (string | number)[]) => `/${path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** A copy of `base` with the value at `path` set (or deleted when `value` is DELETE). */
const DELETE = Symbol('delete');
function withAt(base: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === DELETE) delete node[last];
  else node[last] = value;
  return copy;
}

/** Built once: constructing fast-check arbitraries (stringMatching above all) costs more than drawing from them. */
const KINDS: Record<string, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 8 }), integer: fc.integer(), number: fc.double({ noNaN: true, noDefaultInfinity: true }),
  boolean: fc.boolean(), object: fc.constant({ x: 1 }), array: fc.array(fc.integer(), { maxLength: 2 }),
};
export const CODE = fc.stringMatching(/^[0-9A-Z]{1,3}$/);

const wrongTypeFor = (type: unknown): fc.Arbitrary<unknown> => {
  const kinds = KINDS;
  const own = Array.isArray(type) ? type : [type];
  const other = Object.entries(kinds).filter(([name]) => !own.includes(name) && !(name === 'integer' && own.includes('number')) && !(name === 'number' && own.includes('integer')));
  return fc.oneof(...other.map(([, arbitrary]) => arbitrary));
};

function flipLastDigit(text: string): string {
  const last = Number(text.at(-1));
  return `${text.slice(0, -1)}${(last + 1) % 10}`;
}

/** The arbitraries of every kind of fault this base allows. */
function arbitrariesOf(edition: Edition, schema: Schema, base: unknown): fc.Arbitrary<Mutation>[] {
  const sites = sitesOf(edition, schema, base);
  const root = resolve(edition, schema);
  const out: fc.Arbitrary<Mutation>[] = [fc.constant<Mutation>({ kind: 'malformed-json', pointer: '/', raw: `${JSON.stringify(base).slice(0, -1)},` })];
  out.push(fc.constantFrom<unknown>([], '試', 1).map((body) => ({ kind: 'wrong-root' as const, pointer: '/', body })));
  const required = sites.filter((s) => ((s.parent.required as string[] | undefined) ?? []).includes(String(s.path.at(-1))));
  const rootRequired = ((root.required as string[] | undefined) ?? []).filter((name) => base !== null && typeof base === 'object' && name in base);
  const missing = [...required.map((s) => s.path), ...rootRequired.map((name) => [name])];
  if (missing.length > 0) out.push(fc.constantFrom(...missing).map((path) => ({ kind: 'missing-required' as const, pointer: pointerOf(path), body: withAt(base, path, DELETE) })));
  const typed = sites.filter((s) => s.schema.type !== undefined && !('const' in s.schema));
  if (typed.length > 0) {
    out.push(fc.constantFrom(...typed).chain((s) => wrongTypeFor(s.schema.type).map((value) => ({ kind: 'wrong-type' as const, pointer: pointerOf(s.path), body: withAt(base, s.path, value) }))));
  }
  const coded = sites.filter((s) => Array.isArray(s.schema.enum) && s.schema.enum.every((v) => typeof v === 'string'));
  if (coded.length > 0) {
    out.push(fc.constantFrom(...coded).chain((s) => CODE.filter((code) => !(s.schema.enum as string[]).includes(code))
      .map((code) => ({ kind: 'bad-code' as const, pointer: pointerOf(s.path), body: withAt(base, s.path, code) }))));
  }
  const digits = sites.filter((s) => s.schema.format === 'lg-code' || s.schema.format === 'my-number');
  if (digits.length > 0) {
    out.push(fc.constantFrom(...digits).map((s) => ({ kind: 'bad-check-digit' as const, pointer: pointerOf(s.path), body: withAt(base, s.path, flipLastDigit(String(valueAt(base, s.path)))) })));
  }
  const bounded = sites.filter((s) => typeof s.schema.maxLength === 'number' && !s.schema.pattern && !s.schema.format);
  if (bounded.length > 0) {
    out.push(fc.constantFrom(...bounded).chain((s) => fc.integer({ min: 1, max: 200 })
      .map((extra) => ({ kind: 'oversized' as const, pointer: pointerOf(s.path), body: withAt(base, s.path, 'あ'.repeat((s.schema.maxLength as number) + extra)) }))));
  }
  if (root.additionalProperties === false && base !== null && typeof base === 'object' && !Array.isArray(base)) {
    out.push(fc.constantFrom('unknownItem', 'メモ', '__proto_x').map((name) => ({ kind: 'unknown-item' as const, pointer: `/${name}`, body: { ...(base as object), [name]: '試' } })));
  }
  return out;
}

function valueAt(base: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)?.[segment], base);
}

/** A 32-bit seed from text (FNV-1a), so each operation and edition draws its own, stable faults. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193);
  return hash | 0;
}

/** Item names that are also members of every object's prototype. */
export const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'] as const;

/**
 * The JSON text of an object with one more item, written into the text (so that `__proto__` arrives as an item of
 * its own, which an object literal would take as the prototype).
 */
export function withRawItem(base: object, name: string, valueJson: string): string {
  const inner = JSON.stringify(base).slice(1, -1);
  return `{${inner}${inner === '' ? '' : ','}${JSON.stringify(name)}:${valueJson}}`;
}

/** The base with one more item named like a prototype member (by seed), as raw JSON; undefined when that is allowed. */
function prototypeNamed(edition: Edition, schema: Schema, base: unknown, seed: number): Mutation | undefined {
  if (resolve(edition, schema).additionalProperties !== false || base === null || typeof base !== 'object' || Array.isArray(base)) return undefined;
  const name = PROTOTYPE_NAMES[(seed >>> 0) % PROTOTYPE_NAMES.length]!;
  const raw = withRawItem(base, name, '"試"');
  return schemaViolations(edition, schema, JSON.parse(raw)).length > 0 ? { kind: 'unknown-item', pointer: `/${name}`, raw } : undefined;
}

/**
 * `count` faults, each verified to break the schema: malformed JSON first, then an item named like a prototype
 * member where the body admits no unknown item, then drawn ones.
 */
export function invalidBodies(edition: Edition, schema: Schema, base: unknown, seed: number, count: number): Mutation[] {
  const arbitraries = arbitrariesOf(edition, schema, base);
  const drawn = fc.sample(fc.oneof(...arbitraries.slice(1)), { seed, numRuns: count * 3 });
  const invalid = drawn.filter((m) => schemaViolations(edition, schema, m.body).length > 0);
  const unique = [...new Map(invalid.map((m) => [`${m.kind}${m.pointer}${JSON.stringify(m.body)}`, m])).values()];
  const fixed = [fc.sample(arbitraries[0]!, { seed, numRuns: 1 })[0]!, ...[prototypeNamed(edition, schema, base, seed)].filter((m) => m !== undefined)];
  return [...fixed, ...unique.slice(0, count - fixed.length)];
}
