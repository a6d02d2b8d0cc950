import { defineCheck } from '../../../engine/registry.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, caseRecordInput, must, mustRefuse, newHousehold } from '../../support/steps.ts';

/** 06.1.7: an entry can name members of its household only; a member of another household is refused. */
export const caseRecordMembers = defineCheck({
  id: 'casework.case-record-members-of-household',
  title: { ja: 'ケース記録の関係世帯員には当該世帯の世帯員のみを指定できる', en: 'A case-record entry names members of its own household only' },
  verifies: ['06.1.7'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId, memberId } = await newHousehold(ctx, cw);
    const other = await newHousehold(ctx, cw);
    const path = { householdId };
    await mustRefuse(ctx, cw, 'createCaseRecord', { path, body: caseRecordInput({ memberIds: [other.memberId] }) }, { ja: '他の世帯の世帯員を関係世帯員とするケース記録', en: 'an entry naming a member of another household' });
    await mustRefuse(ctx, cw, 'createCaseRecord', { path, body: caseRecordInput({ memberIds: [memberId, other.memberId] }) }, { ja: '当該世帯と他の世帯の世帯員を関係世帯員とするケース記録', en: 'an entry naming a member of the household and one of another household' });
    const created = await must(ctx, cw, 'createCaseRecord', { path, body: caseRecordInput({ memberIds: [memberId] }) }, 201, { ja: '当該世帯の世帯員を関係世帯員とするケース記録の登録', en: "registering an entry naming the household's member" });
    const read = await must(ctx, cw, 'getCaseRecord', { path: { recordId: String(created.recordId) } }, 200, { ja: 'ケース記録の照会', en: 'reading the entry' });
    if (JSON.stringify(read.memberIds) !== JSON.stringify([memberId])) {
      ctx.fail({ ja: `関係世帯員が保持されていない（${JSON.stringify(read.memberIds)}）`, en: `the members of the entry are not kept (${JSON.stringify(read.memberIds)})` });
    }
    const all = await allItems(ctx, cw, 'listCaseRecords', { path }, { ja: 'ケース記録の一覧', en: 'listing entries' });
    if (all.length !== 1) ctx.fail({ ja: `拒否されたケース記録が登録されている（${all.length} 件）`, en: `refused entries were registered (${all.length} entries)` });
  },
});

/** 06.1.8: a correction is a new entry naming the one it corrects, which stays as it was; another household's entry is refused. */
export const caseRecordCorrection = defineCheck({
  id: 'casework.case-record-correction-as-new-entry',
  title: { ja: 'ケース記録の訂正は訂正元を参照する新たな記録として登録され、訂正元はそのまま残る', en: 'A correction is a new entry referring to the original, which stays as it was' },
  verifies: ['06.1.8'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const other = await newHousehold(ctx, cw);
    const path = { householdId };
    const originalInput = caseRecordInput({ recordedOn: '2025-04-01', title: '家庭訪問', body: '訪問日に長男が同居していると聴取した。' });
    const original = await must(ctx, cw, 'createCaseRecord', { path, body: originalInput }, 201, { ja: '訂正元のケース記録の登録', en: 'registering the original entry' });
    const originalId = String(original.recordId);
    const theirs = await must(ctx, cw, 'createCaseRecord', { path: { householdId: other.householdId }, body: caseRecordInput() }, 201, { ja: '他の世帯のケース記録の登録', en: "registering another household's entry" });
    await mustRefuse(ctx, cw, 'createCaseRecord', { path, body: caseRecordInput({ correctsRecordId: theirs.recordId }) }, { ja: '他の世帯のケース記録を訂正元とする訂正', en: "a correction of another household's entry" });

    const correctionInput = caseRecordInput({ recordedOn: '2025-04-05', title: '訂正（4月1日の家庭訪問）', body: '同居しているのは長男ではなく次男である。', correctsRecordId: originalId });
    const correction = await must(ctx, cw, 'createCaseRecord', { path, body: correctionInput }, 201, { ja: '訂正元を参照する訂正記録の登録', en: 'registering the correction' });
    if (correction.recordId === originalId || correction.correctsRecordId !== originalId) {
      ctx.fail({ ja: `訂正が訂正元（${originalId}）を参照する新たな記録として登録されない（記録番号 ${String(correction.recordId)}、訂正元 ${String(correction.correctsRecordId)}）`, en: `the correction is not a new entry referring to ${originalId} (id ${String(correction.recordId)}, correctsRecordId ${String(correction.correctsRecordId)})` });
    }
    const after = await must(ctx, cw, 'getCaseRecord', { path: { recordId: originalId } }, 200, { ja: '訂正元のケース記録の照会', en: 'reading the original entry' });
    const same = (['recordedOn', 'category', 'title', 'body', 'recordedBy', 'recordedAt'] as const).every((k) => after[k] === original[k]) && after.correctsRecordId === undefined;
    if (!same) ctx.fail({ ja: '訂正の後、訂正元のケース記録が登録時のままでない', en: 'after the correction the original entry is no longer as registered' });
    const listed = (await allItems(ctx, cw, 'listCaseRecords', { path }, { ja: 'ケース記録の一覧', en: 'listing entries' })).map((r) => String(r.recordId)).join(',');
    if (listed !== `${originalId},${String(correction.recordId)}`) {
      ctx.fail({ ja: `一覧に訂正元と訂正記録の2件が残らない（${listed}）`, en: `the list does not keep both the original and the correction (${listed})` });
    }
  },
});
