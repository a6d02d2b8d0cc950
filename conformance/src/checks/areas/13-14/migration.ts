import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, householdsIn, membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { fault } from './shared.ts';

/** A copy of a household as exported, with new household and member ids, in a section of its own (not yet in the system). */
export function freshCopy(household: Json): { copy: Json; section: string } {
  const section = uniqueSection();
  const suffix = section.slice(-6);
  const copy = {
    ...household,
    householdId: `${String(household.householdId)}-IMP${suffix}`,
    section,
    members: membersOf(household).map((m, i) => ({ ...m, memberId: `${String(m.memberId)}-IMP${suffix}-${i}` })),
  };
  return { copy, section };
}

/** 13.6.3: a data set with one faulty record is refused as a whole, pointing at the fault, and nothing changes. */
export const importAllOrNothing = defineCheck({
  id: 'data.migration-import-all-or-nothing',
  title: {
    ja: '一件でも不備のある移行データは不備の箇所を示して全体が拒否され、既存のデータは変わらない',
    en: 'A data set with one faulty record is refused as a whole at the fault, and the existing data stays',
  },
  verifies: ['13.6.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const manager = requireClient(ctx, 'manager');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const created = await registerHousehold(ctx, client, householdInput(section));
    const householdId = String(created.householdId);
    const household = expectBody(ctx, await send(client, 'getHousehold', { path: { householdId } }), 200, { ja: '世帯の照会', en: 'reading the household' });
    const dataSet = expectBody(ctx, await send(manager, 'exportDataSet'), 200, { ja: '移行データの出力', en: 'the export' });

    // A new household of its own section, valid, followed by a duplicate of it (the same ids): the second is the fault.
    // The rest is the whole export, so that even a target that wrongly loads keeps its data (never an empty store).
    const { copy: fresh, section: newSection } = freshCopy(household);
    const faulty = { ...dataSet, households: [...(Array.isArray(dataSet.households) ? dataSet.households : []), fresh, fresh] };
    const answer = await send(manager, 'importDataSet', { query: { mode: 'replace' }, body: faulty });
    const step = { ja: '重複した世帯番号を含む移行データの取込み', en: 'importing a data set with a duplicate household id' };
    if (answer.status < 400 || answer.status >= 500) fault(faults, step, { ja: `拒否されず ${answer.status}`, en: `not refused (${answer.status})` });
    else if (!isObject(answer.body) || !Array.isArray(answer.body.errors) || answer.body.errors.length === 0) fault(faults, step, { ja: '不備の箇所が示されない', en: 'no pointer to the fault' });
    if ((await householdsIn(ctx, client, newSection)).length !== 0) fault(faults, step, { ja: '不備の前の世帯が取り込まれた', en: 'the household before the fault was loaded' });
    const still = await send(client, 'getHousehold', { path: { householdId } });
    if (still.status !== 200) fault(faults, step, { ja: '既存の世帯が照会できなくなった', en: 'the existing household can no longer be read' });

    failWith(ctx, { ja: '移行データの取込みが一括でない', en: 'The import is not all or nothing' }, faults);
  },
});

/** 13.1.6 and 13.1.7: finding households by kana, birth date, section, case worker and protection status. */
export const householdSearch = defineCheck({
  id: 'data.household-search-filters',
  title: {
    ja: '世帯を氏名カナ・生年月日・係・保護状態で絞り込むと、該当する世帯のみが得られる',
    en: 'Filtering households by name kana, birth date, section and protection status finds exactly the matching ones',
  },
  verifies: ['13.1.6', '13.1.7'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const kana = `ケンサ${String.fromCodePoint(0x30a2 + Math.floor(Math.random() * 40))}`;
    const target = await registerHousehold(ctx, client, householdInput(section, { members: [{ name: { family: '見本', given: '検索', familyKana: kana, givenKana: 'ケンサク' }, birthDate: '1961-03-03', sex: '1', relationship: '01' }] }));
    const other = await registerHousehold(ctx, client, householdInput(section));
    const ids = async (query: Record<string, string>) => {
      const answer = await send(client, 'listHouseholds', { query: { ...query, limit: 200 } });
      const body = expectBody(ctx, answer, 200, { ja: `世帯の検索（${JSON.stringify(query)}）`, en: `searching households (${JSON.stringify(query)})` });
      return (Array.isArray(body.items) ? body.items.filter(isObject) : []).map((h) => h.householdId);
    };
    const expectFound = async (query: Record<string, string>, wanted: unknown[], unwanted: unknown[]) => {
      const found = await ids(query);
      const step = { ja: `条件 ${JSON.stringify(query)}`, en: `conditions ${JSON.stringify(query)}` };
      for (const w of wanted) if (!found.includes(w)) fault(faults, step, { ja: `世帯 ${String(w)} が得られない`, en: `household ${String(w)} not found` });
      for (const u of unwanted) if (found.includes(u)) fault(faults, step, { ja: `該当しない世帯 ${String(u)} が含まれる`, en: `household ${String(u)} does not match but was listed` });
    };
    await expectFound({ section }, [target.householdId, other.householdId], []);
    await expectFound({ section, nameKana: kana }, [target.householdId], [other.householdId]);
    await expectFound({ section, birthDate: '1961-03-03' }, [target.householdId], [other.householdId]);
    await expectFound({ section, protectionStatus: String(target.protectionStatus ?? 'none') }, [target.householdId, other.householdId], []);
    await expectFound({ section: uniqueSection() }, [], [target.householdId, other.householdId]);
    failWith(ctx, { ja: '世帯の検索・絞込みが正しくない', en: 'Household search and filters are not correct' }, faults);
  },
});
