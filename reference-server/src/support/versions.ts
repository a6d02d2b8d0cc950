import { preconditionFailed, reply, type AdapterContext } from '@hogo-kit/sdk';
import type { Stored } from '../store/store.ts';

/** The ETag of a stored record: its id and version (strong). */
export const etagOf = (id: string, record: Stored<unknown>) => `"${id}.${record.version}"`;

/** A success body with the record's ETag. */
export const withEtag = <T>(id: string, record: Stored<T>, body: T = record.value) => reply(body, { etag: etagOf(id, record) });

/** Refuses an update whose If-Match is not the record's current ETag (412). */
export function assertIfMatch(context: AdapterContext, id: string, record: Stored<unknown>): void {
  const sent = (context.ifMatch ?? '').split(',').map((t) => t.trim());
  if (!sent.includes(etagOf(id, record)) && !sent.includes('*')) throw preconditionFailed();
}
