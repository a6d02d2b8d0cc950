import { defineCheck } from '../../../engine/registry.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, caseRecordInput, must, newHousehold } from '../../support/steps.ts';

/** 06.5.1, 06.5.2: a keyword found in the title or in the text, narrowed by household, category and period. */
export const keywordSearch = defineCheck({
  id: 'casework.case-record-keyword-search',
  title: { ja: 'キーワードで件名又は記録内容を検索し、世帯・分類・期間で絞り込める', en: 'Keyword search finds titles and texts and is narrowed by household, category and period' },
  verifies: ['06.5.1', '06.5.2'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const other = await newHousehold(ctx, cw);
    const token = `見本語${Date.now().toString(36)}`;
    const step = { ja: 'ケース記録の登録', en: 'registering an entry' };
    const inBody = await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ recordedOn: '2025-02-01', category: 'visit', title: '家庭訪問', body: `訪問時に${token}について相談を受けた。` }) }, 201, step);
    const inTitle = await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ recordedOn: '2025-03-01', category: 'phone', title: `${token}の件`, body: '電話で状況を聞き取った。' }) }, 201, step);
    await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ recordedOn: '2025-03-02', title: '家庭訪問', body: '特記事項なし。' }) }, 201, step);
    const elsewhere = await must(ctx, cw, 'createCaseRecord', { path: { householdId: other.householdId }, body: caseRecordInput({ recordedOn: '2025-02-15', body: `${token}の確認。` }) }, 201, step);

    const search = (query: Record<string, string>) => allItems(ctx, cw, 'searchCaseRecords', { query: { q: token, ...query } }, { ja: 'ケース記録の検索', en: 'searching entries' });
    const ids = (items: Record<string, unknown>[]) => items.map((i) => String(i.recordId)).sort().join(',');
    const expect = (found: Record<string, unknown>[], wanted: Record<string, unknown>[], what: { ja: string; en: string }) => {
      const want = wanted.map((r) => String(r.recordId)).sort().join(',');
      if (ids(found) !== want) ctx.fail({ ja: `${what.ja}: ${want} ではなく ${ids(found) || 'なし'}`, en: `${what.en}: ${ids(found) || 'none'} instead of ${want}` });
    };
    expect(await search({}), [inBody, inTitle, elsewhere], { ja: 'キーワード（件名又は記録内容）の検索結果', en: 'keyword search (title or text)' });
    expect(await search({ householdId }), [inBody, inTitle], { ja: '世帯で絞り込んだ検索結果', en: 'search narrowed by household' });
    expect(await search({ householdId, category: 'visit' }), [inBody], { ja: '世帯・記録分類で絞り込んだ検索結果', en: 'search narrowed by household and category' });
    expect(await search({ householdId, from: '2025-02-20', to: '2025-03-31' }), [inTitle], { ja: '世帯・期間で絞り込んだ検索結果', en: 'search narrowed by household and period' });
  },
});
