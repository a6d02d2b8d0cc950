import { editionData, EDITIONS, isEdition } from '../editions.ts';
import { createMemoryIdempotencyStore } from './idempotency.ts';
import type { EngineOptions, EngineRoute, HogoEngine } from './index.ts';
import { PROBLEMS, problemResponse } from './problem.ts';
import { runPipeline, type Pipeline } from './pipeline.ts';
import type { AdapterMethod } from './respond.ts';
import { reportFault } from './respond.ts';
import { editionSchemas, type EditionSchemas } from './schemas.ts';
import { validateComponent } from './validation.ts';

/** getHealth and getDeclaration when the adapter does not implement them. */
function defaultMethods(schemas: EditionSchemas, options: EngineOptions): Map<string, AdapterMethod> {
  const defaults = new Map<string, AdapterMethod>();
  defaults.set('getHealth', async () => ({ status: 'ok', checkedAt: new Date().toISOString() }));
  if (options.declaration !== undefined) {
    const errors = validateComponent(schemas, 'Declaration', options.declaration);
    if (errors) {
      const where = errors.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
      throw new Error(`options.declaration is not a valid Declaration of edition ${schemas.edition}: ${where}`);
    }
    const declared = (options.declaration as { edition?: unknown }).edition;
    if (declared !== schemas.edition) {
      throw new Error(`options.declaration declares edition ${String(declared)} but the engine serves edition ${schemas.edition}`);
    }
    const declaration = structuredClone(options.declaration);
    defaults.set('getDeclaration', async () => structuredClone(declaration));
  }
  return defaults;
}

export function createEngine(adapter: object, options: EngineOptions): HogoEngine {
  if (!isEdition(options.edition)) throw new Error(`options.edition must be one of ${EDITIONS.join(', ')} (got ${String(options.edition)})`);
  if (typeof options.verifyToken !== 'function') throw new Error('options.verifyToken is required');
  const { operations: metas } = editionData(options.edition);
  const schemas = editionSchemas(options.edition);
  const defaults = defaultMethods(schemas, options);

  const methods = new Map<string, AdapterMethod>();
  for (const operationId of Object.keys(metas)) {
    const own = (adapter as Record<string, unknown>)[operationId];
    const method = typeof own === 'function' ? (own as AdapterMethod) : defaults.get(operationId);
    if (method) methods.set(operationId, method);
  }
  const routes: EngineRoute[] = [...methods.keys()].map((operationId) => {
    const meta = metas[operationId]!;
    return { operationId, method: meta.method.toUpperCase(), path: meta.path };
  });
  const pipeline: Pipeline = {
    schemas,
    options,
    adapter,
    methods,
    metas,
    idempotency: options.idempotency ?? createMemoryIdempotencyStore(),
    inflight: new Map(),
  };

  return {
    edition: options.edition,
    routes,
    async handle(request) {
      try {
        return await runPipeline(pipeline, request);
      } catch (error) {
        reportFault(options, { operationId: request.operationId, kind: 'engine-error', detail: error });
        return problemResponse(PROBLEMS.internalError, request.url);
      }
    },
    problem: (input, instance) => problemResponse(input, instance),
  };
}
