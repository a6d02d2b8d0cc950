import type { EngineResponse, IdempotencyStore } from './types.ts';

type Entry = { fingerprint: string; response: EngineResponse };

/**
 * An in-memory Idempotency-Key store that forgets the oldest entries beyond `maxEntries`
 * (and entries older than `ttlMs`). Enough for one process; a cluster needs a shared store.
 */
export function createMemoryIdempotencyStore(options: { maxEntries?: number; ttlMs?: number } = {}): IdempotencyStore {
  const maxEntries = options.maxEntries ?? 10_000;
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const entries = new Map<string, { at: number; entry: Entry }>();
  return {
    async get(key) {
      const found = entries.get(key);
      if (!found) return undefined;
      if (Date.now() - found.at > ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return structuredClone(found.entry);
    },
    async set(key, entry) {
      entries.delete(key);
      entries.set(key, { at: Date.now(), entry: structuredClone(entry) });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}
