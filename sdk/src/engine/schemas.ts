import { createAjv } from '@hogo-kit/spec';
import type { Options, ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { editionData, type Edition } from '../editions.ts';
import { loadPrecompiled, schemaHash, type Precompiled, type ValidatorSet } from './precompiled.ts';

type Json = Record<string, unknown>;

/** One operation of the edition's OpenAPI document. */
export interface OperationDoc {
  operationId: string;
  method: string;
  path: string;
  operation: Json;
  parameters: Json[];
}

/**
 * The schemas of one edition, compiled by two ajv instances: one for bodies, one coercing for parameters. The
 * validators of the contract (components, request bodies and parameters, 2xx responses) come from the SDK build's
 * precompiled copy when it was made from this very contract; the ajv instances are built only when something else
 * has to be compiled.
 */
export interface EditionSchemas {
  edition: Edition;
  openapi: Json;
  /** Bodies and responses: exact types, every component schema added as "<Name>.json" (built on first use). */
  readonly body: Ajv2020;
  /** Path, query and header parameters: strings coerced to the schema's types, defaults filled in (built on first use). */
  readonly params: Ajv2020;
  operations: Map<string, OperationDoc>;
  /**
   * The validator of the schema with this id: a component ("<Name>.json", no schema given) or one of an operation's
   * (validatorId, with its schema). The precompiled one when the build made it from the same schema, else compiled here.
   */
  validator(set: ValidatorSet, id: string, schema?: Json): ValidateFunction;
  /** Whether the build's precompiled validators match this contract (and are used). */
  readonly precompiled: boolean;
}

/**
 * The ajv options of every instance (strict; all errors; the failing schema in each error, for messages; inlineRefs
 * off and no code optimisation: every component schema is compiled once and referenced, instead of its code being
 * generated again inside each operation's validator — compiling the contract took over a second), then each set's own.
 * Compiling here and the build's precompiling use these; the precompiled code's fingerprint covers them.
 */
const BASE_OPTIONS: Options = { strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true, verbose: true, inlineRefs: false, code: { optimize: false } };
export const AJV_OPTIONS: Record<ValidatorSet, Options> = { body: {}, params: { coerceTypes: 'array', useDefaults: true } };
/** What the fingerprint of precompiled code records of the options. */
export const OPTIONS_FINGERPRINT = { base: BASE_OPTIONS, sets: AJV_OPTIONS };

const COMPONENT_REF = /^#\/components\/schemas\/([A-Za-z0-9_.-]+)$/;
/** The id a component schema is added under ("<Name>.json"), as a $ref names it; the name in group 1. */
export const COMPONENT_ID = /^([A-Za-z0-9_.-]+)\.json$/;

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

export function newAjv(openapi: Json, options: Options): Ajv2020 {
  // createAjv() carries the standard's formats (lg-code, my-number and ajv-formats'); its class and formats are reused
  // so the parameter instance can coerce and both can report the failing schema (verbose) for messages.
  const base = createAjv();
  const AjvClass = base.constructor as new (options: Options) => Ajv2020;
  const ajv = new AjvClass({ ...BASE_OPTIONS, ...options, code: { ...BASE_OPTIONS.code, ...options.code } });
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

/** A new set of the edition's schemas (editionSchemas keeps one per edition); `precompiledRoot` for tests. */
export function buildSchemas(edition: Edition, precompiledRoot?: string): EditionSchemas {
  const { openapi } = editionData(edition);
  const componentSchemas = ((openapi.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const ajvs: Partial<Record<ValidatorSet, Ajv2020>> = {};
  const ajv = (set: ValidatorSet) => (ajvs[set] ??= newAjv(openapi, AJV_OPTIONS[set]));
  let precompiled: Precompiled | undefined | null = null;
  const ready = () => (precompiled === null ? (precompiled = loadPrecompiled(edition, openapi, OPTIONS_FINGERPRINT, precompiledRoot)) : precompiled);
  /** Component validators by set and id (the same component is in both sets, precompiled in `body` only). */
  const components = new Map<string, ValidateFunction>();
  // A component ("<Name>.json") as newAjv adds it: precompiled while the hash of what it was made from still matches.
  const componentValidator = (set: ValidatorSet, id: string): ValidateFunction => {
    const found = ready()?.[set][id];
    const source = componentSchemas[COMPONENT_ID.exec(id)?.[1] ?? ''];
    if (found && source !== undefined && ready()!.hashes[id] === schemaHash(standaloneRefs(source))) return found;
    const known = ajv(set).getSchema(id);
    if (!known) throw new Error(`Schema ${id} is not in edition ${edition}`);
    return known;
  };
  return {
    edition,
    openapi,
    get body() { return ajv('body'); },
    get params() { return ajv('params'); },
    operations: indexOperations(openapi),
    get precompiled() { return ready() !== undefined; },
    validator(set, id, schema) {
      if (schema === undefined) {
        const key = `${set}:${id}`;
        let found = components.get(key);
        if (!found) components.set(key, (found = componentValidator(set, id)));
        return found;
      }
      const found = ready()?.[set][id];
      if (found && ready()!.hashes[id] === schemaHash(schema)) return found;
      return ajv(set).getSchema(id) ?? ajv(set).compile({ $id: id, ...schema });
    },
  };
}

const cache = new Map<Edition, EditionSchemas>();

/** The edition's schemas (built once per process and edition). */
export function editionSchemas(edition: Edition): EditionSchemas {
  let found = cache.get(edition);
  if (!found) cache.set(edition, (found = buildSchemas(edition)));
  return found;
}
