import type { OperationMeta } from '../operations.ts';

export interface Page {
  items: unknown[];
  nextCursor: string | null;
}

type Input = { query?: Record<string, unknown> } & Record<string, unknown>;
type Call = (operationId: string, input: Input) => Promise<unknown>;

/** The list operation named by an operationId or by its GET path (`/households`). */
export function listOperationId(operations: Readonly<Record<string, OperationMeta>>, key: string): string {
  if (!key.startsWith('/')) {
    if (operations[key]) return key;
    throw new TypeError(`Unknown operation: ${key}`);
  }
  const found = Object.entries(operations).find(([, meta]) => meta.method === 'get' && meta.path === key);
  if (!found) throw new TypeError(`No GET operation at ${key}`);
  return found[0];
}

/** Yields every item of a list, page by page, following `nextCursor` until it is null. */
export async function* paginate(call: Call, operationId: string, input: Input = {}): AsyncGenerator<unknown, void, undefined> {
  const seen = new Set<string>();
  let cursor = typeof input.query?.cursor === 'string' ? input.query.cursor : undefined;
  for (;;) {
    const query = { ...input.query, ...(cursor === undefined ? {} : { cursor }) };
    const page = await call(operationId, { ...input, query });
    if (!isPage(page)) throw new TypeError(`${operationId} did not answer a page { items, nextCursor }`);
    yield* page.items;
    if (page.nextCursor === null || page.nextCursor === undefined) return;
    if (seen.has(page.nextCursor)) throw new Error(`${operationId} answered the cursor ${page.nextCursor} twice`);
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}

function isPage(value: unknown): value is Page {
  return typeof value === 'object' && value !== null && Array.isArray((value as Page).items);
}
