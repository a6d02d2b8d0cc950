import type { AdapterContext } from '../adapter/types.ts';
import type { OperationMeta } from '../editions.ts';
import { collectSubjects } from './audit.ts';
import { ANONYMOUS, authenticate, authorize } from './auth.ts';
import { canonicalJson, sha256Base64Url } from './etag.ts';
import type { EngineOptions } from './index.ts';
import { PROBLEMS, problemResponse } from './problem.ts';
import { callAdapter, reportFault, type AdapterMethod } from './respond.ts';
import type { EditionSchemas } from './schemas.ts';
import type { EngineRequest, EngineResponse, IdempotencyStore, Principal } from './types.ts';
import { requestValidator, type ValidatedRequest } from './validation.ts';

/** What handle() needs besides the request. */
export interface Pipeline {
  schemas: EditionSchemas;
  options: EngineOptions;
  adapter: object;
  methods: Map<string, AdapterMethod>;
  metas: Readonly<Record<string, OperationMeta>>;
  idempotency: IdempotencyStore;
  /** Creating requests under way, by store key, so a concurrent retry waits for the first. */
  inflight: Map<string, Promise<Outcome>>;
}

type Outcome = { fingerprint: string; response: EngineResponse };

const BODY_ERRORS = {
  'invalid-json': PROBLEMS.invalidJson,
  'too-large': PROBLEMS.tooLarge,
  'unsupported-media-type': PROBLEMS.unsupportedMediaType,
} as const;

const is2xx = (r: EngineResponse) => r.status >= 200 && r.status < 300;

/** Audits accesses to personal data by authenticated callers, refusals included. */
async function finish(p: Pipeline, request: EngineRequest, meta: OperationMeta, principal: Principal | null, at: Date, response: EngineResponse): Promise<EngineResponse> {
  if (!p.options.audit || !meta.personalData || !principal || principal === ANONYMOUS) return response;
  try {
    await p.options.audit({
      at: at.toISOString(),
      staffId: principal.staffId,
      roles: [...principal.roles],
      operationId: request.operationId,
      method: meta.method.toUpperCase(),
      url: request.url,
      subjects: collectSubjects(request.params, request.body, response.body),
      status: response.status,
    });
  } catch (error) {
    reportFault(p.options, { operationId: request.operationId, kind: 'audit-error', detail: error });
    return problemResponse(PROBLEMS.auditError, request.url);
  }
  return response;
}

async function idempotent(p: Pipeline, key: string, fingerprint: string, run: () => Promise<EngineResponse>, instance: string): Promise<EngineResponse> {
  let outcome = p.inflight.get(key);
  if (!outcome) {
    // Registered before the first await, so a concurrent retry with the same key waits for this one.
    const done = (async (): Promise<Outcome> => {
      const stored = await p.idempotency.get(key);
      if (stored) return stored;
      const response = await run();
      if (is2xx(response)) await p.idempotency.set(key, { fingerprint, response });
      return { fingerprint, response };
    })().finally(() => p.inflight.delete(key));
    p.inflight.set(key, done);
    outcome = done;
  }
  const { fingerprint: seen, response } = await outcome;
  return seen === fingerprint ? structuredClone(response) : problemResponse(PROBLEMS.idempotencyKeyReused, instance);
}

/** 401 → 403 → body error → 400 → 428 → Idempotency-Key → adapter → response check → ETag → audit. */
export async function runPipeline(p: Pipeline, request: EngineRequest): Promise<EngineResponse> {
  const at = new Date();
  const instance = request.url;
  const meta = p.metas[request.operationId];
  const method = p.methods.get(request.operationId);
  if (!meta || !method) return problemResponse(PROBLEMS.notFound, instance);

  let principal: Principal = ANONYMOUS;
  if (meta.authenticated) {
    const auth = await authenticate(request.headers.authorization, p.options.verifyToken, instance);
    if ('refused' in auth) return auth.refused;
    principal = auth.principal;
  }
  const done = (response: EngineResponse) => finish(p, request, meta, principal, at, response);
  if (meta.authenticated) {
    const forbidden = authorize(principal, meta, instance);
    if (forbidden) return done(forbidden);
  }
  if (request.bodyError) return done(problemResponse(BODY_ERRORS[request.bodyError] ?? PROBLEMS.invalidJson, instance));

  const check = requestValidator(p.schemas, request.operationId)(request);
  if (!check.ok) return done(problemResponse({ ...PROBLEMS.validation, errors: check.errors }, instance));
  const ifMatch = request.headers['if-match'];
  if (meta.ifMatch && (ifMatch === undefined || ifMatch === '')) return done(problemResponse(PROBLEMS.preconditionRequired, instance));

  const idempotencyKey = meta.creating ? request.headers['idempotency-key'] : undefined;
  const context: AdapterContext = {
    principal,
    edition: p.schemas.edition,
    operationId: request.operationId,
    ...(ifMatch !== undefined ? { ifMatch } : {}),
    ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
    request,
  };
  const run = () => callAdapter(p.schemas, p.options, { adapter: p.adapter, method }, check.value, context);
  if (idempotencyKey === undefined) return done(await run());
  const value: ValidatedRequest = check.value;
  const fingerprint = sha256Base64Url(canonicalJson({ operationId: request.operationId, path: value.path, query: value.query, body: value.body }));
  return done(await idempotent(p, `${principal.staffId}\n${idempotencyKey}`, fingerprint, run, instance));
}
