import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { extractionOperations } from './13-data/extraction.ts';
import { householdOperations } from './13-data/households.ts';
import { memberOperations } from './13-data/members.ts';
import { migrationOperations } from './13-data/migration.ts';

/** Area 13: the operations of spec/src/openapi/paths/13-data.yaml over the in-memory store. */
export function area13(env: AreaEnv): Partial<HogoAdapter> {
  return { ...householdOperations(env), ...memberOperations(env), ...migrationOperations(env), ...extractionOperations(env) };
}
