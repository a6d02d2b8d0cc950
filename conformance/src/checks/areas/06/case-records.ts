import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, caseRecordInput, mustRefuse, must, newHousehold } from '../../support/steps.ts';

type RawRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<{ response: Response }>;

/** 06.1.9, 06.1.6: no operation (a correction included) changes or deletes a registered entry; any member of staff reads it back by its number as registered. */
export const caseRecordImmutable = defineCheck({
  id: 'casework.case-record-immutable',
  title: { ja: '登録済みのケース記録は変更も削除もできない', en: 'A registered case-record entry cannot be changed or deleted' },
  verifies: ['06.1.9', '06.1.6'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const input = caseRecordInput({ title: '改変禁止の確認', body: '当初の記録内容' });
    const created = await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: input }, 201, { ja: 'ケース記録の登録', en: 'registering an entry' });
    const recordId = String(created.recordId);
    const before = await must(ctx, cw, 'getCaseRecord', { path: { recordId } }, 200, { ja: 'ケース記録の照会', en: 'reading the entry' });
    if (before.recordId !== created.recordId || before.title !== input.title || before.body !== input.body) {
      ctx.fail({ ja: `記録番号 ${recordId} で照会したケース記録が登録した記録と異なる`, en: `the entry read by its number ${recordId} is not the one registered` });
    }
    const bySupervisor = await must(ctx, requireClient(ctx, 'supervisor'), 'getCaseRecord', { path: { recordId } }, 200, { ja: '他の職員（査察指導員）によるケース記録の照会', en: 'reading the entry as another member of staff (supervisor)' });
    if (bySupervisor.recordId !== created.recordId || bySupervisor.title !== input.title || bySupervisor.body !== input.body) {
      ctx.fail({ ja: `査察指導員が記録番号 ${recordId} で照会したケース記録が登録した記録と異なる`, en: `the entry read by the supervisor by its number ${recordId} is not the one registered` });
    }
    // A correction is a new entry (06.1.8): registering one must leave the original as it was.
    await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ title: '訂正', body: '訂正後の記録内容', correctsRecordId: recordId }) }, 201, { ja: '訂正記録の登録', en: 'registering a correction' });
    const request = (cw as unknown as { request: RawRequest }).request;
    const changed = { ...input, title: '改変後の件名', body: '改変後の記録内容' };
    const accepted: string[] = [];
    for (const url of [`/case-records/${recordId}`, `/households/${householdId}/case-records/${recordId}`]) {
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        const { response } = await request(method, url, { ...(method !== 'DELETE' && { body: method === 'PATCH' ? { title: changed.title, body: changed.body } : changed }), headers: { 'if-match': '*' }, parseAs: 'text' });
        if (response.ok) accepted.push(`${method} ${url} → ${response.status}`);
      }
    }
    const after = await send(cw, 'getCaseRecord', { path: { recordId } });
    const same = after.status === 200 && isObject(after.body) && (['title', 'body', 'category', 'recordedOn', 'recordedBy', 'recordedAt'] as const).every((k) => JSON.stringify((after.body as Record<string, unknown>)[k]) === JSON.stringify(before[k]));
    if (accepted.length > 0 || !same) {
      ctx.fail({
        ja: `登録済みのケース記録が変更又は削除できた（${accepted.join('、') || '読み直した記録が異なる'}）`,
        en: `a registered case-record entry could be changed or deleted (${accepted.join('; ') || 'the entry read back differs'})`,
      });
    }
  },
});

/** 06.1.1–06.1.5: registration, closed categories, author and time stamp, ascending order, filters. */
export const caseRecordRegisterAndList = defineCheck({
  id: 'casework.case-record-register-and-list',
  title: { ja: 'ケース記録を登録し、記録日順に一覧し、分類・期間で絞り込める', en: 'Case-record entries are registered, listed by date and filtered by category and period' },
  verifies: ['06.1.1', '06.1.2', '06.1.3', '06.1.4', '06.1.5'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const sv = requireClient(ctx, 'supervisor');
    const { householdId } = await newHousehold(ctx, cw);
    const step = { ja: 'ケース記録の登録', en: 'registering an entry' };
    const a = await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ recordedOn: '2025-05-10', category: 'visit' }) }, 201, step);
    const b = await must(ctx, sv, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ recordedOn: '2025-03-05', category: 'phone', title: '電話連絡' }) }, 201, step);
    const c = await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ recordedOn: '2025-04-20', category: 'interview', title: '来所面接' }) }, 201, step);
    await mustRefuse(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ category: 'no-such-category' }) }, { ja: '記録分類コード表にない記録分類', en: 'a category outside the code list' });

    // 06.1.3: the author is the authenticated member of staff, the time stamp set by the system.
    for (const r of [a, b, c]) {
      if (typeof r.recordedBy !== 'string' || r.recordedBy === '' || typeof r.recordedAt !== 'string' || Number.isNaN(Date.parse(r.recordedAt))) {
        ctx.fail({ ja: '登録したケース記録に記録者又は記録日時がない', en: 'a registered entry has no author or time stamp' });
      }
    }
    if (a.recordedBy !== c.recordedBy || a.recordedBy === b.recordedBy) {
      ctx.fail({
        ja: `記録者が認証された職員になっていない（地区担当員: ${String(a.recordedBy)}・${String(c.recordedBy)}、査察指導員: ${String(b.recordedBy)}）`,
        en: `the author is not the authenticated member of staff (case worker: ${String(a.recordedBy)}, ${String(c.recordedBy)}; supervisor: ${String(b.recordedBy)})`,
      });
    }

    const list = (query: Record<string, string> = {}) => allItems(ctx, cw, 'listCaseRecords', { path: { householdId }, query }, { ja: 'ケース記録の一覧', en: 'listing entries' });
    const ids = (items: Record<string, unknown>[]) => items.map((i) => String(i.recordId)).join(',');
    const all = await list();
    const expected = [b, c, a].map((r) => String(r.recordId)).join(',');
    if (ids(all) !== expected) {
      ctx.fail({ ja: `一覧が記録日の順（${expected}）でない: ${ids(all)}`, en: `the list is not in recordedOn order (${expected}): ${ids(all)}` });
    }
    const byCategory = await list({ category: 'phone' });
    if (ids(byCategory) !== String(b.recordId)) {
      ctx.fail({ ja: `記録分類（phone）で絞り込めない: ${ids(byCategory)}`, en: `filtering by category (phone) fails: ${ids(byCategory)}` });
    }
    const byPeriod = await list({ from: '2025-04-01', to: '2025-04-30' });
    if (ids(byPeriod) !== String(c.recordId)) {
      ctx.fail({ ja: `記録日の期間（2025-04）で絞り込めない: ${ids(byPeriod)}`, en: `filtering by period (2025-04) fails: ${ids(byPeriod)}` });
    }
  },
});
