import { defineCheck } from '../../../engine/registry.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { protectedHousehold } from '../../data/protection.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems } from '../../support/steps.ts';
import { APPLIED_ON, caseBody, decide, expectEqual, startBody, step } from './cases.ts';

/**
 * 03.6.9 (2.1, option): the notices of a notice-date range and a section (係) come out in one request
 * (listDecisionNotices). Two households in sections of their own are started on APPLIED_ON (2025-04-01); the first
 * is also changed on 04-20 and 05-10. April in the first section gives its start and its April change only — not
 * the May change, nor the other section's start of the same day.
 */
export const noticesInBulk = defineCheck({
  id: 'decision.notices-output-in-bulk',
  title: { ja: '通知日の範囲と係を指定して、該当する決定通知書を一括して出力できる', en: 'The decision notices of a notice-date range and a section are output in bulk' },
  verifies: ['03.6.9'],
  editions: ['2.1'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const options = { startOn: APPLIED_ON, decision: startBody(APPLIED_ON) };
    const mine = await protectedHousehold(ctx, options, client);
    await protectedHousehold(ctx, options, client);
    const april = await decide(ctx, client, 'createCaseDecision', { householdId: mine.householdId }, caseBody('change', '2025-04-20'), step('4月の変更決定', 'the April change'));
    await decide(ctx, client, 'createCaseDecision', { householdId: mine.householdId }, caseBody('change', '2025-05-10'), step('5月の変更決定', 'the May change'));
    const notices = await allItems(ctx, client, 'listDecisionNotices', { query: { notifiedFrom: '2025-04-01', notifiedTo: '2025-04-30', section: mine.section } },
      step('決定通知書の一括出力（listDecisionNotices）', 'the notices in bulk (listDecisionNotices)'), 5);
    const ids = notices.map((n) => String(n.decisionId)).sort();
    expectEqual(ids, [mine.decisionId, String(april.decisionId)].sort(), step('4月・当該係の決定通知書（開始と4月の変更のみ）', 'the notices of April in the section (the start and the April change only)'), faults);
    const untitled = notices.filter((n) => typeof n.noticeTitle !== 'string' || n.noticeTitle === '' || n.issuedOn === undefined);
    if (untitled.length > 0) faults.push(step(`通知書名又は通知日のない決定通知書がある（${untitled.length} 件）`, `${untitled.length} notices lack their title or date`));
    failWith(ctx, step('決定通知書の一括出力', 'Decision notices in bulk'), faults);
  },
});
