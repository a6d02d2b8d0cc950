import { operationsOf } from '../bundle/openapi.ts';
import { setDiff } from './requirements.ts';
import { change } from './rules.ts';
import { compareSchemas, factLocation, type Fact, type FactKind, type Resolve } from './schema-compare.ts';
import type { Change } from './types.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const REQUEST: Record<FactKind, string> = {
  'property-added': 'api.request.property-added-optional',
  'property-added-required': 'api.request.property-added-required',
  'property-removed': 'api.request.property-removed',
  'made-required': 'api.request.property-made-required',
  'made-optional': 'api.request.property-made-optional',
  narrowed: 'api.request.type-narrowed',
  widened: 'api.request.type-widened',
  changed: 'api.request.type-changed',
  'enum-shrunk': 'api.request.enum-shrunk',
  'enum-grown': 'api.request.enum-grown',
};

const RESPONSE: Record<FactKind, string> = {
  'property-added': 'api.response.property-added',
  'property-added-required': 'api.response.property-added',
  'property-removed': 'api.response.property-removed',
  'made-required': 'api.response.property-made-required',
  'made-optional': 'api.response.property-made-optional',
  narrowed: 'api.response.type-narrowed',
  widened: 'api.response.type-widened',
  changed: 'api.response.type-changed',
  'enum-shrunk': 'api.response.enum-shrunk',
  'enum-grown': 'api.response.enum-grown',
};

/** Resolves `#/a/b` pointers within one document. */
export function resolverOf(doc: Json): Resolve {
  return (ref) => {
    if (!ref.startsWith('#/')) return undefined;
    let node: unknown = doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = isObject(node) ? node[key] : undefined;
    }
    return node;
  };
}

function deref(node: unknown, resolve: Resolve): Json {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 32; hops++) current = resolve(current.$ref);
  return isObject(current) ? current : {};
}

function factChanges(facts: Fact[], rules: Record<FactKind, string>, target: string, prefix: string, skip: 'readOnly' | 'writeOnly'): Change[] {
  return facts
    .filter((f) => !f[skip])
    .map((f) => change(rules[f.kind], target, {
      location: factLocation(prefix, f),
      ...(f.from !== undefined && { from: f.from }),
      ...(f.to !== undefined && { to: f.to }),
      ...(f.added && { added: f.added }),
      ...(f.removed && { removed: f.removed }),
    }));
}

interface Side {
  doc: Json;
  resolve: Resolve;
  path: string;
  method: string;
  operation: Json;
}

function parameters(side: Side): Map<string, Json> {
  const item = (side.doc.paths as Record<string, Json>)[side.path] ?? {};
  const list = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(side.operation.parameters) ? side.operation.parameters : [])];
  const out = new Map<string, Json>();
  for (const raw of list) {
    const p = deref(raw, side.resolve);
    out.set(`${String(p.in)}:${String(p.name)}`, p);
  }
  return out;
}

function content(node: Json): Record<string, Json> {
  return isObject(node.content) ? (node.content as Record<string, Json>) : {};
}

function roles(side: Side): string[] {
  const security = Array.isArray(side.operation.security) ? side.operation.security : Array.isArray(side.doc.security) ? side.doc.security : [];
  return security.flatMap((req: unknown) => (isObject(req) ? Object.values(req).flatMap((v) => (Array.isArray(v) ? v.map(String) : [])) : []));
}

function compareOperation(id: string, a: Side, b: Side): Change[] {
  const out: Change[] = [];
  const pa = parameters(a);
  const pb = parameters(b);
  for (const [key, p] of pb) {
    const before = pa.get(key);
    const location = `parameter ${key}`;
    if (!before) out.push(change(p.required === true ? 'api.parameter.added-required' : 'api.parameter.added-optional', id, { location }));
    else {
      if (p.required === true && before.required !== true) out.push(change('api.parameter.made-required', id, { location }));
      if (p.required !== true && before.required === true) out.push(change('api.parameter.made-optional', id, { location }));
      out.push(...factChanges(compareSchemas(before.schema, p.schema, a.resolve, b.resolve), REQUEST, id, location, 'readOnly'));
    }
  }
  for (const key of pa.keys()) if (!pb.has(key)) out.push(change('api.parameter.removed', id, { location: `parameter ${key}` }));

  const ba = a.operation.requestBody === undefined ? undefined : deref(a.operation.requestBody, a.resolve);
  const bb = b.operation.requestBody === undefined ? undefined : deref(b.operation.requestBody, b.resolve);
  if (ba && !bb) out.push(change('api.request.body-removed', id, { location: 'request' }));
  if (bb && bb.required === true && ba?.required !== true) out.push(change('api.request.body-made-required', id, { location: 'request' }));
  if (ba && bb) out.push(...compareContent(id, 'request', ba, bb, a, b, REQUEST, 'readOnly'));

  const ra = (a.operation.responses ?? {}) as Json;
  const rb = (b.operation.responses ?? {}) as Json;
  const { added, removed } = setDiff(Object.keys(ra), Object.keys(rb));
  for (const status of added) out.push(change('api.response.status-added', id, { location: `response ${status}` }));
  for (const status of removed) out.push(change('api.response.status-removed', id, { location: `response ${status}` }));
  for (const status of Object.keys(rb).filter((s) => s in ra)) {
    out.push(...compareContent(id, `response ${status}`, deref(ra[status], a.resolve), deref(rb[status], b.resolve), a, b, RESPONSE, 'writeOnly'));
  }

  const security = setDiff(roles(a), roles(b));
  for (const role of security.added) out.push(change('api.security.role-added', id, { location: `role ${role}`, added: [role] }));
  for (const role of security.removed) out.push(change('api.security.role-removed', id, { location: `role ${role}`, removed: [role] }));
  return out;
}

function compareContent(id: string, where: string, na: Json, nb: Json, a: Side, b: Side, rules: Record<FactKind, string>, skip: 'readOnly' | 'writeOnly'): Change[] {
  const ca = content(na);
  const cb = content(nb);
  return Object.keys(cb)
    .filter((media) => media in ca)
    .flatMap((media) => {
      const prefix = media === 'application/json' ? where : `${where} ${media}`;
      return factChanges(compareSchemas(ca[media]!.schema, cb[media]!.schema, a.resolve, b.resolve), rules, id, prefix, skip);
    });
}

const operationKey = (o: { operation: Json; path: string; method: string }) => String(o.operation.operationId ?? `${o.method.toUpperCase()} ${o.path}`);

/** Operations added, removed, moved and changed between two bundled OpenAPI documents. */
export function diffOpenApi(from: Json, to: Json): Change[] {
  const sides = (doc: Json) => {
    const resolve = resolverOf(doc);
    return new Map(operationsOf(doc).map((o) => [operationKey(o), { doc, resolve, ...o } satisfies Side]));
  };
  const a = sides(from);
  const b = sides(to);
  const out: Change[] = [];
  for (const [id, side] of b) {
    const before = a.get(id);
    const where = `${side.method.toUpperCase()} ${side.path}`;
    if (!before) {
      out.push(change('api.operation.added', id, { location: where }));
      continue;
    }
    const was = `${before.method.toUpperCase()} ${before.path}`;
    if (was !== where) out.push(change('api.operation.moved', id, { from: was, to: where }));
    out.push(...compareOperation(id, before, side));
  }
  for (const [id, side] of a) if (!b.has(id)) out.push(change('api.operation.removed', id, { location: `${side.method.toUpperCase()} ${side.path}` }));
  return out;
}
