export { buildApp, type AppOptions, type ReferenceApp } from './app.ts';
export { createInMemoryAdapter } from './adapter.ts';
export { Store, type Stored, type Transaction } from './store/store.ts';
export { AuditLog, verifyChain, type AuditEntry } from './audit/log.ts';
export { devTokens, devTokenVerifier, ROLES } from './support/tokens.ts';
