import { defineCheck } from '../../../engine/registry.ts';
import { protectedHousehold } from '../../data/protection.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, caseRecordInput, daysFromToday, must, newHousehold, type Json, type Step } from '../../support/steps.ts';

/** Half-width ASCII letters and digits as their full-width forms (Ａ–Ｚ, ０–９). */
const fullWidth = (text: string) => text.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const sortedIds = (items: Json[], key: string) => items.map((i) => String(i[key])).sort().join(',');

/** 06.5.3: full-/half-width forms and upper/lower case are the same to the keyword search. */
export const keywordSearchFolding = defineCheck({
  id: 'casework.case-record-search-width-and-case',
  title: { ja: 'キーワード検索で全角・半角及び大文字・小文字の違いを同一視する', en: 'Keyword search treats full-/half-width and upper/lower case alike' },
  verifies: ['06.5.3'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const token = `kw${Date.now().toString(36)}`;
    const step = { ja: 'ケース記録の登録', en: 'registering an entry' };
    const wide = await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ body: `${fullWidth(token.toUpperCase())}の申告書を受理した。` }) }, 201, step);
    const narrow = await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ title: `${token}の件`, body: '電話で確認した。' }) }, 201, step);
    const kana = await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ body: `ｹｰｽｶﾝﾘ${token}について記録した。` }) }, 201, step);
    const want = [wide, narrow, kana].map((r) => String(r.recordId)).sort().join(',');
    const tries: [string, string, Step][] = [
      [token, want, { ja: '半角小文字のキーワード', en: 'the half-width lower-case keyword' }],
      [fullWidth(token.toUpperCase()), want, { ja: '全角大文字のキーワード', en: 'the full-width upper-case keyword' }],
      [token.toUpperCase(), want, { ja: '半角大文字のキーワード', en: 'the half-width upper-case keyword' }],
      [`ケースカンリ${token}`, String(kana.recordId), { ja: '全角カタカナを含むキーワード（記録は半角カタカナ）', en: 'a keyword in full-width katakana (the entry has half-width katakana)' }],
    ];
    for (const [q, expected, what] of tries) {
      const got = sortedIds(await allItems(ctx, cw, 'searchCaseRecords', { query: { q, householdId } }, { ja: 'ケース記録の検索', en: 'searching entries' }), 'recordId');
      if (got !== expected) ctx.fail({ ja: `${what.ja}（${q}）の検索結果が ${expected} でなく ${got || 'なし'}`, en: `${what.en} (${q}) finds ${got || 'nothing'} instead of ${expected}` });
    }
  },
});

/** 06.5.4: case records, visits, decisions, plans and approvals of a household on one time line in date order. */
export const householdTimeline = defineCheck({
  id: 'casework.household-timeline',
  title: { ja: '世帯のケース記録・訪問記録・保護の決定・援助方針・決裁を日付の順に一つの時系列で表示できる', en: "A household's entries, visits, decisions, plans and approvals form one time line in date order" },
  verifies: ['06.5.4'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const started = await protectedHousehold(ctx, { startOn: daysFromToday(-60) }, cw);
    const path = { householdId: started.householdId };
    // Registered out of date order, so that an order by registration time shows.
    const record = await must(ctx, cw, 'createCaseRecord', { path, body: caseRecordInput({ recordedOn: daysFromToday(-30) }) }, 201, { ja: 'ケース記録の登録', en: 'registering an entry' });
    const visit = await must(ctx, cw, 'createVisitRecord', { path, body: { visitedOn: daysFromToday(-40), visitKind: 'home', metRecipient: true } }, 201, { ja: '訪問記録の登録', en: 'registering a visit' });
    const plan = await must(ctx, cw, 'createAssistancePlan', { path, body: { establishedOn: daysFromToday(-50), issues: '就労意欲の低下', goal: '就労による自立', measures: '就労支援' } }, 201, { ja: '援助方針の登録', en: 'registering a plan' });
    const approval = await must(ctx, cw, 'requestApproval', { body: { subjectType: 'assistancePlan', subjectId: plan.planId, householdId: started.householdId, title: '援助方針の決裁', route: [{ approverRole: 'supervisor' }] } }, 201, { ja: '起案', en: 'requesting an approval' });
    const expected: [string, unknown][] = [
      ['decision', started.decisionId], ['assistancePlan', plan.planId], ['visitRecord', visit.visitId], ['caseRecord', record.recordId], ['approval', approval.approvalId],
    ];
    const line = await allItems(ctx, cw, 'getCaseTimeline', { path }, { ja: '世帯の時系列表示', en: "the household's time line" });
    const ours = line.filter((e) => expected.some(([type, id]) => e.entryType === type && e.sourceId === id)).map((e) => `${String(e.entryType)}:${String(e.sourceId)}`);
    const want = expected.map(([type, id]) => `${type}:${String(id)}`);
    if (ours.join(',') !== want.join(',')) {
      ctx.fail({ ja: `時系列が決定・援助方針・訪問・ケース記録・決裁を日付の順に並べない（期待 ${want.join(' → ')}、実際 ${ours.join(' → ') || 'なし'}）`, en: `the time line does not give decision, plan, visit, entry and approval in date order (expected ${want.join(' → ')}, got ${ours.join(' → ') || 'none'})` });
    }
    const dates = line.map((e) => String(e.occurredOn));
    if (dates.some((d, i) => i > 0 && d < dates[i - 1]!)) ctx.fail({ ja: '時系列の項目が日付の昇順でない', en: 'the time line is not in ascending date order' });
  },
});

/** 06.5.5: the time line narrowed by kind of item, category and period. */
export const timelineFilters = defineCheck({
  id: 'casework.household-timeline-filters',
  title: { ja: '世帯の時系列表示を項目の種別・記録分類・期間で絞り込める', en: 'The time line is filtered by kind of item, category and period' },
  verifies: ['06.5.5'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const path = { householdId };
    const step = { ja: 'ケース記録の登録', en: 'registering an entry' };
    const home = await must(ctx, cw, 'createCaseRecord', { path, body: caseRecordInput({ recordedOn: daysFromToday(-30), category: 'visit' }) }, 201, step);
    const phone = await must(ctx, cw, 'createCaseRecord', { path, body: caseRecordInput({ recordedOn: daysFromToday(-20), category: 'phone', title: '電話連絡' }) }, 201, step);
    const visit = await must(ctx, cw, 'createVisitRecord', { path, body: { visitedOn: daysFromToday(-25), visitKind: 'home', metRecipient: true } }, 201, { ja: '訪問記録の登録', en: 'registering a visit' });
    const cases: [Record<string, string>, Json[], Step][] = [
      [{ entryType: 'caseRecord' }, [home, phone], { ja: '項目種別（ケース記録）で絞り込んだ時系列', en: 'the time line of case-record entries' }],
      [{ category: 'phone' }, [phone], { ja: '記録分類（電話）で絞り込んだ時系列', en: 'the time line of category phone' }],
      [{ from: daysFromToday(-27), to: daysFromToday(-22) }, [visit], { ja: '期間で絞り込んだ時系列', en: 'the time line of a period' }],
    ];
    for (const [query, wanted, what] of cases) {
      const got = sortedIds(await allItems(ctx, cw, 'getCaseTimeline', { path, query }, what), 'sourceId');
      const want = wanted.map((w) => String(w.recordId ?? w.visitId)).sort().join(',');
      if (got !== want) ctx.fail({ ja: `${what.ja}が ${want} でなく ${got || 'なし'}`, en: `${what.en} gives ${got || 'nothing'} instead of ${want}` });
    }
  },
});
