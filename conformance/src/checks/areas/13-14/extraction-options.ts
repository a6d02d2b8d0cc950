import { codeLists } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { registerHousehold } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { expectRecords, extract } from './extraction.ts';

const nameOf = (list: keyof typeof codeLists, code: string) => (codeLists[list].codes as Record<string, { ja: string }>)[code]?.ja;

/** 13.5.5 (option): with codeValues=label the coded items carry their names from the code lists; with code, the codes. */
export const extractionCodeNames = defineCheck({
  id: 'data.extraction-code-values-as-names',
  title: {
    ja: '抽出でコード値を名称で出力するよう指定すると、コード表の名称が出力され、コードを指定するとコードが出力される',
    en: 'With code values as names an extraction outputs the names of the code lists; with codes, the codes',
  },
  verifies: ['13.5.5'],
  editions: ['2.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const created = await registerHousehold(ctx, client, householdInput(section, { grade: '2-1', winterRegion: 'III', members: [member({ sex: '2', relationship: '01' })] }));
    const items = ['household-id', 'grade', 'winter-region', 'sex', 'relationship'];
    const codes = ['2-1', 'III', '2', '01'];
    const names = [nameOf('kyuchi', '2-1'), nameOf('winterRegion', 'III'), nameOf('sex', '2'), nameOf('relationship', '01')].map(String);
    const id = String(created.householdId);
    const asNames = await extract(ctx, client, { unit: 'household', items, header: 'code', codeValues: 'label', sections: [section] });
    expectRecords(faults, { ja: '名称での出力', en: 'output as names' }, asNames, [[id, ...names]]);
    const asCodes = await extract(ctx, client, { unit: 'household', items, header: 'code', codeValues: 'code', sections: [section] });
    expectRecords(faults, { ja: 'コードでの出力', en: 'output as codes' }, asCodes, [[id, ...codes]]);
    failWith(ctx, { ja: 'コード値の名称での出力が正しくない', en: 'Code values are not output as names correctly' }, faults);
  },
});

/** 13.5.6 (option): protection status and household type narrow an extraction to the matching households. */
export const extractionByStatusAndType = defineCheck({
  id: 'data.extraction-by-status-and-type',
  title: {
    ja: '保護状態・世帯類型を抽出条件に加えると、該当する世帯のみが出力される',
    en: 'Adding protection status or household type to the conditions narrows the extraction to the matching households',
  },
  verifies: ['13.5.6'],
  editions: ['2.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const created = await registerHousehold(ctx, client, householdInput(section));
    const id = String(created.householdId);
    const status = String(created.protectionStatus ?? 'none');
    const otherStatuses = Object.keys(codeLists.protectionStatus.codes).filter((s) => s !== status);
    const base = { unit: 'household', items: ['household-id'], header: 'code', sections: [section] };
    expectRecords(faults, { ja: `保護状態 ${status} による抽出`, en: `by protection status ${status}` }, await extract(ctx, client, { ...base, protectionStatuses: [status] }), [[id]]);
    expectRecords(faults, { ja: '他の保護状態による抽出', en: 'by the other protection statuses' }, await extract(ctx, client, { ...base, protectionStatuses: otherStatuses }), []);
    const type = created.householdType;
    if (typeof type === 'string') {
      const otherTypes = Object.keys(codeLists.householdType.codes).filter((t) => t !== type);
      expectRecords(faults, { ja: `世帯類型 ${type} による抽出`, en: `by household type ${type}` }, await extract(ctx, client, { ...base, householdTypes: [type] }), [[id]]);
      expectRecords(faults, { ja: '他の世帯類型による抽出', en: 'by the other household types' }, await extract(ctx, client, { ...base, householdTypes: otherTypes }), []);
    }
    failWith(ctx, { ja: '保護状態・世帯類型による抽出が正しくない', en: 'Extraction by protection status or household type is not correct' }, faults);
    if (typeof type !== 'string') ctx.skip('householdType of the registered household (createHousehold answered none)');
  },
});
