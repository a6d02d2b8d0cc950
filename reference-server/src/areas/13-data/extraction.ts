import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { headOn, membersOn } from '../../support/household-type.ts';
import { withHouseholdType, type Household } from '../../support/households.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { cellOf, csvOf, headerOf, ITEMS } from './extraction-items.ts';

type Input = Parameters<HogoAdapter['createExtraction']>[0]['body'];

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A condition on one field. Conditions of different kinds all apply; values within one kind are alternatives (a Set:
 * up to 10,000 household ids); an empty or absent list does not filter.
 */
const within = <T>(values: readonly T[] | undefined): ((value: T | undefined) => boolean) => {
  if (!values || values.length === 0) return () => true;
  const allowed = new Set(values);
  return (value) => value !== undefined && allowed.has(value);
};

/**
 * The households matching the conditions, with their 世帯類型 as of asOf: the stored fields are read without copying,
 * so only the households kept are copied. Seeded defects extraction-caseworker-ignored and
 * extraction-status-filter-ignored drop those conditions.
 */
function selected(env: AreaEnv, input: Input, asOf: string): Household[] {
  const byWorker = !hasMutant(env, 'extraction-caseworker-ignored');
  const byStatus = !hasMutant(env, 'extraction-status-filter-ignored');
  const inSections = within(input.sections);
  const ofWorkers = within(input.assignedCaseworkers);
  const named = within(input.householdIds);
  const ofStatuses = within<string>(input.protectionStatuses);
  const ofTypes = within<string>(input.householdTypes);
  return env.store
    .select<Household>('Household', (h) => inSections(h.section)
      && (!byWorker || ofWorkers(h.assignedCaseworker))
      && named(h.householdId)
      && (!byStatus || ofStatuses(h.protectionStatus)))
    .map((r) => withHouseholdType(r.value, asOf))
    .filter((h) => !byStatus || ofTypes(h.householdType));
}

/** データの抽出 (13.5): the households matching the conditions as CSV, one row per household or per member. */
export function extractionOperations(env: AreaEnv): Pick<HogoAdapter, 'createExtraction'> {
  return {
    async createExtraction({ body }) {
      const asOf = body.asOf ?? env.clock.today();
      const known = new Set<string>();
      env.store.scan<Household>('Household', (h) => { known.add(h.householdId); });
      (body.householdIds ?? []).forEach((id, i) => {
        if (!known.has(id)) throw ruleBroken('unknown-reference', `/body/householdIds/${i}`, { ja: `世帯（${id}）が存在しません`, en: `The household ${id} does not exist` });
      });
      const header = body.header ?? 'label';
      // Seeded defect extraction-code-names-ignored: codes are output even when names are asked for.
      const codeValues = hasMutant(env, 'extraction-code-names-ignored') ? 'code' : body.codeValues ?? 'code';
      // Seeded defect extraction-items-ignored: every item, in the catalogue's order, whatever was asked for.
      const items = hasMutant(env, 'extraction-items-ignored') ? Object.keys(ITEMS) : body.items;
      const rows: string[][] = [items.map((item) => headerOf(item, header))];
      // Seeded defect extraction-unit-ignored: one row per household whatever the unit asked for.
      const perHousehold = body.unit === 'household' || hasMutant(env, 'extraction-unit-ignored');
      for (const h of selected(env, body, asOf).sort((a, b) => byId(a.householdId, b.householdId))) {
        const present = membersOn(h.members, asOf);
        const subjects = perHousehold ? [headOn(h.members, asOf)] : [...present].sort((a, b) => byId(a.memberId, b.memberId));
        for (const m of subjects) rows.push(items.map((item) => cellOf(item, ITEMS[item]!.read(h, m, asOf, present), codeValues)));
      }
      // Seeded defect extraction-csv-unquoted: fields are joined as they are, commas and quotes unquoted.
      return hasMutant(env, 'extraction-csv-unquoted') ? rows.map((r) => `${r.join(',')}\r\n`).join('') : csvOf(rows);
    },
  };
}
