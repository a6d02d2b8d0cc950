import { presentIn, withChanges } from '../editions.ts';

export interface EditionKeys {
  since: string;
  removed: string;
  changed: string;
}

/** Keys in JSON Schema and OpenAPI documents, where extensions must start with x-. */
export const X_KEYS: EditionKeys = { since: 'x-since', removed: 'x-removed', changed: 'x-changed' };
/** Keys in the catalogue, code lists, flows and 基準 data. */
export const PLAIN_KEYS: EditionKeys = { since: 'since', removed: 'removed', changed: 'changed' };

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Resolves a document for one edition: drops objects not present in it (from arrays and maps),
 * applies `changed` overrides, strips the edition keys, and prunes `required` entries whose
 * property was dropped. Returns undefined when the node itself is absent.
 */
export function resolveTree(node: unknown, edition: string, keys: EditionKeys, inherited?: string): unknown {
  if (Array.isArray(node)) {
    return node
      .map((item) => resolveTree(item, edition, keys, inherited))
      .filter((item) => item !== undefined);
  }
  if (!isObject(node)) return node;
  const marks = { since: node[keys.since], removed: node[keys.removed] };
  if (!presentIn(marks, edition, inherited)) return undefined;
  const since = typeof marks.since === 'string' ? marks.since : inherited;
  const merged: Record<string, unknown> = withChanges(node, node[keys.changed], edition);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(merged)) {
    if (key === keys.since || key === keys.removed || key === keys.changed) continue;
    const resolved = resolveTree(value, edition, keys, since);
    if (resolved !== undefined) out[key] = resolved;
  }
  // A property this edition removed leaves `required` too; other names (if/then branches) stay.
  if (Array.isArray(out.required) && isObject(merged.properties) && isObject(out.properties)) {
    const kept = out.properties;
    const removed = Object.keys(merged.properties).filter((name) => !(name in kept));
    out.required = out.required.filter((name) => !removed.includes(name as string));
  }
  return out;
}
