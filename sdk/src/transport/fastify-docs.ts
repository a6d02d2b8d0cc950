import type { FastifyInstance } from 'fastify';
import { editionData, type Edition } from '../editions.ts';

/**
 * The edition's OpenAPI document at GET /openapi.json and Swagger UI at /docs, from @fastify/swagger (static mode)
 * and @fastify/swagger-ui, whose assets are served from the package (no CDN, no validator badge).
 */
export async function registerDocs(app: FastifyInstance, edition: Edition): Promise<void> {
  const document = structuredClone(editionData(edition).openapi);
  const { default: swagger } = await optional(() => import('@fastify/swagger'));
  const { default: swaggerUi } = await optional(() => import('@fastify/swagger-ui'));
  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null, deepLinking: true } });
  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('content-type', 'application/json; charset=utf-8');
    return JSON.stringify(app.swagger());
  });
}

/** Loads an optional peer, or says plainly what to do when it is not installed. */
async function optional<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND' && (error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(
      'hogoPlugin serves /docs with @fastify/swagger and @fastify/swagger-ui: install both, or pass { docs: false }. ' +
        '/docs の提供には @fastify/swagger と @fastify/swagger-ui が必要です。導入するか docs: false を指定してください。',
      { cause: error },
    );
  }
}
