// @hogo-kit/sdk/fastify — expose a product through the standard API: the fastify plugin and the
// transport-agnostic engine it is built on.
export { hogoPlugin, hogoFrameworkErrors, type HogoPluginOptions, type HogoFastifyPlugin } from './transport/fastify.ts';
export { createHogoEngine, createMemoryIdempotencyStore, strongEtag, PROBLEMS, problemResponse } from './engine/index.ts';
export type { EngineOptions, HogoEngine, EngineRoute, ServerFault } from './engine/index.ts';
export type { AuditRecord, EngineRequest, EngineResponse, IdempotencyStore, Principal, ProblemInput, TokenVerifier } from './engine/types.ts';
export { editionData, type EditionData } from './editions.ts';
