import Fastify, { type FastifyInstance } from 'fastify';
import { hogoFrameworkErrors, hogoPlugin, type HogoEngine, type ServerFault } from '@hogo-kit/sdk/fastify';
import type { Edition } from '@hogo-kit/sdk';
import { createInMemoryAdapter } from './adapter.ts';
import { AuditLog } from './audit/log.ts';
import { referenceDeclaration } from './declaration.ts';
import { applySeed, type SeedSummary } from './seed.ts';
import { Store } from './store/store.ts';
import { createClock, type Clock } from './support/clock.ts';
import type { AreaEnv } from './support/env.ts';
import { devTokenVerifier } from './support/tokens.ts';

export interface AppOptions {
  edition?: Edition;
  /** The seeded defect to run with (mutants/catalogue.ts). */
  mutant?: string;
  /** Fixed "now" for tests and reproducible seeds. */
  now?: () => Date;
  logger?: boolean;
  /** Serve Swagger UI at /docs (default true). */
  docs?: boolean;
  /** Data to load through the API after start: demo | empty (default) | generated:<N>[:<seed>] (seed.ts). */
  seed?: string;
}

export interface ReferenceApp {
  app: FastifyInstance;
  env: AreaEnv;
  store: Store;
  auditLog: AuditLog;
  clock: Clock;
  /** Server faults the plugin reported (adapter errors, response-schema violations). */
  faults: ServerFault[];
  /** The plugin's engine (the request pipeline without HTTP): what the seeds call. */
  engine: HogoEngine;
  /** What the seed option loaded (undefined without one). */
  seed?: SeedSummary;
}

/** The reference server as a fastify app, not listening (tests use inject(); the CLI listens). */
export async function buildApp(options: AppOptions = {}): Promise<ReferenceApp> {
  const edition = options.edition ?? '2.1';
  const clock = createClock(options.now);
  const store = new Store();
  const auditLog = new AuditLog();
  const env: AreaEnv = { store, edition, clock, auditLog, mutant: options.mutant };
  const faults: ServerFault[] = [];
  const app = Fastify({ logger: options.logger ?? false, frameworkErrors: hogoFrameworkErrors });
  const plugin = hogoPlugin(createInMemoryAdapter(env), {
    edition,
    verifyToken: devTokenVerifier(),
    declaration: referenceDeclaration(edition, clock.now().toISOString()),
    audit: (record) => {
      auditLog.append(record);
    },
    onServerFault: (fault) => faults.push(fault),
    docs: options.docs ?? true,
  });
  await app.register(plugin);
  const reference: ReferenceApp = { app, env, store, auditLog, clock, faults, engine: plugin.engine };
  if (options.seed !== undefined) reference.seed = await applySeed(reference, options.seed);
  return reference;
}
