import { illegalTransition } from '../../support/refusals.ts';
import type { ProtectionStatus } from './types.ts';

/** The transitions of flow `case` (spec/src/flows/case.yaml) over Household.protectionStatus. */
export const CASE_FLOW = {
  start: { from: ['none'], to: 'protected' },
  exOfficioStart: { from: ['none', 'discontinued'], to: 'protected' },
  change: { from: ['protected'], to: 'protected' },
  suspend: { from: ['protected'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'protected' },
  discontinue: { from: ['protected', 'suspended'], to: 'discontinued' },
  transfer: { from: ['protected', 'suspended'], to: 'transferred' },
  restart: { from: ['discontinued'], to: 'protected' },
} as const satisfies Record<string, { from: readonly ProtectionStatus[]; to: ProtectionStatus }>;

export type CaseTransition = keyof typeof CASE_FLOW;

/** The status after the first of the transitions allowed from `from`; 409 illegal-transition when none is. */
export function caseTransition(from: ProtectionStatus, ...candidates: CaseTransition[]): ProtectionStatus {
  for (const id of candidates) {
    const t = CASE_FLOW[id];
    if ((t.from as readonly string[]).includes(from)) return t.to;
  }
  throw illegalTransition('case', from, candidates[0]!);
}

/** The application flow's states from which 開始・却下 may be decided (spec/src/flows/application.yaml). */
export const UNDECIDED_APPLICATION = ['received', 'investigating'] as const;
