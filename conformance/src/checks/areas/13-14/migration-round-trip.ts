import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { caseRecordInput, must } from '../../support/steps.ts';
import { householdInput, member, testMyNumber, uniqueSection } from '../../data/fixtures.ts';
import { registerHousehold, type Json } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { canonical } from './audit.ts';
import { expectStatus, fault } from './shared.ts';

/** The same records in any order, compared as written: cheap, and enough when two exports write them alike. */
function sameAsWritten(was: unknown[], now: unknown[]): boolean {
  if (was.length !== now.length) return false;
  const [a, b] = [was.map((r) => JSON.stringify(r)).sort(), now.map((r) => JSON.stringify(r)).sort()];
  return a.every((text, i) => text === b[i]);
}

/**
 * What differs between two data sets apart from exportedAt: top-level items and, per collection, records lost or
 * changed. Records are compared as canonical JSON (RFC 8785), without regard to order — only for a collection whose
 * records, as written, are not simply the same.
 */
export function dataSetDifferences(before: Json, after: Json): string[] {
  const differences: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (key === 'exportedAt' || Array.isArray(before[key]) || Array.isArray(after[key])) continue;
    if (canonical(before[key]) !== canonical(after[key])) differences.push(key);
  }
  for (const key of keys) {
    const [wasList, nowList] = [before[key], after[key]].map((v) => (Array.isArray(v) ? (v as unknown[]) : undefined));
    if ((!wasList && !nowList) || sameAsWritten(wasList ?? [], nowList ?? [])) continue;
    const [was, now] = [(wasList ?? []).map(canonical).sort(), (nowList ?? []).map(canonical).sort()];
    const [wasSet, nowSet] = [new Set(was), new Set(now)];
    const lost = was.filter((r) => !nowSet.has(r)).length;
    const added = now.filter((r) => !wasSet.has(r)).length;
    if (lost > 0 || added > 0) differences.push(`${key} (${lost} lost or changed, ${added} new or changed)`);
  }
  return differences;
}

/**
 * 13.6.2: exporting, importing that data set (mode=replace) and exporting again gives the same data set except
 * exportedAt. It replaces the whole data, so it runs alone after every other check and puts back exactly what was
 * there — when the target round-trips. It first makes sure the export carries what the check registered (a name
 * with 𠮷 and a variation selector, a 個人番号, a case record): an export that leaves data out is never loaded back.
 */
export const migrationRoundTrip = defineCheck({
  id: 'data.migration-round-trip',
  title: {
    ja: '出力した移行データを取り込み、再度出力した移行データは出力日時を除き取込み前と同一となる',
    en: 'A data set exported, imported and exported again is the same except exportedAt',
  },
  verifies: ['13.6.2'],
  exclusive: true,
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const manager = requireClient(ctx, 'manager');
    const faults: Fault[] = [];
    const name = { family: '𠮷田', given: '葛\u{E0100}子', familyKana: 'ヨシダ', givenKana: 'カツコ' };
    const created = await registerHousehold(ctx, caseworker, householdInput(uniqueSection(), { monthlyRent: 41000, members: [member({ name, myNumber: testMyNumber() })] }));
    const householdId = String(created.householdId);
    const entry = await must(ctx, caseworker, 'createCaseRecord', { path: { householdId }, body: caseRecordInput() }, 201, { ja: 'ケース記録の登録', en: 'registering a case record' });

    const step = { ja: '取込み前の移行データの出力（exportDataSet）', en: 'the export before the import (exportDataSet)' };
    const before = await must(ctx, manager, 'exportDataSet', {}, 200, step);
    const mine = Array.isArray(before.households) ? before.households.find((h) => isObject(h) && h.householdId === householdId) : undefined;
    const entries = Array.isArray(before.caseRecords) ? before.caseRecords : [];
    if (!isObject(mine) || canonical((mine.members as Json[] | undefined)?.[0]?.name) !== canonical(name) || !entries.some((e) => isObject(e) && e.recordId === entry.recordId)) {
      ctx.fail({ ja: `${step.ja}に、登録した世帯（氏名を登録したとおりに）又はケース記録が含まれない。データを失わないよう取込みは行わなかった`, en: `${step.en} lacks the household just registered (with its name as registered) or its case record; not imported, so that no data is lost` });
    }

    const imported = await send(manager, 'importDataSet', { query: { mode: 'replace' }, body: before });
    expectStatus(faults, imported, 201, { ja: '出力した移行データの取込み（importDataSet）', en: 'importing the exported data set (importDataSet)' });
    const after = await must(ctx, manager, 'exportDataSet', {}, 200, { ja: '取込み後の移行データの出力', en: 'the export after the import' });
    const differences = dataSetDifferences(before, after);
    if (differences.length > 0) fault(faults, { ja: '取込み後の移行データ', en: 'the data set after the import' }, { ja: `取込み前と異なる: ${differences.slice(0, 5).join('、')}`, en: `differs from the one imported: ${differences.slice(0, 5).join('; ')}` });
    const read = await send(caseworker, 'getHousehold', { path: { householdId } });
    if (read.status !== 200) fault(faults, { ja: '取込み後の世帯の照会', en: 'reading the household after the import' }, { ja: `200 でなく ${read.status}`, en: `status ${read.status}, not 200` });
    failWith(ctx, { ja: '移行データの出力・取込み・出力が同一とならない', en: 'Export, import and export again do not give the same data set' }, faults);
  },
});
