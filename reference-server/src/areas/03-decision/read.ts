import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { page } from '../../support/page.ts';
import { missing } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { C, type Decision } from './types.ts';

/** listDecisions: every decision on the household by decidedOn, then registration order (03.5.5). */
export function listDecisions(env: AreaEnv): HogoAdapter['listDecisions'] {
  return async ({ path, query }) => {
    if (!env.store.get(C.household, path.householdId)) throw missing('世帯', 'household');
    const decisions = env.store
      .select<Decision>(C.decision, (d) => d.householdId === path.householdId)
      .map((r) => r.value);
    // Array.prototype.sort is stable: equal decidedOn keeps registration order.
    decisions.sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : 0));
    return page(decisions, query);
  };
}

/** getDecision: one decision; decisions are immutable (no update or delete route exists, 03.5.6). */
export function getDecision(env: AreaEnv): HogoAdapter['getDecision'] {
  return async ({ path }) => {
    const record = env.store.get<Decision>(C.decision, path.decisionId);
    if (!record) throw missing('決定', 'decision');
    if (hasMutant(env, 'required-field-dropped')) {
      const { reasonText: _dropped, ...rest } = record.value;
      return withEtag(path.decisionId, record, rest as Decision);
    }
    return withEtag(path.decisionId, record);
  };
}
