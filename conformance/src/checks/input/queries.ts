import type { Edition } from '@hogo-kit/sdk';
import type { OperationContract } from '@hogo-kit/sdk/schemas';
import fc from 'fast-check';
import { CODE } from './mutations.ts';
import { resolve } from './sample.ts';

const WORD = fc.stringMatching(/^[a-z]{1,6}$/);

/** An invalid query: one parameter given a value its schema refuses. */
export interface InvalidQuery {
  label: string;
  query: Record<string, string>;
}

/** The faults one query parameter allows, by its schema (fast-check draws the values). */
function faultsOf(name: string, schema: Record<string, unknown>): fc.Arbitrary<string>[] {
  const out: fc.Arbitrary<string>[] = [];
  if (name === 'cursor') out.push(fc.constantFrom('###', '%%%invalid', 'eyJub3QiOiJ5b3VycyJ9'));
  const type = schema.type;
  if (type === 'integer' || type === 'number') {
    out.push(WORD);
    if (typeof schema.maximum === 'number') out.push(fc.integer({ min: 1, max: 100_000 }).map((k) => String((schema.maximum as number) + k)));
    if (typeof schema.minimum === 'number') out.push(fc.integer({ min: 1, max: 1000 }).map((k) => String((schema.minimum as number) - k)));
  }
  if (type === 'boolean') out.push(fc.constantFrom('maybe', '2', 'はい'));
  if (Array.isArray(schema.enum)) {
    const codes = schema.enum.map(String);
    out.push(CODE.filter((code) => !codes.includes(code)));
  }
  if (schema.format === 'date') out.push(fc.constantFrom('2023-02-30', '2023-13-01', '20230401', '令和5年4月1日'));
  if (typeof schema.pattern === 'string' && /^\^\[0-9\]\{4\}-/.test(schema.pattern)) out.push(fc.constantFrom('2023-13', '2023/04', '202304'));
  return out;
}

/** Up to `count` invalid queries, one parameter at a time, drawn with the seed. */
export function invalidQueries(edition: Edition, contract: OperationContract, seed: number, count: number): InvalidQuery[] {
  const arbitraries = contract.parameters
    .filter((p) => p.in === 'query')
    .flatMap((p) => faultsOf(p.name, resolve(edition, p.schema)).map((a) => a.map((value): InvalidQuery => ({ label: `query ${p.name}=${value}`, query: { [p.name]: value } }))));
  if (arbitraries.length === 0) return [];
  const drawn = fc.sample(fc.oneof(...arbitraries), { seed, numRuns: count * 2 });
  return [...new Map(drawn.map((q) => [q.label, q])).values()].slice(0, count);
}
