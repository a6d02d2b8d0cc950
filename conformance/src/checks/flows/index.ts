import type { CheckDefinition } from '../../engine/types.ts';
import { applicationIllegalOperations } from './application.ts';
import { approvalClosedRefusesActions } from './approval.ts';
import { caseOpenStatesRefuseStarts, caseRestart } from './case.ts';
import { claimClosedRefusesSettlement } from './claim.ts';

/**
 * Checks that walk the standard's business flows (spec/src/flows): each drives a fresh resource into the
 * states from which its flow forbids some operations, reads it right before trying each of them (so the
 * flow coverage of the report sees the state), and expects 409 with nothing changed; and the restart of a
 * discontinued case on a new application.
 */
export function flowChecks(): CheckDefinition[] {
  return [applicationIllegalOperations, caseOpenStatesRefuseStarts, caseRestart, approvalClosedRefusesActions, claimClosedRefusesSettlement];
}
