import type { components } from '@hogo-kit/sdk';
import { applicationAsOf, LAW_DEADLINES, type DeadlineRules } from '../../support/application-status.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';

type Application = components['schemas']['Application'];

/** The periods of 生活保護法第24条 the server derives the flags with — off by one day under a seeded defect. */
export function deadlineRules(env: AreaEnv): DeadlineRules {
  return {
    decisionDays: LAW_DEADLINES.decisionDays + (hasMutant(env, 'deadline-off-by-one') ? 1 : 0),
    forwardingDays: LAW_DEADLINES.forwardingDays + (hasMutant(env, 'forwarding-deadline-off-by-one') ? 1 : 0),
    deemedRejection: !hasMutant(env, 'deemed-rejection-ignored'),
  };
}

/** The application as the API shows it for asOf, with the server's deadline rules. */
export const applicationView = (env: AreaEnv) => (app: Application, asOf: string) => applicationAsOf(app, asOf, deadlineRules(env));
