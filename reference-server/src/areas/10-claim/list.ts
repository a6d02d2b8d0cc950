import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { page } from '../../support/page.ts';
import { withEtag } from '../../support/versions.ts';
import type { Household } from '../05-payment/types.ts';
import { claimView, type Claim, type ViewDefects } from './ledger.ts';
import { claimOr404 } from './settle.ts';

/** The answered payment history; with mutant deduction-recorded-as-cash a deduction shows as a cash payment. */
const shownPayments = (env: AreaEnv, claim: Claim): Claim['payments'] =>
  hasMutant(env, 'deduction-recorded-as-cash') ? claim.payments.map((p) => (p.method === 'deduction' ? { ...p, method: 'cash' } : p)) : claim.payments;

export function claimReadOperations(env: AreaEnv): Pick<HogoAdapter, 'getClaim' | 'listClaims'> {
  // mutants overdue-from-due-date / prescribed-from-prescription-date: the day itself already counts as past
  const defects = (): ViewDefects => ({
    overdueOnDueDate: hasMutant(env, 'overdue-from-due-date'),
    prescribedOnDate: hasMutant(env, 'prescribed-from-prescription-date'),
  });
  return {
    async getClaim({ path, query }) {
      claimOr404(env.store, path.claimId);
      const record = env.store.get<Claim>('Claim', path.claimId)!;
      const view = claimView(record.value, query.asOf ?? env.clock.today(), defects());
      // mutant claim-history-not-shown: the claim is answered without its payment history
      const payments = hasMutant(env, 'claim-history-not-shown') ? [] : shownPayments(env, record.value);
      return withEtag(path.claimId, record, { ...view, payments });
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
        .records<Claim>('Claim')
        .map((r) => claimView(r.value, asOf, defects()))
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
