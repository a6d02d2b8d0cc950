import { createAjv } from '@hogo-kit/spec';
import type { Options } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { editionData, type Edition } from '../editions.ts';

type Json = Record<string, unknown>;

/** One operation of the edition's OpenAPI document. */
export interface OperationDoc {
  operationId: string;
  method: string;
  path: string;
  operation: Json;
  parameters: Json[];
}

/** The schemas of one edition, compiled by two ajv instances: one for bodies, one coercing for parameters. */
export interface EditionSchemas {
  edition: Edition;
  openapi: Json;
  /** Bodies and responses: exact types, every component schema added as "<Name>.json". */
  body: Ajv2020;
  /** Path, query and header parameters: strings coerced to the schema's types, defaults filled in. */
  params: Ajv2020;
  operations: Map<string, OperationDoc>;
}

const COMPONENT_REF = /^#\/components\/schemas\/([A-Za-z0-9_.-]+)$/;

/** A copy of an inline OpenAPI schema whose component refs point at the standalone "<Name>.json" documents. */
export function standaloneRefs<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string') {
      const match = COMPONENT_REF.exec(value);
      if (match) return `${match[1]}.json`;
    }
    return value;
  }) as T;
}

function extensionKeywords(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => extensionKeywords(item, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      extensionKeywords(value, found);
    }
  }
  return found;
}

function newAjv(openapi: Json, options: Options): Ajv2020 {
  // createAjv() carries the standard's formats (lg-code, my-number and ajv-formats'); its class and formats are reused
  // so the parameter instance can coerce and both can report the failing schema (verbose) for messages.
  const base = createAjv();
  const AjvClass = base.constructor as new (options: Options) => Ajv2020;
  // inlineRefs off and no code optimisation: every component schema is compiled once and referenced, instead of its
  // code being generated again inside each operation's validator (compiling the contract took over a second).
  const ajv = new AjvClass({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true, verbose: true, inlineRefs: false, code: { optimize: false }, ...options });
  for (const [name, format] of Object.entries(base.formats)) if (format !== undefined) ajv.addFormat(name, format);
  ajv.addVocabulary([...extensionKeywords(openapi)]);
  const components = (openapi.components as Json | undefined)?.schemas as Record<string, Json> | undefined;
  for (const [name, schema] of Object.entries(components ?? {})) {
    ajv.addSchema({ $id: `${name}.json`, ...standaloneRefs(schema) });
  }
  return ajv;
}

function resolveParameter(openapi: Json, parameter: Json): Json {
  const ref = parameter.$ref;
  if (typeof ref !== 'string') return parameter;
  const name = ref.replace('#/components/parameters/', '');
  const found = ((openapi.components as Json).parameters as Record<string, Json> | undefined)?.[name];
  if (!found) throw new Error(`Unresolved parameter ${ref}`);
  return found;
}

function indexOperations(openapi: Json): Map<string, OperationDoc> {
  const index = new Map<string, OperationDoc>();
  for (const [path, item] of Object.entries(openapi.paths as Record<string, Json>)) {
    for (const [method, value] of Object.entries(item)) {
      const operation = value as Json;
      if (typeof operation.operationId !== 'string') continue;
      const shared = (item.parameters as Json[] | undefined) ?? [];
      const own = (operation.parameters as Json[] | undefined) ?? [];
      const parameters = [...shared, ...own].map((p) => resolveParameter(openapi, p));
      index.set(operation.operationId, { operationId: operation.operationId, method, path, operation, parameters });
    }
  }
  return index;
}

const cache = new Map<Edition, EditionSchemas>();

/** The edition's schemas (built once per process and edition). */
export function editionSchemas(edition: Edition): EditionSchemas {
  let found = cache.get(edition);
  if (!found) {
    const { openapi } = editionData(edition);
    found = {
      edition,
      openapi,
      body: newAjv(openapi, {}),
      params: newAjv(openapi, { coerceTypes: 'array', useDefaults: true }),
      operations: indexOperations(openapi),
    };
    cache.set(edition, found);
  }
  return found;
}
