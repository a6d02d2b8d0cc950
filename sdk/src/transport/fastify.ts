import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { createHogoEngine, type EngineOptions, type HogoEngine } from '../engine/index.ts';
import { PROBLEMS } from '../engine/problem.ts';
import type { EngineRequest, EngineResponse } from '../engine/types.ts';
import { bodyOf, registerBodyParsers } from './fastify-body.ts';
import { registerDocs } from './fastify-docs.ts';
import { bodyErrorOf, transportProblem } from './fastify-errors.ts';

export { hogoFrameworkErrors } from './fastify-errors.ts';
import { toColonPath, urlPath } from './paths.ts';

export interface HogoPluginOptions extends EngineOptions {
  /** Serve GET /openapi.json and Swagger UI at /docs (default true). */
  docs?: boolean;
  /**
   * Largest accepted body in bytes (default 1 MiB); larger → 413 problem. It applies in full only to the operations
   * that carry a whole data set (importDataSet, 13.6.2); every other operation accepts at most `operationBodyLimit`.
   */
  bodyLimit?: number;
  /** Largest accepted body of the other operations (default: the smaller of bodyLimit and 1 MiB). */
  operationBodyLimit?: number;
}

const DEFAULT_BODY_LIMIT = 1024 * 1024;
/** Operations whose body is a whole data set: the only ones a large bodyLimit is meant for. */
const DATA_SET_OPERATIONS: ReadonlySet<string> = new Set(['importDataSet']);

/** A fastify plugin (register it with app.register) that serves the standard API over an adapter. */
export type HogoFastifyPlugin = ((app: FastifyInstance) => Promise<void>) & { engine: HogoEngine };

interface RouteConfig { operationId?: string }

function engineRequest(request: FastifyRequest, operationId: string): EngineRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return {
    operationId,
    params: { ...(request.params as Record<string, string>) },
    query: { ...(request.query as Record<string, string | string[]>) },
    headers,
    ...bodyOf(request.body),
    url: urlPath(request.url),
  };
}

function send(reply: FastifyReply, response: EngineResponse): FastifyReply {
  reply.code(response.status).headers(response.headers);
  if (response.body === undefined) return reply.send();
  return reply.send(typeof response.body === 'string' ? response.body : JSON.stringify(response.body));
}

/**
 * One route per operation the engine serves; JSON bodies parsed here (invalid JSON, other media types and
 * oversized bodies become problems after authentication); unknown routes and every error answered as
 * application/problem+json.
 */
export function hogoPlugin(adapter: object, options: HogoPluginOptions): HogoFastifyPlugin {
  const { docs, bodyLimit = DEFAULT_BODY_LIMIT, operationBodyLimit = Math.min(bodyLimit, DEFAULT_BODY_LIMIT), ...engineOptions } = options;
  const engine = createHogoEngine(adapter, engineOptions);

  const plugin = async (app: FastifyInstance) => {
    registerBodyParsers(app, bodyLimit);

    app.setErrorHandler(async (error: FastifyError, request, reply) => {
      const operationId = (request.routeOptions.config as RouteConfig | undefined)?.operationId;
      const bodyError = bodyErrorOf(error);
      if (operationId && bodyError) {
        return send(reply, await engine.handle({ ...engineRequest(request, operationId), body: undefined, bodyError }));
      }
      const response = transportProblem(error, urlPath(request.url));
      if (response.status >= 500) request.log.error({ err: error }, 'hogo-kit transport error');
      return send(reply, response);
    });
    app.setNotFoundHandler(async (request, reply) => send(reply, engine.problem(PROBLEMS.notFound, urlPath(request.url))));

    if (docs !== false) await registerDocs(app, engine.edition);

    for (const route of engine.routes) {
      const config: RouteConfig = { operationId: route.operationId };
      app.route({
        method: route.method as HTTPMethods,
        url: toColonPath(route.path),
        config,
        // Per route: a multi-MiB body to an ordinary operation is refused (413) before it is read, not parsed and validated.
        bodyLimit: DATA_SET_OPERATIONS.has(route.operationId) ? bodyLimit : operationBodyLimit,
        handler: async (request, reply) => send(reply, await engine.handle(engineRequest(request, route.operationId))),
      });
    }
  };
  return Object.assign(plugin, { engine });
}
