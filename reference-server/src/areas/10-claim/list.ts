import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { page } from '../../support/page.ts';
import { withEtag } from '../../support/versions.ts';
import type { Household } from '../05-payment/types.ts';
import { claimView, type Claim } from './ledger.ts';
import { claimOr404 } from './settle.ts';

export function claimReadOperations(env: AreaEnv): Pick<HogoAdapter, 'getClaim' | 'listClaims'> {
  return {
    async getClaim({ path, query }) {
      claimOr404(env.store, path.claimId);
      const record = env.store.get<Claim>('Claim', path.claimId)!;
      return withEtag(path.claimId, record, claimView(record.value, query.asOf ?? env.clock.today()));
    },
    async listClaims({ query }) {
      const { store } = env;
      const asOf = query.asOf ?? env.clock.today();
      const households = new Map<string, Household | undefined>();
      const household = (id: string) => (households.has(id) ? households : households.set(id, store.get<Household>('Household', id)?.value)).get(id);
      // mutant claim-list-filters-ignored: the legal-basis, section and case-worker filters are not applied
      const applied: Partial<typeof query> = hasMutant(env, 'claim-list-filters-ignored') ? {} : query;
      const { basis, section, assignedCaseworker } = applied;
      const items = store
        .all<Claim>('Claim')
        .map((r) => claimView(r.value, asOf))
        .filter((c) =>
          (query.householdId === undefined || c.householdId === query.householdId) &&
          (basis === undefined || c.basis === basis) &&
          (query.status === undefined || c.status === query.status) &&
          (query.overdue === undefined || c.overdue === query.overdue) &&
          (query.prescribed === undefined || c.prescribed === query.prescribed) &&
          (section === undefined || household(c.householdId)?.section === section) &&
          (assignedCaseworker === undefined || household(c.householdId)?.assignedCaseworker === assignedCaseworker))
        .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.claimId.localeCompare(b.claimId));
      return page(items, query);
    },
  };
}
