/**
 * The legacy adapter served with hogoPlugin on fastify.
 *   npx tsx examples/legacy-adapter/server.ts        (from sdk/; PORT and HOST override 8080 / 127.0.0.1)
 *   curl -H 'Authorization: Bearer caseworker' http://127.0.0.1:8080/households/0000001
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Principal, TokenVerifier } from '../../src/engine/types.ts';
import { codeLists } from '../../src/generated/codelists-21.ts';
import { hogoPlugin } from '../../src/transport/fastify.ts';
import { createLegacyAdapter } from './adapter.ts';
import { createLegacyStore, type LegacyStore } from './legacy-model.ts';
import { SEED } from './seed.ts';

/**
 * DEMO ONLY: the bearer token is the role code itself ("caseworker", "intake" …). A real deployment
 * verifies a signed token (OIDC / JWT) from its identity provider here.
 */
export const demoVerifyToken: TokenVerifier = (token): Principal | null =>
  Object.hasOwn(codeLists.role.codes, token) ? { staffId: `demo-${token}`, roles: [token] } : null;

export interface LegacyServerOptions {
  store?: LegacyStore;
  verifyToken?: TokenVerifier;
  logger?: boolean;
}

export async function buildLegacyServer(options: LegacyServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  const adapter = createLegacyAdapter(options.store ?? createLegacyStore(structuredClone(SEED)));
  await app.register(hogoPlugin(adapter, {
    edition: '2.1',
    verifyToken: options.verifyToken ?? demoVerifyToken,
    // Bad legacy rows and adapter bugs end here (the client gets a 500 problem without the detail).
    onServerFault: (fault) => app.log.error({ operationId: fault.operationId, kind: fault.kind, detail: fault.detail }, 'hogo-kit server fault'),
  }));
  return app;
}

/** True when this file is the program (`tsx server.ts`), false when it is imported (tests). */
function runDirectly(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (runDirectly()) {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  const app = await buildLegacyServer({ logger: true });
  await app.listen({ port, host });
  const base = `http://${host}:${port}`;
  console.log(`hogo-kit legacy adapter (edition 2.1): ${base}\nSwagger UI: ${base}/docs\nTry: curl -H 'Authorization: Bearer caseworker' ${base}/households/0000001`);
}
