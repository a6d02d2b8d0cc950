/**
 * Remembers the ETag of each resource the client read or updated (by URL path, without the query), so
 * that an update of the same path sends it as If-Match. A stale entry earns a 412 from the server, as
 * optimistic concurrency intends: read the resource again, then update.
 */
export class EtagCache {
  readonly #entries = new Map<string, string>();
  readonly #limit: number;

  constructor(limit = 1000) {
    this.#limit = limit;
  }

  get(path: string): string | undefined {
    return this.#entries.get(path);
  }

  set(path: string, etag: string): void {
    this.#entries.delete(path);
    this.#entries.set(path, etag);
    if (this.#entries.size > this.#limit) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }

  delete(path: string): void {
    this.#entries.delete(path);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
