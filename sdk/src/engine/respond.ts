import { isReply } from '../adapter/types.ts';
import type { AdapterContext } from '../adapter/types.ts';
import { HogoError } from '../errors.ts';
import { strongEtag } from './etag.ts';
import type { EngineOptions } from './index.ts';
import { JSON_TYPE, PROBLEMS, hogoErrorResponse, problemResponse } from './problem.ts';
import type { EditionSchemas } from './schemas.ts';
import type { EngineResponse } from './types.ts';
import { responseValidator, successStatuses, type ValidatedRequest } from './validation.ts';

export type AdapterMethod = Function;

const isHogoError = (e: unknown): e is HogoError =>
  e instanceof HogoError ||
  (e instanceof Error && e.name === 'HogoError' && typeof (e as HogoError).status === 'number' &&
    typeof (e as HogoError).code === 'string' && typeof (e as HogoError).title?.ja === 'string');

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reports a server fault without letting a failing reporter break the response. */
export function reportFault(options: EngineOptions, fault: Parameters<NonNullable<EngineOptions['onServerFault']>>[0]): void {
  try {
    options.onServerFault?.(fault);
  } catch {
    // the reporter's own failure must not turn into a second fault
  }
}

/** Calls the adapter method and turns what it answers (or throws) into a response checked against the spec. */
export async function callAdapter(
  schemas: EditionSchemas,
  options: EngineOptions,
  target: { adapter: object; method: AdapterMethod },
  input: ValidatedRequest,
  context: AdapterContext,
): Promise<EngineResponse> {
  const { operationId } = context;
  const instance = context.request.url;
  let result: unknown;
  try {
    result = await target.method.call(target.adapter, { path: input.path, query: input.query, body: input.body }, context);
  } catch (error) {
    if (isHogoError(error)) return hogoErrorResponse(error, instance);
    reportFault(options, { operationId, kind: 'adapter-error', detail: error });
    return problemResponse(PROBLEMS.adapterError, instance);
  }
  const reply = isReply(result) ? result : { body: result, etag: undefined, headers: undefined, status: undefined };
  // An operation with several success statuses (201 created / 200 already there) lets the adapter choose one.
  if (reply.status !== undefined && !successStatuses(schemas, operationId).includes(reply.status)) {
    reportFault(options, { operationId, kind: 'response-schema', detail: { status: reply.status, allowed: successStatuses(schemas, operationId) } });
    return problemResponse(PROBLEMS.responseSchemaViolation, instance);
  }
  const expected = responseValidator(schemas, operationId, reply.status);
  const errors = expected.validate(reply.body);
  if (errors) {
    // Never the offending values (they may be personal data): where and which rule only.
    const detail = errors.slice(0, 50).map((e) => ({ instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, params: e.params, message: e.message }));
    reportFault(options, { operationId, kind: 'response-schema', detail: { errors: detail } });
    return problemResponse(PROBLEMS.responseSchemaViolation, instance);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.headers ?? {})) headers[name.toLowerCase()] = value;
  const json = expected.mediaType === undefined || expected.mediaType === JSON_TYPE || expected.mediaType.endsWith('+json');
  headers['content-type'] = json ? JSON_TYPE : expected.mediaType === 'text/csv' ? 'text/csv; charset=utf-8' : String(expected.mediaType);
  // An ETag where the contract declares one (a list or a report has none to match): the adapter's, else the body's.
  if (reply.etag !== undefined) headers.etag = reply.etag;
  else if (expected.etag && json && isPlainObject(reply.body)) headers.etag = (options.etag ?? strongEtag)(reply.body);
  return { status: expected.status, headers, body: reply.body };
}
