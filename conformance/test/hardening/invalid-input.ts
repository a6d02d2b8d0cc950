// Generates invalid requests for every operation of an edition (test-only): the suite's own generators (a schema-
// valid base mutated one fault at a time, invalid queries), several seeds per operation, plus malformed JSON, wrong
// media types and oversized strings.
import { operationsFor, type Edition } from '@hogo-kit/sdk';
import { operationContracts, schemaViolations, type OperationContract } from '@hogo-kit/sdk/schemas';
import { invalidBodies, PROTOTYPE_NAMES, seedOf, withRawItem } from '../../src/checks/input/mutations.ts';
import { invalidQueries } from '../../src/checks/input/queries.ts';
import { sampleValid, type Schema } from '../../src/checks/input/sample.ts';
import { authFor, fillPath } from './support.ts';

export interface BadRequest {
  operationId: string;
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

const MALFORMED = ['{"', '{"a":}', '[1,2', 'null null', '{\'a\':1}', '\u0000', '{"a":1}}', 'NaN', '{"a":"\\x"}', '\uFEFF{'];
const WRONG_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x'];
const HUGE = 'あ'.repeat(100_000);

const query = (q: Record<string, string>) => (Object.keys(q).length ? `?${new URLSearchParams(q)}` : '');

/** Copies of the base with one string item made 100,000 characters long, when that breaks the schema. */
function oversized(edition: Edition, schema: Schema, base: unknown): unknown[] {
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return [];
  const out = Object.keys(base).filter((k) => typeof (base as Record<string, unknown>)[k] === 'string').map((k) => ({ ...base, [k]: HUGE }));
  out.push({ ...base, zzUnknownItem: HUGE });
  return out.filter((body) => schemaViolations(edition, schema, body).length > 0);
}

/** The base (an object) with one more item named like a prototype member, as raw JSON, when that breaks the schema. */
function prototypeNamed(edition: Edition, schema: Schema, base: unknown): string[] {
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return [];
  const raws = PROTOTYPE_NAMES.flatMap((name) => [withRawItem(base, name, '"x"'), withRawItem(base, name, '{"householdId":"x"}')]);
  return raws.filter((raw) => schemaViolations(edition, schema, JSON.parse(raw)).length > 0);
}

/** Invalid requests to one operation: bodies (or queries) from `seeds` seeds, `perSeed` each, and the blunt ones. */
function requestsOf(edition: Edition, contract: OperationContract, known: Record<string, string>, etags: Record<string, string>, seeds: number, perSeed: number): BadRequest[] {
  const { operationId, method } = contract;
  const path = fillPath(contract.path, known);
  const validQuery = Object.fromEntries(contract.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, String(sampleValid(edition, p.schema))]));
  const headers = { ...authFor(edition, operationId), ...(etags[path] && operationsFor(edition)[operationId]!.ifMatch && { 'if-match': etags[path] }) };
  const json = { ...headers, 'content-type': 'application/json' };
  const out: BadRequest[] = [];
  const add = (label: string, h: Record<string, string>, payload?: string, q: Record<string, string> = validQuery) =>
    out.push({ operationId, label, method, url: path + query(q), headers: h, ...(payload !== undefined && { payload }) });
  if (contract.body) {
    const schema = contract.body.schema as Schema;
    const base = sampleValid(edition, schema, known);
    for (let s = 0; s < seeds && base !== undefined; s++) {
      for (const m of invalidBodies(edition, schema, base, seedOf(`${edition}#${operationId}#hardening-${s}`), perSeed)) {
        add(`${m.kind} ${m.pointer}`, json, m.raw ?? JSON.stringify(m.body));
      }
    }
    for (const raw of MALFORMED) add(`malformed ${JSON.stringify(raw)}`, json, raw);
    for (const type of WRONG_TYPES) add(`content-type ${type}`, { ...headers, 'content-type': type }, JSON.stringify(base ?? {}));
    for (const body of oversized(edition, schema, base)) add('oversized string', json, JSON.stringify(body));
    for (const raw of prototypeNamed(edition, schema, base)) add(`prototype-named ${raw.slice(raw.lastIndexOf(',"') + 1)}`, json, raw);
    if (base === undefined) add('wrong root', json, '[]');
  } else {
    for (let s = 0; s < seeds; s++) {
      for (const q of invalidQueries(edition, contract, seedOf(`${edition}#${operationId}#hardening-${s}`), perSeed)) add(q.label, headers, undefined, { ...validQuery, ...q.query });
    }
  }
  return out;
}

/** Every invalid request of the edition; operations that take neither a body nor a query give none. */
export function badRequests(edition: Edition, known: Record<string, string>, etags: Record<string, string>, seeds: number, perSeed: number): BadRequest[] {
  return operationContracts(edition)
    .filter((c) => operationsFor(edition)[c.operationId]?.authenticated && (c.body || c.parameters.some((p) => p.in === 'query')))
    .flatMap((c) => requestsOf(edition, c, known, etags, seeds, perSeed));
}
