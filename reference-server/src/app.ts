import Fastify, { type FastifyInstance } from 'fastify';
import { hogoFrameworkErrors, hogoPlugin, type HogoEngine, type ServerFault } from '@hogo-kit/sdk/fastify';
import type { Edition } from '@hogo-kit/sdk';
import { createInMemoryAdapter } from './adapter.ts';
import { CASEWORKER_AS_ACCOUNTANT } from './areas/05-payment/run.ts';
import { CASEWORKER_AS_LINKAGE } from './areas/12-linkage/changes.ts';
import { AuditLog } from './audit/log.ts';
import { referenceDeclaration, VALIDATE_ONLY_OPTION } from './declaration.ts';
import { applySeed, type SeedSummary } from './seed.ts';
import { Store } from './store/store.ts';
import { createClock, type Clock } from './support/clock.ts';
import { hasMutant, type AreaEnv } from './support/env.ts';
import { claimPayment, everyResponse, forgetfulIdempotencyStore, occasionalPayment } from './support/idempotency-defects.ts';
import { inputDefects } from './support/input-defects.ts';
import { devTokens, devTokenVerifier, SYSTEM_ADMIN_AS_CASEWORKER } from './support/tokens.ts';

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

/**
 * The largest body accepted (bytes): a whole data set must load back over HTTP (importDataSet, 13.6.2), and the
 * export of a system in use is far beyond the plugin's default of 1 MiB.
 */
const DATA_SET_LIMIT = 256 * 1024 * 1024;

/** Operations on households and members whose successful calls the seeded defect audit-entry-skipped leaves unlogged. */
const HOUSEHOLD_OPERATIONS = new Set(['createHousehold', 'updateHousehold', 'addMember', 'updateMember', 'getHousehold', 'getMember', 'listHouseholds']);

/** The Idempotency-Key store of a seeded defect that forgets responses; none (the plugin's own store) otherwise. */
function idempotencyDefect(env: AreaEnv) {
  const forgets = hasMutant(env, 'double-payment-on-retry') ? everyResponse
    : hasMutant(env, 'occasional-retry-pays-twice') ? occasionalPayment
    : hasMutant(env, 'claim-payment-retry-twice') ? claimPayment
    : undefined;
  return forgets ? { idempotency: forgetfulIdempotencyStore(forgets) } : {};
}

/** The reference server as a fastify app, not listening (tests use inject(); the CLI listens). */
export async function buildApp(options: AppOptions = {}): Promise<ReferenceApp> {
  const edition = options.edition ?? '2.1';
  const clock = createClock(options.now);
  const store = new Store();
  const env: AreaEnv = { store, edition, clock, auditLog: new AuditLog(), mutant: options.mutant };
  if (hasMutant(env, 'audit-chain-broken')) env.auditLog = new AuditLog({ chained: false });
  const auditLog = env.auditLog;
  const faults: ServerFault[] = [];
  const app = Fastify({ logger: options.logger ?? false, frameworkErrors: hogoFrameworkErrors });
  const plugin = hogoPlugin(createInMemoryAdapter(env), {
    edition,
    verifyToken: devTokenVerifier(devTokens(hasMutant(env, 'system-admin-has-case-roles') ? SYSTEM_ADMIN_AS_CASEWORKER
      : hasMutant(env, 'caseworker-sends-linkage-changes') ? CASEWORKER_AS_LINKAGE
      : hasMutant(env, 'caseworker-has-accountant-role') ? CASEWORKER_AS_ACCOUNTANT : {})),
    declaration: referenceDeclaration(edition, clock.now().toISOString(), {
      leaveOut: hasMutant(env, 'undeclared-option-answers') ? [VALIDATE_ONLY_OPTION] : [],
      foreignOption: hasMutant(env, 'declaration-unknown-option'),
    }),
    ...idempotencyDefect(env),
    audit: (record) => {
      if (hasMutant(env, 'audit-entry-skipped') && HOUSEHOLD_OPERATIONS.has(record.operationId) && record.status < 400) return;
      auditLog.append(record);
    },
    onServerFault: (fault) => faults.push(fault),
    docs: options.docs ?? true,
    bodyLimit: DATA_SET_LIMIT,
  });
  inputDefects(app, env);
  await app.register(plugin);
  const reference: ReferenceApp = { app, env, store, auditLog, clock, faults, engine: plugin.engine };
  if (options.seed !== undefined) reference.seed = await applySeed(reference, options.seed);
  return reference;
}
