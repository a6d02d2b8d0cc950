export { buildApp, type AppOptions, type ReferenceApp } from './app.ts';
export { createInMemoryAdapter } from './adapter.ts';
export { Store, type Stored, type Transaction } from './store/store.ts';
export { AuditLog, verifyChain, type AuditEntry, type AuditFilter } from './audit/log.ts';
export { devTokens, devTokenVerifier, ROLES } from './support/tokens.ts';
export { applySeed, parseSeed, type SeedSpec, type SeedSummary } from './seed.ts';
export { engineSeedApi } from './seed-api.ts';
export { assertMutant, findMutant, MUTANTS, type Mutant } from './mutants/catalogue.ts';
