import type { FastifyInstance } from 'fastify';
import { editionData, type Edition } from '../editions.ts';

/**
 * The edition's OpenAPI document at GET /openapi.json and Swagger UI at /docs, from @fastify/swagger (static mode)
 * and @fastify/swagger-ui, whose assets are served from the package (no CDN, no validator badge).
 */
export async function registerDocs(app: FastifyInstance, edition: Edition): Promise<void> {
  const document = structuredClone(editionData(edition).openapi);
  const { default: swagger } = await import('@fastify/swagger');
  const { default: swaggerUi } = await import('@fastify/swagger-ui');
  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null, deepLinking: true } });
  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('content-type', 'application/json; charset=utf-8');
    return JSON.stringify(app.swagger());
  });
}
