/**
 * `@hogo-kit/sdk/schemas`: the edition's schemas for tools that judge what a system sent or generate what it
 * must refuse — the conformance suite validates every answer with it. A separate entry: it loads the OpenAPI
 * documents and ajv, which a client-only consumer of the main entry does not need (ARCHITECTURE.md R9).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Edition } from './operations.ts';
import { COMPONENT_ID, editionSchemas, standaloneRefs } from './engine/schemas.ts';
import { errorPointer } from './engine/messages.ts';
import { responseValidator, successStatuses, validateComponent, validatorId } from './engine/validation.ts';

type Json = Record<string, unknown>;

/** One way a body differs from its schema: where (JSON Pointer into the body) and what (ajv's words). */
export interface SchemaViolation {
  pointer: string;
  message: string;
}

const violations = (errors: ErrorObject[] | null): SchemaViolation[] =>
  (errors ?? []).map((e) => ({ pointer: errorPointer(e) || '/', message: `${e.keyword}: ${e.message ?? ''}`.trim() }));

/**
 * The violations of an answer's body against the edition's contract for the operation and status: a 2xx the
 * operation declares is checked against that response's schema; a 2xx it does not declare is itself a violation;
 * a 4xx or 5xx body against the Problem schema (RFC 9457). An empty list: the body conforms.
 */
export function responseViolations(edition: Edition, operationId: string, status: number, body: unknown): SchemaViolation[] {
  const schemas = editionSchemas(edition);
  if (!schemas.operations.has(operationId)) throw new Error(`Operation ${operationId} is not in edition ${edition}`);
  if (status >= 400) return violations(validateComponent(schemas, 'Problem', body));
  if (status < 200 || status >= 300) return [];
  if (!successStatuses(schemas, operationId).includes(status)) return [{ pointer: '/', message: `status ${status} is not a response of ${operationId}` }];
  return violations(responseValidator(schemas, operationId, status).validate(body));
}

/** What an operation takes: method, path template, parameters and the request body's schema (refs as "<Name>.json"). */
export interface OperationContract {
  operationId: string;
  method: string;
  path: string;
  parameters: { name: string; in: string; required: boolean; schema: Json }[];
  body?: { required: boolean; mediaType: string; schema: Json };
}

const contracts = new Map<Edition, readonly OperationContract[]>();
/** The request-body schemas operationContracts hands out, by the id the engine validates them under. */
const bodyIds = new WeakMap<Json, string>();
/** The component schemas componentSchema hands out, by their id ("<Name>.json"). */
const componentIds = new WeakMap<Json, string>();
const components = new Map<string, Json | undefined>();

/** The contract of every operation of the edition (for generated input); built once, the same objects every call. */
export function operationContracts(edition: Edition): readonly OperationContract[] {
  let found = contracts.get(edition);
  if (!found) contracts.set(edition, (found = buildContracts(edition)));
  return found;
}

function buildContracts(edition: Edition): OperationContract[] {
  return [...editionSchemas(edition).operations.values()].map((doc) => {
    const requestBody = doc.operation.requestBody as { required?: boolean; content?: Record<string, { schema?: Json }> } | undefined;
    const [mediaType, media] = Object.entries(requestBody?.content ?? {})[0] ?? [];
    const body = mediaType && media?.schema ? standaloneRefs(media.schema) : undefined;
    // The same schema the engine validates this operation's JSON body with: schemaViolations uses its validator.
    if (body && mediaType === 'application/json') bodyIds.set(body, validatorId(doc.operationId, 'body'));
    return {
      operationId: doc.operationId,
      method: doc.method.toUpperCase(),
      path: doc.path,
      parameters: doc.parameters.map((p) => ({ name: String(p.name), in: String(p.in), required: p.required === true, schema: standaloneRefs((p.schema ?? {}) as Json) })),
      ...(mediaType && body && { body: { required: requestBody?.required === true, mediaType, schema: body } }),
    };
  });
}

/** The schema of an operation's answer for a status (refs as "<Name>.json"), or undefined when it has no body. */
export function responseSchema(edition: Edition, operationId: string, status: number): Json | undefined {
  const doc = editionSchemas(edition).operations.get(operationId);
  const content = ((doc?.operation.responses as Record<string, Json> | undefined)?.[String(status)]?.content ?? {}) as Record<string, { schema?: Json }>;
  const schema = Object.values(content)[0]?.schema;
  return schema === undefined ? undefined : standaloneRefs(schema);
}

/** A component schema of the edition by name (refs inside as "<Name>.json"), or undefined; the same object every call. */
export function componentSchema(edition: Edition, name: string): Json | undefined {
  const key = `${edition}#${name}`;
  if (!components.has(key)) {
    const found = ((editionSchemas(edition).openapi.components as Json).schemas as Record<string, Json>)[name];
    const schema = found === undefined ? undefined : standaloneRefs(found);
    // The very schema the edition's "<Name>.json" is: schemaViolations uses that validator for it.
    if (schema) componentIds.set(schema, `${name}.json`);
    components.set(key, schema);
  }
  return components.get(key);
}

/**
 * Violations of a value against a schema of the edition (inline, refs as "<Name>.json"); empty: valid. The
 * compiled validator is kept per schema object: pass the same object again to validate fast.
 */
export function schemaViolations(edition: Edition, schema: Json, value: unknown): SchemaViolation[] {
  let validate = compiled.get(schema);
  if (!validate) {
    const schemas = editionSchemas(edition);
    const body = bodyIds.get(schema);
    // A schema that is nothing but a reference to a component validates as that component.
    const bare = Object.keys(schema).length === 1 && typeof schema.$ref === 'string' ? COMPONENT_ID.exec(schema.$ref)?.[0] : undefined;
    const component = componentIds.get(schema) ?? bare;
    validate = body !== undefined ? schemas.validator('body', body, schema) : component !== undefined ? schemas.validator('body', component) : schemas.body.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) ? [] : violations(validate.errors ?? []);
}

const compiled = new WeakMap<Json, ValidateFunction>();

/** A turn of the event loop: setImmediate in Node, a zero timeout elsewhere. */
const nextTurn = () => new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/**
 * Compiles ahead, in idle time, what judging answers and sampling request bodies of the edition will compile on
 * first use anyway: the validator of every declared 2xx response, the Problem schema, and every operation's request
 * body schema (the objects operationContracts hands out). One operation per turn of the event loop, so other work
 * goes first; it stops as soon as `stop()` answers true (a run that starts its checks needs no more help) and
 * resolves with the number of operations prepared. The answers of every later call are the same either way.
 */
export async function prepareValidators(edition: Edition, stop: () => boolean = () => false): Promise<number> {
  const schemas = editionSchemas(edition);
  const contracts = new Map(operationContracts(edition).map((c) => [c.operationId, c]));
  let prepared = 0;
  for (const operationId of schemas.operations.keys()) {
    await nextTurn();
    if (stop()) break;
    if (prepared === 0) schemas.validator('body', 'Problem.json');
    for (const status of successStatuses(schemas, operationId)) responseValidator(schemas, operationId, status);
    const body = contracts.get(operationId)?.body?.schema;
    if (body) schemaViolations(edition, body, undefined);
    prepared++;
  }
  return prepared;
}
