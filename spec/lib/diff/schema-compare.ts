/**
 * Compares two JSON Schema nodes and states what changed as neutral facts (narrowed, widened, property
 * removed, …). Each caller maps the facts to its own rules: the same widening is harmless in a request and
 * breaking in a response. Follows `properties`, `items` and `allOf`; `if`/`then`, `anyOf` and `oneOf`
 * branches are not compared.
 */
import { setDiff } from './requirements.ts';

type Json = Record<string, unknown>;
export type Resolve = (ref: string) => unknown;

export type FactKind =
  | 'property-added' | 'property-added-required' | 'property-removed' | 'made-required' | 'made-optional'
  | 'narrowed' | 'widened' | 'changed' | 'enum-shrunk' | 'enum-grown';

export interface Fact {
  kind: FactKind;
  /** Dotted property path inside the compared node; `[]` marks array items. */
  path: string;
  keyword?: string;
  from?: unknown;
  to?: unknown;
  added?: string[];
  removed?: string[];
  /** The fact sits under a readOnly (server-set) or writeOnly property. */
  readOnly?: boolean;
  writeOnly?: boolean;
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const UPPER = ['maxLength', 'maxItems', 'maximum', 'exclusiveMaximum', 'maxProperties'];
const LOWER = ['minLength', 'minItems', 'minimum', 'exclusiveMinimum', 'minProperties'];
const EXACT = ['pattern', 'format'];

interface View {
  node: Json;
  ref?: string;
  properties: Record<string, unknown>;
  required: Set<string>;
}

/** Follows $refs (when a resolver is given) and merges allOf members' properties and required. */
function view(input: unknown, resolve: Resolve | undefined): View {
  let node: Json = isObject(input) ? input : {};
  let ref: string | undefined;
  for (let hops = 0; resolve && typeof node.$ref === 'string' && hops < 32; hops++) {
    ref = node.$ref;
    const target = resolve(node.$ref);
    node = isObject(target) ? target : {};
  }
  const properties: Record<string, unknown> = {};
  const required = new Set<string>();
  const parts = [node, ...(Array.isArray(node.allOf) ? node.allOf.map((m) => view(m, resolve).node) : [])];
  for (const part of parts) {
    if (isObject(part.properties)) Object.assign(properties, part.properties);
    if (Array.isArray(part.required)) for (const name of part.required) required.add(String(name));
  }
  const typed = node.type === undefined ? parts.find((p) => p.type !== undefined) : undefined;
  return { node: typed ? { ...node, type: typed.type } : node, ...(ref ? { ref } : {}), properties, required };
}

function types(node: Json): string[] | undefined {
  if (typeof node.type === 'string') return [node.type];
  if (Array.isArray(node.type)) return node.type.map(String);
  return undefined;
}

const covered = (t: string, set: string[]) => set.includes(t) || (t === 'integer' && set.includes('number'));

function enumOf(node: Json): string[] | undefined {
  if (Array.isArray(node.enum)) return node.enum.map((v) => JSON.stringify(v));
  if ('const' in node) return [JSON.stringify(node.const)];
  return undefined;
}

function compareNode(a: Json, b: Json, path: string, out: Fact[]): void {
  if (a.$ref !== b.$ref) {
    // A reference replaced the definition (or the other way round): one fact, not one per keyword.
    out.push({ kind: 'changed', path, keyword: '$ref', from: a.$ref, to: b.$ref });
    return;
  }
  const ta = types(a);
  const tb = types(b);
  if (ta && tb) {
    const wider = ta.every((t) => covered(t, tb));
    const narrower = tb.every((t) => covered(t, ta));
    if (!(wider && narrower)) {
      out.push({ kind: wider ? 'widened' : narrower ? 'narrowed' : 'changed', path, keyword: 'type', from: a.type, to: b.type });
    }
  } else if (ta || tb) out.push({ kind: ta ? 'widened' : 'narrowed', path, keyword: 'type', from: a.type, to: b.type });

  const ea = enumOf(a);
  const eb = enumOf(b);
  if (ea && eb) {
    const { added, removed } = setDiff(ea, eb);
    const show = (list: string[]) => list.map((v) => String(JSON.parse(v)));
    if (removed.length) out.push({ kind: 'enum-shrunk', path, keyword: 'enum', removed: show(removed) });
    if (added.length) out.push({ kind: 'enum-grown', path, keyword: 'enum', added: show(added) });
  } else if (ea || eb) out.push({ kind: ea ? 'widened' : 'narrowed', path, keyword: 'enum' });

  for (const [keys, tighter] of [[UPPER, (x: number, y: number) => y < x], [LOWER, (x: number, y: number) => y > x]] as const) {
    for (const key of keys) {
      const x = a[key];
      const y = b[key];
      if (x === y) continue;
      if (typeof x !== 'number' || typeof y !== 'number') {
        if (x === undefined || y === undefined) out.push({ kind: x === undefined ? 'narrowed' : 'widened', path, keyword: key, from: x, to: y });
      } else out.push({ kind: tighter(x, y) ? 'narrowed' : 'widened', path, keyword: key, from: x, to: y });
    }
  }
  for (const key of EXACT) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    const kind = x === undefined ? 'narrowed' : y === undefined ? 'widened' : 'changed';
    out.push({ kind, path, keyword: key, from: x, to: y });
  }
  if ((a.additionalProperties === false) !== (b.additionalProperties === false)) {
    out.push({ kind: b.additionalProperties === false ? 'narrowed' : 'widened', path, keyword: 'additionalProperties', from: a.additionalProperties, to: b.additionalProperties });
  }
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/**
 * Facts that tell node `b` (the newer side) from node `a`. With resolvers, $refs are followed; without,
 * a changed $ref is itself a fact (component schemas are compared one by one).
 */
export function compareSchemas(a: unknown, b: unknown, resolveA?: Resolve, resolveB?: Resolve): Fact[] {
  const out: Fact[] = [];
  walk(a, b, '', [], false, false);
  return out;

  function walk(na: unknown, nb: unknown, path: string, stack: string[], readOnly: boolean, writeOnly: boolean): void {
    const va = view(na, resolveA);
    const vb = view(nb, resolveB);
    const key = `${va.ref ?? ''}|${vb.ref ?? ''}`;
    if (key !== '|' && stack.includes(key)) return;
    const inner = key === '|' ? stack : [...stack, key];
    const first = out.length;
    compareNode(va.node, vb.node, path, out);
    for (const [name, pb] of Object.entries(vb.properties)) {
      const p = join(path, name);
      const pa = va.properties[name];
      const flags = flagsOf(pb, readOnly, writeOnly);
      if (pa === undefined) out.push({ kind: vb.required.has(name) ? 'property-added-required' : 'property-added', path: p, ...flags });
      else {
        if (vb.required.has(name) && !va.required.has(name)) out.push({ kind: 'made-required', path: p, ...flags });
        if (!vb.required.has(name) && va.required.has(name)) out.push({ kind: 'made-optional', path: p, ...flags });
        walk(pa, pb, p, inner, flags.readOnly ?? false, flags.writeOnly ?? false);
      }
    }
    for (const [name, pa] of Object.entries(va.properties)) {
      if (!(name in vb.properties)) out.push({ kind: 'property-removed', path: join(path, name), ...flagsOf(pa, readOnly, writeOnly) });
    }
    if (isObject(va.node.items) && isObject(vb.node.items)) walk(va.node.items, vb.node.items, `${path}[]`, inner, readOnly, writeOnly);
    for (const fact of out.slice(first)) {
      if (readOnly) fact.readOnly = true;
      if (writeOnly) fact.writeOnly = true;
    }
  }

  function flagsOf(node: unknown, readOnly: boolean, writeOnly: boolean): { readOnly?: boolean; writeOnly?: boolean } {
    const v = view(node, resolveB ?? resolveA);
    return {
      ...(readOnly || v.node.readOnly === true ? { readOnly: true } : {}),
      ...(writeOnly || v.node.writeOnly === true ? { writeOnly: true } : {}),
    };
  }
}

/** Where a fact sits, for reports: `path (keyword)`. */
export function factLocation(prefix: string, fact: Fact): string {
  const where = [prefix, fact.path].filter(Boolean).join(': ');
  return fact.keyword ? `${where} (${fact.keyword})` : where;
}
