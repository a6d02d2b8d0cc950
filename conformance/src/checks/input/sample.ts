import type { Edition } from '@hogo-kit/sdk';
import fc from 'fast-check';
import { componentSchema, schemaViolations } from '@hogo-kit/sdk/schemas';
import { LG_CODE, testMyNumber } from '../data/fixtures.ts';

/**
 * A schema-valid value for a request schema of the edition, built from the schema alone: the smallest
 * body that satisfies it (required items only, first code, lowest number). It is the base the generated
 * invalid input is derived from, so that each mutation breaks exactly one thing. Undefined when the schema
 * is beyond this sampler (the check then uses blunt mutations only).
 */

export type Schema = Record<string, unknown>;

const REF = /^([A-Za-z0-9_.-]+)\.json$/;
const MAX_DEPTH = 12;

const resolved = new WeakMap<Schema, Schema>();

/** The schema with its $ref (to "<Name>.json") followed and allOf merged; other keywords kept (memoised per object). */
export function resolve(edition: Edition, schema: Schema): Schema {
  let found = resolved.get(schema);
  if (!found) resolved.set(schema, (found = resolveOnce(edition, schema)));
  return found;
}

function resolveOnce(edition: Edition, schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < MAX_DEPTH && typeof current.$ref === 'string'; i++) {
    const name = REF.exec(current.$ref)?.[1];
    const target = name === undefined ? undefined : componentSchema(edition, name);
    if (!target) return current;
    const { $ref: _ref, ...rest } = current;
    // A bare $ref is the component itself (the same object: its validator is the edition's precompiled one).
    current = Object.keys(rest).length === 0 ? target : { ...target, ...rest };
  }
  if (Array.isArray(current.allOf)) {
    const parts = (current.allOf as Schema[]).map((part) => resolve(edition, part));
    const { allOf: _allOf, ...rest } = current;
    current = parts.reduce<Schema>((merged, part) => ({
      ...merged,
      ...part,
      properties: { ...(merged.properties as Schema), ...(part.properties as Schema) },
      required: [...new Set([...((merged.required as string[]) ?? []), ...((part.required as string[]) ?? [])])],
    }), rest);
  }
  return current;
}

const typeOf = (schema: Schema): string | undefined => {
  const type = schema.type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  if (typeof type === 'string') return type;
  if (schema.properties) return 'object';
  return undefined;
};

const patterned = new Map<string, string>();

function sampleString(schema: Schema): string {
  switch (schema.format) {
    case 'date': return '2025-04-01';
    case 'date-time': return '2025-04-01T09:00:00+09:00';
    case 'lg-code': return LG_CODE;
    case 'my-number': return testMyNumber();
  }
  const min = typeof schema.minLength === 'number' ? schema.minLength : 1;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Math.max(min, 8);
  if (typeof schema.pattern === 'string') {
    // fast-check draws strings matching the pattern (seeded: the same every run); the first that fits the length wins.
    const key = `${schema.pattern}\u0000${min}\u0000${max}`;
    if (!patterned.has(key)) {
      const drawn = fc.sample(fc.stringMatching(new RegExp(schema.pattern, 'u')), { seed: 20, numRuns: 50 });
      patterned.set(key, drawn.find((s) => [...s].length >= min && [...s].length <= max) ?? drawn[0] ?? '');
    }
    return patterned.get(key)!;
  }
  return '試'.repeat(Math.min(Math.max(min, 2), max));
}

function sampleNumber(schema: Schema, integer: boolean): number {
  const low = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined;
  const high = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  const value = low ?? (high !== undefined && high < 1 ? high : 1);
  return integer ? Math.ceil(value) : value;
}

function sampleAny(edition: Edition, raw: Schema, depth: number): unknown {
  if (depth > MAX_DEPTH) return undefined;
  const schema = resolve(edition, raw);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null);
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key])) {
      const { [key]: options, ...rest } = schema;
      for (const raw of options as Schema[]) {
        const option = resolve(edition, raw);
        const merged = {
          ...rest, ...option,
          properties: { ...(rest.properties as Schema), ...(option.properties as Schema) },
          required: [...new Set([...((rest.required as string[]) ?? []), ...((option.required as string[]) ?? [])])],
        };
        const value = sampleAny(edition, merged, depth + 1);
        if (value !== undefined && schemaViolations(edition, schema, value).length === 0) return value;
      }
      return undefined;
    }
  }
  switch (typeOf(schema)) {
    case 'string': return sampleString(schema);
    case 'integer': return sampleNumber(schema, true);
    case 'number': return sampleNumber(schema, false);
    case 'boolean': return false;
    case 'array': {
      const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const item = schema.items ? sampleAny(edition, schema.items as Schema, depth + 1) : '試';
      return Array.from({ length: count }, () => structuredClone(item));
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const wanted = new Set((schema.required as string[] | undefined) ?? []);
      const min = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
      for (const name of Object.keys(properties)) if (wanted.size < min) wanted.add(name);
      const value: Record<string, unknown> = {};
      for (const name of wanted) {
        const sampled = properties[name] ? sampleAny(edition, properties[name], depth + 1) : undefined;
        if (sampled !== undefined) value[name] = sampled;
      }
      return value;
    }
    default: return undefined;
  }
}

/** Sets the item at `segments` (a missing required one) to a sample of its schema, found by walking the schema. */
function addMissing(edition: Edition, schema: Schema, root: Record<string, unknown>, segments: string[], fill: Record<string, unknown>): void {
  let node: unknown = root;
  let at = resolve(edition, schema);
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const next = Array.isArray(node) ? (at.items as Schema | undefined) : ((at.properties as Record<string, Schema> | undefined)?.[segment]);
    if (!next || node === null || typeof node !== 'object') return;
    if (last) {
      (node as Record<string, unknown>)[segment] = segments.length === 1 && segment in fill ? fill[segment] : sampleAny(edition, next, 1);
      return;
    }
    node = (node as Record<string, unknown>)[segment];
    at = resolve(edition, next);
  }
}

const MISSING = /^required: must have required property '(.+)'$/;

/**
 * A schema-valid value (verified against the schema), or undefined. `fill` sets known properties (e.g.
 * householdId). Items a conditional (if / then) requires are added in up to three rounds.
 */
export function sampleValid(edition: Edition, schema: Schema, fill: Record<string, unknown> = {}): unknown {
  const value = sampleAny(edition, schema, 0);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return value !== undefined && schemaViolations(edition, schema, value).length === 0 ? value : undefined;
  }
  const object = value as Record<string, unknown>;
  const properties = (resolve(edition, schema).properties ?? {}) as Record<string, Schema>;
  for (const [name, known] of Object.entries(fill)) if (name in properties) object[name] = known;
  for (let round = 0; round < 3; round++) {
    const missing = schemaViolations(edition, schema, object).flatMap((v) => {
      const name = MISSING.exec(v.message)?.[1];
      return name === undefined ? [] : [v.pointer.split('/').slice(1)];
    });
    if (missing.length === 0) break;
    for (const segments of missing) addMissing(edition, schema, object, segments, fill);
  }
  return schemaViolations(edition, schema, object).length === 0 ? object : undefined;
}
