import type { HogoAdapter } from '@hogo-kit/sdk';
import type { AreaEnv } from '../support/env.ts';
import { appointments } from './06-casework/appointments.ts';
import { approvals } from './06-casework/approvals.ts';
import { assistancePlans } from './06-casework/assistance-plans.ts';
import { caseRecords } from './06-casework/case-records.ts';
import { tasks } from './06-casework/tasks.ts';
import { timeline } from './06-casework/timeline.ts';
import { visits } from './06-casework/visits.ts';

/** Area 06: the operations of spec/src/openapi/paths/06-casework.yaml over the in-memory store. */
export function area06(env: AreaEnv): Partial<HogoAdapter> {
  return {
    ...caseRecords(env),
    ...timeline(env),
    ...assistancePlans(env),
    ...visits(env),
    ...appointments(env),
    ...tasks(env),
    ...approvals(env),
  };
}
