/**
 * A deep copy of stored data. The store holds JSON-like values (plain objects, arrays, strings, numbers, booleans,
 * null), copied on every read and write: a recursive copy of those is several times cheaper than structuredClone,
 * which serialises through the structured-clone machinery. Anything else (a Date, a Map …) falls back to
 * structuredClone, so the copy is never shallower than before.
 */
export function cloneData<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = cloneData(value[i]);
    return copy as T;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = cloneData((value as Record<string, unknown>)[key]);
    // An own "__proto__" (JSON.parse makes one) stays data, as structuredClone keeps it.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}

/** Roots already frozen all the way down (a frozen root alone proves nothing: a caller may freeze shallowly). */
const frozenRoots = new WeakSet<object>();

/**
 * The stored value itself, deep-frozen (once; later calls only look it up): what the store hands to a callback that
 * reads without copying, so that no caller can change stored data through it — an assignment throws in strict-mode
 * code (every ES module) and changes nothing anywhere else. Stored records are replaced on write, never changed in
 * place, so freezing them changes no stored content.
 */
export function frozen<T>(value: T): Readonly<T> {
  if (value === null || typeof value !== 'object' || frozenRoots.has(value)) return value;
  freezeAll(value);
  frozenRoots.add(value);
  return value;
}

function freezeAll(value: object): void {
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== null && typeof item === 'object' && !frozenRoots.has(item)) freezeAll(item);
  }
  Object.freeze(value);
}
