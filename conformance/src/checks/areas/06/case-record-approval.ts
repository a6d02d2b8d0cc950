import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, caseRecordInput, must, newHousehold, type Json } from '../../support/steps.ts';
import { readApproval, requestOf } from './approval-support.ts';

/** A case-record entry by the case worker, submitted for approval by a supervisor (2.1); with both clients. */
async function entryUnderApproval(ctx: CheckContext, title: string) {
  const cw = requireClient(ctx, 'caseworker');
  const sv = requireClient(ctx, 'supervisor');
  const { householdId } = await newHousehold(ctx, cw);
  const entry = await must(ctx, cw, 'createCaseRecord', { path: { householdId }, body: caseRecordInput({ title }) }, 201, { ja: 'ケース記録の登録', en: 'registering an entry' });
  const recordId = String(entry.recordId);
  const approval = await requestOf(ctx, cw, { subjectType: 'caseRecord', subjectId: recordId, householdId, title: `ケース記録の決裁（${title}）`, route: [{ approverRole: 'supervisor' }] },
    { ja: 'ケース記録を決裁対象とする起案', en: 'requesting approval of a case-record entry' });
  return { cw, sv, householdId, recordId, approvalId: String(approval.approvalId), approval };
}

/** 06.4.15: a case-record entry is requested for approval and approved along its route. */
export const caseRecordApproval = defineCheck({
  id: 'casework.case-record-electronic-approval',
  title: { ja: 'ケース記録を決裁対象として起案し、決裁ルートにより電子的に決裁できる', en: 'A case-record entry is approved electronically along a route' },
  verifies: ['06.4.15'],
  editions: ['2.1'],
  async run(ctx) {
    const { cw, sv, recordId, approvalId, approval } = await entryUnderApproval(ctx, '電子決裁の確認');
    if (approval.subjectType !== 'caseRecord' || approval.subjectId !== recordId) {
      ctx.fail({ ja: `起案した決裁の決裁対象がケース記録 ${recordId} でない（${String(approval.subjectType)} ${String(approval.subjectId)}）`, en: `the approval is not of entry ${recordId} (${String(approval.subjectType)} ${String(approval.subjectId)})` });
    }
    await must(ctx, sv, 'approveApproval', { path: { approvalId }, body: { comment: '確認した。' } }, 200, { ja: '査察指導員によるケース記録の決裁', en: 'the supervisor approving the entry' });
    const read = await readApproval(ctx, cw, approvalId);
    if (read.status !== 'approved') ctx.fail({ ja: `ケース記録の決裁が決裁済（approved）でなく ${String(read.status)}`, en: `the approval of the entry is ${String(read.status)}, not approved` });
  },
});

/** 06.4.16: the entry shows its approval status when read and when listed, following the approval. */
export const caseRecordShowsApproval = defineCheck({
  id: 'casework.case-record-shows-approval-status',
  title: { ja: 'ケース記録の照会及び一覧に当該記録の決裁状況が表示される', en: 'A case-record entry shows its approval status when read and listed' },
  verifies: ['06.4.16'],
  editions: ['2.1'],
  async run(ctx) {
    const { cw, sv, householdId, recordId, approvalId } = await entryUnderApproval(ctx, '決裁状況の表示');
    const shown = async (expected: string) => {
      const read = await must(ctx, cw, 'getCaseRecord', { path: { recordId } }, 200, { ja: 'ケース記録の照会', en: 'reading the entry' });
      const listed = (await allItems(ctx, cw, 'listCaseRecords', { path: { householdId } }, { ja: 'ケース記録の一覧', en: 'listing entries' })).find((r) => r.recordId === recordId) ?? ({} as Json);
      for (const [where, entry] of [['照会', read], ['一覧', listed]] as const) {
        if (entry.approvalStatus !== expected) {
          ctx.fail({ ja: `ケース記録の${where}で決裁状況が ${expected} でなく ${String(entry.approvalStatus)}`, en: `the entry ${where === '照会' ? 'read' : 'listed'} shows approval status ${String(entry.approvalStatus)}, not ${expected}` });
        }
      }
    };
    await shown('requested');
    await must(ctx, sv, 'approveApproval', { path: { approvalId }, body: { comment: '確認した。' } }, 200, { ja: 'ケース記録の決裁', en: 'approving the entry' });
    await shown('approved');
  },
});
