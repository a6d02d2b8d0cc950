import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { operationContracts, type OperationContract } from '@hogo-kit/sdk/schemas';
import type { CheckContext } from '../../engine/types.ts';
import { send } from '../support/http.ts';

/**
 * What proves that refused input changed nothing: reads of the check's own household and of the resource the
 * operation writes to (the GET of the same path, or the list of a collection filtered to the household or its
 * section), taken before and after the invalid requests and compared exactly.
 */

export type Known = Record<string, string>;

export interface Witness {
  operationId: string;
  path: Record<string, string>;
  query?: Record<string, string>;
  /** The GET of the very resource the operation updates (its ETag is sent as If-Match). */
  same?: boolean;
}

const FILTERS = ['householdId', 'section'];

export function witnessesOf(edition: Edition, contract: OperationContract, path: Record<string, string>, known: Known): Witness[] {
  const witnesses: Witness[] = [{ operationId: 'getHousehold', path: { householdId: known.householdId! } }];
  if (contract.method === 'GET') return witnesses;
  const reads = operationContracts(edition).filter((c) => c.method === 'GET' && c.path === contract.path && c.operationId !== 'getHousehold');
  for (const read of reads) {
    const filter = read.parameters.find((p) => p.in === 'query' && FILTERS.includes(p.name));
    if (Object.keys(path).length > 0) witnesses.push({ operationId: read.operationId, path, same: true });
    else if (filter) witnesses.push({ operationId: read.operationId, path: {}, query: { [filter.name]: known[filter.name]! } });
  }
  if (contract.path === '/households/{householdId}') witnesses[0]!.same = true;
  return witnesses;
}

export interface WitnessReading {
  /** The ETag of the resource the operation updates, when it has one. */
  etag?: string;
  /** The witnesses that read differently in `later`. */
  differences(later: WitnessReading): string[];
  readonly seen: Map<string, string>;
}

/** Sorted keys, so that the same data in another key order reads the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);
}

export async function readWitness(ctx: CheckContext, witnesses: Witness[], client: HogoClient<Edition>, caseworker: HogoClient<Edition>): Promise<WitnessReading> {
  const seen = new Map<string, string>();
  let etag: string | undefined;
  for (const w of witnesses) {
    const input = { path: w.path, ...(w.query && { query: w.query }) };
    let answer = await send(client, w.operationId, input);
    if (answer.status === 403) answer = await send(caseworker, w.operationId, input);
    if (answer.status === 403) continue;
    seen.set(`${w.operationId} ${JSON.stringify(w.query ?? w.path)}`, `${answer.status} ${canonical(answer.body)}`);
    if (w.same && answer.status === 200) etag ??= answer.headers.get('etag') ?? undefined;
  }
  ctx.signal.throwIfAborted();
  return {
    ...(etag !== undefined && { etag }),
    seen,
    differences: (later) => [...seen].filter(([key, text]) => later.seen.has(key) && later.seen.get(key) !== text).map(([key]) => key),
  };
}
