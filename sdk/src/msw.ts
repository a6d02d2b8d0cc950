// @hogo-kit/sdk/msw — the standard API without a server: msw handlers backed by any adapter.
export { createHogoHandlers, toEngineRequest, toHttpResponse, type HogoHandlersOptions } from './transport/msw.ts';
export { createHogoEngine, type EngineOptions, type HogoEngine } from './engine/index.ts';
