import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FieldError } from '../errors.ts';
import { fieldErrors, type TitleOf } from './messages.ts';
import { COMPONENT_ID, standaloneRefs, type EditionSchemas, type OperationDoc } from './schemas.ts';
import type { EngineRequest } from './types.ts';

type Json = Record<string, unknown>;
export type Location = 'path' | 'query' | 'header';

/** Path, query and header parameters (coerced to their schema types, defaults filled in) and the body. */
export interface ValidatedRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
}
export type RequestCheck = { ok: true; value: ValidatedRequest } | { ok: false; errors: FieldError[] };

/** If-Match is checked after validation: when it is missing the answer is 428, not 400. */
const CHECKED_LATER = new Set(['if-match']);
export const LOCATIONS: readonly Location[] = ['path', 'query', 'header'];

interface ParameterSet { names: string[]; validate: ValidateFunction }

/** The Japanese title of a schema, or of the component its $ref names (looked up in the contract, not in ajv). */
function titleOf(schemas: EditionSchemas): TitleOf {
  const components = ((schemas.openapi.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  return (schema) => {
    if (schema === null || typeof schema !== 'object') return undefined;
    const s = schema as Json;
    if (typeof s.title === 'string') return s.title;
    const name = typeof s.$ref === 'string' ? COMPONENT_ID.exec(s.$ref)?.[1] : undefined;
    const target = name === undefined ? undefined : components[name];
    return typeof target?.title === 'string' ? target.title : undefined;
  };
}

/** "世帯番号。Household id" → 世帯番号: the Japanese part of a parameter description. */
const parameterTitle = (p: Json) => (typeof p.description === 'string' && p.description.includes('。') ? p.description.split('。')[0] : undefined);

/** The id a validator of an operation is compiled under (precompiled by the build under the same id). */
export const validatorId = (operationId: string, part: Location | 'body' | number) => `${operationId}.${part}.json`;

/** The object schema of an operation's parameters in one location, and their names; undefined when it has none. */
export function parameterSchema(doc: OperationDoc, location: Location): { names: string[]; schema: Json } | undefined {
  const params = doc.parameters.filter((p) => p.in === location);
  if (params.length === 0) return undefined;
  const properties: Json = {};
  const required: string[] = [];
  for (const p of params) {
    const name = String(p.name);
    const title = parameterTitle(p);
    properties[name] = { ...standaloneRefs((p.schema as Json | undefined) ?? {}), ...(title ? { title } : {}) };
    if (p.required === true && !CHECKED_LATER.has(name.toLowerCase())) required.push(name);
  }
  return { names: params.map((p) => String(p.name)), schema: { type: 'object', properties, required } };
}

/** The operation's JSON request body: whether it is required, and its schema (refs as "<Name>.json"). */
export function bodySchema(doc: OperationDoc): { required: boolean; schema: Json } | undefined {
  const requestBody = doc.operation.requestBody as Json | undefined;
  const schema = ((requestBody?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
  return schema === undefined ? undefined : { required: requestBody?.required === true, schema: standaloneRefs(schema as Json) };
}

/** The answer an operation gives with a 2xx status (its first when none is given): media type, schema, ETag header. */
export function responseContract(doc: OperationDoc, status?: number): { status: number; mediaType: string | undefined; schema: Json | undefined; etag: boolean } {
  const responses = doc.operation.responses as Record<string, Json>;
  const key = status !== undefined ? String(status) : (Object.keys(responses).find((k) => /^2[0-9][0-9]$/.test(k)) ?? '200');
  const content = (responses[key]?.content as Record<string, Json> | undefined) ?? {};
  const mediaType = Object.keys(content)[0];
  const schema = mediaType ? (content[mediaType]?.schema as Json | undefined) : undefined;
  const headers = (responses[key]?.headers as Record<string, unknown> | undefined) ?? {};
  return { status: Number(key), mediaType, schema: schema === undefined ? undefined : standaloneRefs(schema), etag: Object.keys(headers).some((name) => name.toLowerCase() === 'etag') };
}

const REQUIRED_BODY: FieldError = {
  pointer: '/body',
  code: 'required',
  message: { ja: '本文（JSON）は必須です。', en: 'A JSON body is required.' },
};

export type RequestValidator = (request: EngineRequest) => RequestCheck;

function compileRequestValidator(schemas: EditionSchemas, doc: OperationDoc): RequestValidator {
  const sets = Object.fromEntries(LOCATIONS.map((l) => {
    const found = parameterSchema(doc, l);
    return [l, found && { names: found.names, validate: schemas.validator('params', validatorId(doc.operationId, l), found.schema) }];
  })) as Record<Location, ParameterSet | undefined>;
  const body = bodySchema(doc);
  const validateBody = body ? schemas.validator('body', validatorId(doc.operationId, 'body'), body.schema) : undefined;
  const titles = titleOf(schemas);

  return (request) => {
    const errors: FieldError[] = [];
    const value: ValidatedRequest = { path: {}, query: {}, headers: {}, body: request.body };
    for (const location of LOCATIONS) {
      const set = sets[location];
      if (!set) continue;
      const data: Record<string, unknown> = {};
      for (const name of set.names) {
        const raw = location === 'path' ? request.params[name] : location === 'query' ? request.query[name] : request.headers[name.toLowerCase()];
        if (raw !== undefined) data[name] = Array.isArray(raw) ? [...raw] : raw;
      }
      if (!set.validate(data)) errors.push(...fieldErrors(set.validate.errors ?? [], `/${location}`, { ja: location, en: location }, titles));
      value[location === 'header' ? 'headers' : location] = data;
    }
    if (body && validateBody) {
      if (request.body === undefined) {
        if (body.required) errors.push(REQUIRED_BODY);
      } else if (!validateBody(request.body)) {
        errors.push(...fieldErrors(validateBody.errors ?? [], '/body', { ja: '本文', en: 'body' }, titles));
      }
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
  };
}

/** The success response an operation answers: status, media type and a validator of its body. */
export interface ResponseValidator {
  status: number;
  mediaType: string | undefined;
  /** The contract declares an ETag header on this response (a resource a client may update with If-Match). */
  etag: boolean;
  validate(body: unknown): ErrorObject[] | null;
}

/** The operation's success statuses, lowest first (the first is the default). */
export function successStatuses(schemas: EditionSchemas, operationId: string): number[] {
  const doc = schemas.operations.get(operationId);
  const responses = (doc?.operation.responses ?? {}) as Record<string, Json>;
  return Object.keys(responses).filter((k) => /^2[0-9][0-9]$/.test(k)).map(Number).sort((a, b) => a - b);
}

function compileResponseValidator(schemas: EditionSchemas, doc: OperationDoc, status?: number): ResponseValidator {
  const found = responseContract(doc, status);
  const validate = found.schema === undefined ? undefined : schemas.validator('body', validatorId(doc.operationId, found.status), found.schema);
  return {
    status: found.status,
    mediaType: found.mediaType,
    etag: found.etag,
    validate(body) {
      if (!validate) return body === undefined ? null : [{ keyword: 'false schema', instancePath: '', schemaPath: '#', params: {}, message: 'no body expected' }];
      return validate(body) ? null : (validate.errors ?? []);
    },
  };
}

const requestCache = new WeakMap<EditionSchemas, Map<string, RequestValidator>>();
const responseCache = new WeakMap<EditionSchemas, Map<string, ResponseValidator>>();

function cached<T>(store: WeakMap<EditionSchemas, Map<string, T>>, schemas: EditionSchemas, key: string, make: (doc: OperationDoc) => T, operationId = key): T {
  let map = store.get(schemas);
  if (!map) store.set(schemas, (map = new Map()));
  let found = map.get(key);
  if (!found) {
    const doc = schemas.operations.get(operationId);
    if (!doc) throw new Error(`Operation ${operationId} is not in edition ${schemas.edition}`);
    found = make(doc);
    map.set(key, found);
  }
  return found;
}

/** The request validator of an operation (compiled on first use, then cached). */
export const requestValidator = (schemas: EditionSchemas, operationId: string) =>
  cached(requestCache, schemas, operationId, (doc) => compileRequestValidator(schemas, doc));

/** The validator of an operation's success response, for its default or a given 2xx status (cached). */
export const responseValidator = (schemas: EditionSchemas, operationId: string, status?: number) =>
  status === undefined
    ? cached(responseCache, schemas, operationId, (doc) => compileResponseValidator(schemas, doc))
    : cached(responseCache, schemas, `${operationId}\u0000${status}`, (doc) => compileResponseValidator(schemas, doc, status), operationId);

/** Validates a value against a component schema (e.g. Declaration); null when valid. */
export function validateComponent(schemas: EditionSchemas, name: string, value: unknown): ErrorObject[] | null {
  const validate = schemas.validator('body', `${name}.json`);
  return validate(value) ? null : (validate.errors ?? []);
}
