import type { Edition } from '@hogo-kit/sdk';
import type { AuditLog } from '../audit/log.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from './clock.ts';

/** What every area's operations share: the store, the edition, the clock, the audit log and the mutant. */
export interface AreaEnv {
  store: Store;
  edition: Edition;
  clock: Clock;
  auditLog: AuditLog;
  /** The seeded defect this server runs with (see mutants/catalogue.ts), or undefined. */
  mutant: string | undefined;
}

/** True when the server runs with the given seeded defect. */
export const hasMutant = (env: AreaEnv, id: string) => env.mutant === id;
