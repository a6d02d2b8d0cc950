import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';
import { householdInput, uniqueSection } from '../../data/fixtures.ts';
import { householdsIn, registerHousehold, type Json } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { freshCopy } from './migration.ts';
import { expectRefused, expectStatus, fault } from './shared.ts';

const exported = (dataSet: Json): Json[] => (Array.isArray(dataSet.households) ? dataSet.households.filter(isObject) : []);

/**
 * Validates (mode=validate) the whole export with one new household of a new section added, and records a fault
 * unless it answers 201 with the count of households it would load and nothing is loaded. The whole export, never a
 * small data set: even a target whose validation wrongly loads keeps its data. Answers the household registered
 * and the export.
 */
async function validatesWithoutLoading(ctx: CheckContext, faults: Fault[], caseworker: HogoClient<Edition>, manager: HogoClient<Edition>): Promise<{ household: Json; dataSet: Json }> {
  const created = await registerHousehold(ctx, caseworker, householdInput(uniqueSection()));
  const household = await must(ctx, caseworker, 'getHousehold', { path: { householdId: String(created.householdId) } }, 200, { ja: '世帯の照会', en: 'reading the household' });
  const dataSet = await must(ctx, manager, 'exportDataSet', {}, 200, { ja: '移行データの出力', en: 'the export' });
  const { copy, section } = freshCopy(household);
  const households = [...exported(dataSet), copy];
  const answer = await send(manager, 'importDataSet', { query: { mode: 'validate' }, body: { ...dataSet, households } });
  const step = { ja: '世帯を一つ加えた移行データの検証（mode=validate）', en: 'validating the data set with one household added (mode=validate)' };
  if (expectStatus(faults, answer, 201, step) && isObject(answer.body)) {
    const counts = isObject(answer.body.counts) ? answer.body.counts : {};
    if (answer.body.mode !== 'validate') fault(faults, step, { ja: '取込方法が validate と示されない', en: 'the result does not say mode validate' });
    if (counts.households !== households.length) fault(faults, step, { ja: `取り込んだ場合の世帯数が ${households.length} でなく ${String(counts.households)}`, en: `${String(counts.households)} households would load, not ${households.length}` });
  }
  if ((await householdsIn(ctx, caseworker, section)).length !== 0) fault(faults, step, { ja: '検証のみのはずの世帯が取り込まれた', en: 'the household was loaded by a validation' });
  return { household, dataSet };
}

/** 13.6.5 (option): validation answers the counts, or the faults with pointers, and loads nothing either way. */
export const validationOnlyImport = defineCheck({
  id: 'data.migration-validate-only',
  title: {
    ja: '移行データを取り込まずに検証でき、取り込んだ場合の件数又は不備の箇所が示され、データは取り込まれない',
    en: 'A data set can be validated without loading it: the counts or the faults with their pointers are answered, and nothing is loaded',
  },
  verifies: ['13.6.5'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const manager = requireClient(ctx, 'manager');
    const faults: Fault[] = [];
    const { household, dataSet } = await validatesWithoutLoading(ctx, faults, caseworker, manager);
    // A faulty data set: the whole export with one new household twice (a duplicate id).
    const { copy, section } = freshCopy(household);
    const answer = await send(manager, 'importDataSet', { query: { mode: 'validate' }, body: { ...dataSet, households: [...exported(dataSet), copy, copy] } });
    const step = { ja: '重複した世帯番号を含む移行データの検証', en: 'validating a data set with a duplicate household id' };
    if (answer.status !== 422 && answer.status !== 400) fault(faults, step, { ja: `拒否されず ${answer.status}`, en: `not refused (${answer.status})` });
    else if (!isObject(answer.body) || !Array.isArray(answer.body.errors) || !answer.body.errors.some((e) => isObject(e) && typeof e.pointer === 'string' && e.pointer.startsWith('/body/households/'))) {
      fault(faults, step, { ja: '不備の箇所（/body/households/…）が示されない', en: 'no pointer to the fault (/body/households/…)' });
    }
    if ((await householdsIn(ctx, caseworker, section)).length !== 0) fault(faults, step, { ja: '世帯が取り込まれた', en: 'a household was loaded' });
    failWith(ctx, { ja: '移行データの検証のみの取込みが正しくない', en: 'Validation-only import is not correct' }, faults);
  },
});

/**
 * 13.6.6: a 2.1 system takes a 2.0 data set. Tried by validation only (option 13.6.5), which loads nothing: the
 * suite never replaces a target's data, so without the option the requirement stays not verified (skip).
 */
export const dataSet20Accepted = defineCheck({
  id: 'data.migration-2-0-data-set-accepted',
  title: {
    ja: '2.1版のシステムは2.0版の移行データを取込み可能と判定し（検証のみの取込みによる）、存在しない準拠版は拒否する',
    en: 'A 2.1 system finds a 2.0 data set loadable (by a validation-only import) and refuses an edition that does not exist',
  },
  verifies: ['13.6.6'],
  editions: ['2.1'],
  async run(ctx) {
    if (!ctx.declared.has('13.6.5')) ctx.skip('validation-only import (option 13.6.5) declared: the suite tries a 2.0 data set only by validating it, never by replacing the data');
    const caseworker = requireClient(ctx, 'caseworker');
    const manager = requireClient(ctx, 'manager');
    const faults: Fault[] = [];
    // First make sure validation loads nothing (a small data set must never replace a target's data).
    const { household } = await validatesWithoutLoading(ctx, faults, caseworker, manager);
    if (faults.length > 0) ctx.skip('a validation-only import that loads nothing (13.6.5), to try a 2.0 data set safely');
    const dataSet20 = { formatVersion: '1.0', edition: '2.0', exportedAt: new Date().toISOString(), households: [household] };
    const answer = await send(manager, 'importDataSet', { query: { mode: 'validate' }, body: dataSet20 });
    const step = { ja: '2.0版の移行データの検証', en: 'validating a 2.0 data set' };
    if (answer.status !== 201 || !isObject(answer.body)) fault(faults, step, { ja: `取込み可能と判定されず ${answer.status}`, en: `not found loadable (status ${answer.status})` });
    else {
      const counts = isObject(answer.body.counts) ? answer.body.counts : {};
      if (answer.body.edition !== '2.0' || counts.households !== 1) fault(faults, step, { ja: '準拠版 2.0・世帯数 1 と示されない', en: 'the result does not say edition 2.0 and 1 household' });
    }
    const unknown = await send(manager, 'importDataSet', { query: { mode: 'validate' }, body: { ...dataSet20, edition: '1.9' } });
    expectRefused(faults, unknown, { ja: '準拠版 1.9 の移行データの検証', en: 'validating a data set of edition 1.9' });
    failWith(ctx, { ja: '2.0版の移行データを取り込めない', en: 'A 2.0 data set cannot be loaded' }, faults);
  },
});
