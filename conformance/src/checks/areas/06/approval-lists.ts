import { defineCheck } from '../../../engine/registry.ts';
import { requireClient } from '../../support/roles.ts';
import { must, mustRefuse, newHousehold, type Step } from '../../support/steps.ts';
import { approvalIds, approvalInput, entryBy, idsOf, requestOf } from './approval-support.ts';

const SUPERVISOR_FIRST = [{ approverRole: 'supervisor' }, { approverRole: 'manager' }];
const MANAGER_ONLY = [{ approverRole: 'manager' }];

/** 06.4.11: actionable=true lists exactly the approvals whose current step the caller may act on. */
export const workList = defineCheck({
  id: 'casework.approval-work-list',
  title: { ja: '職員は自らが処理すべき回付中の決裁を一覧できる', en: 'A member of staff lists the approvals waiting for them' },
  verifies: ['06.4.11'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const sv = requireClient(ctx, 'supervisor');
    const mg = requireClient(ctx, 'manager');
    const { householdId } = await newHousehold(ctx, cw);
    const step = { ja: '起案', en: 'requesting an approval' };
    const first = await requestOf(ctx, cw, approvalInput(householdId, await entryBy(ctx, cw, householdId, '査察指導員から回付'), SUPERVISOR_FIRST), step);
    const direct = await requestOf(ctx, cw, approvalInput(householdId, await entryBy(ctx, cw, householdId, '課長のみ'), MANAGER_ONLY), step);
    const waiting = (client: typeof cw, who: Step) => approvalIds(ctx, client, { householdId, actionable: true }, { ja: `${who.ja}の決裁待ち一覧`, en: `the work list of the ${who.en}` });
    const expect = (got: string, want: string, who: Step, when: Step) => {
      if (got !== want) ctx.fail({ ja: `${when.ja}、${who.ja}の決裁待ち一覧が ${want || 'なし'} でなく ${got || 'なし'}`, en: `${when.en}, the ${who.en}'s work list is ${got || 'empty'} instead of ${want || 'empty'}` });
    };
    const SV = { ja: '査察指導員', en: 'supervisor' };
    const MG = { ja: '課長', en: 'manager' };
    const before = { ja: '第1段の承認前', en: 'before step 1 is approved' };
    expect(await waiting(sv, SV), idsOf(first), SV, before);
    expect(await waiting(mg, MG), idsOf(direct), MG, before);
    expect(await waiting(cw, { ja: '起案者', en: 'requester' }), '', { ja: '起案者', en: 'requester' }, before);

    await must(ctx, sv, 'approveApproval', { path: { approvalId: String(first.approvalId) }, body: { comment: '第1段承認' } }, 200, { ja: '第1段（査察指導員）の承認', en: 'approving step 1 (supervisor)' });
    const after = { ja: '第1段の承認後', en: 'after step 1 is approved' };
    expect(await waiting(sv, SV), '', SV, after);
    expect(await waiting(mg, MG), idsOf(first, direct), MG, after);
  },
});

/** 06.4.12: approvals listed by status, kind of item and household. */
export const listFilters = defineCheck({
  id: 'casework.approval-list-filters',
  title: { ja: '決裁を決裁状況・決裁対象の種別・世帯で絞り込んで一覧できる', en: 'Approvals are listed by status, kind of item and household' },
  verifies: ['06.4.12'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const sv = requireClient(ctx, 'supervisor');
    const { householdId } = await newHousehold(ctx, cw);
    const other = await newHousehold(ctx, cw);
    const step = { ja: '起案', en: 'requesting an approval' };
    const ofPlan = await requestOf(ctx, cw, approvalInput(householdId, await entryBy(ctx, cw, householdId, '決裁済とする方針'), [{ approverRole: 'supervisor' }]), step);
    await must(ctx, sv, 'approveApproval', { path: { approvalId: String(ofPlan.approvalId) }, body: { comment: '承認' } }, 200, { ja: '承認', en: 'approving' });
    const visitPlan = await must(ctx, cw, 'createVisitPlan', { path: { householdId }, body: { validFrom: '2025-04-01', intervalMonths: 3 } }, 201, { ja: '訪問計画の登録', en: 'registering a visit plan' });
    const ofVisitPlan = await requestOf(ctx, cw, { subjectType: 'visitPlan', subjectId: visitPlan.visitPlanId, householdId, title: '訪問計画の決裁', route: [{ approverRole: 'supervisor' }] }, step);
    await requestOf(ctx, cw, approvalInput(other.householdId, await entryBy(ctx, cw, other.householdId, '他の世帯'), [{ approverRole: 'supervisor' }]), step);

    const cases: [Record<string, string>, string, Step][] = [
      [{ householdId }, idsOf(ofPlan, ofVisitPlan), { ja: '世帯で絞り込んだ一覧', en: 'listing by household' }],
      [{ householdId, status: 'approved' }, idsOf(ofPlan), { ja: '世帯・決裁状況（決裁済）で絞り込んだ一覧', en: 'listing by household and status approved' }],
      [{ householdId, status: 'requested' }, idsOf(ofVisitPlan), { ja: '世帯・決裁状況（起案）で絞り込んだ一覧', en: 'listing by household and status requested' }],
      [{ householdId, subjectType: 'visitPlan' }, idsOf(ofVisitPlan), { ja: '世帯・決裁対象の種別（訪問計画）で絞り込んだ一覧', en: 'listing by household and kind visitPlan' }],
    ];
    for (const [query, want, what] of cases) {
      const got = await approvalIds(ctx, cw, query, what);
      if (got !== want) ctx.fail({ ja: `${what.ja}が ${want} でなく ${got || 'なし'}`, en: `${what.en} gives ${got || 'nothing'} instead of ${want}` });
    }
  },
});

/** 06.4.13: a second request for an item with an open approval is a state conflict (409); after send-back it is accepted. */
export const oneOpenApproval = defineCheck({
  id: 'casework.approval-one-open-per-item',
  title: { ja: '起案又は回付中の決裁がある決裁対象への重ねての起案は状態の矛盾として拒否される', en: 'A second request for an item with an open approval is refused as a state conflict' },
  verifies: ['06.4.13'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const sv = requireClient(ctx, 'supervisor');
    const { householdId } = await newHousehold(ctx, cw);
    const entry = await entryBy(ctx, cw, householdId, '重複起案の確認');
    const body = approvalInput(householdId, entry, SUPERVISOR_FIRST);
    const first = await requestOf(ctx, cw, body, { ja: '最初の起案', en: 'the first request' });
    await mustRefuse(ctx, cw, 'requestApproval', { body }, { ja: '起案中の決裁がある決裁対象への重ねての起案', en: 'a second request while one is requested' }, [409]);
    await must(ctx, sv, 'approveApproval', { path: { approvalId: String(first.approvalId) }, body: { comment: '第1段承認' } }, 200, { ja: '第1段の承認', en: 'approving step 1' });
    await mustRefuse(ctx, cw, 'requestApproval', { body }, { ja: '回付中の決裁がある決裁対象への重ねての起案', en: 'a second request while one is in progress' }, [409]);
    const open = await approvalIds(ctx, cw, { householdId, subjectId: String(entry.planId) }, { ja: '決裁対象の決裁の一覧', en: "listing the item's approvals" });
    if (open !== idsOf(first)) ctx.fail({ ja: `拒否された起案が決裁として残った（${open}）`, en: `a refused request was kept as an approval (${open})` });
    const mg = requireClient(ctx, 'manager');
    await must(ctx, mg, 'rejectApproval', { path: { approvalId: String(first.approvalId) }, body: { comment: '再検討のため差し戻す。' } }, 200, { ja: '第2段での差戻し', en: 'sending back at step 2' });
    await requestOf(ctx, cw, body, { ja: '差戻し後の再起案', en: 'a new request after the send-back' });
  },
});

/** 06.4.14: a request for an item that does not exist, or of another household, is refused and leaves nothing. */
export const subjectMustExist = defineCheck({
  id: 'casework.approval-subject-must-exist',
  title: { ja: '存在しない決裁対象又は他の世帯の決裁対象を指定した起案は拒否される', en: 'A request naming an unknown item or an item of another household is refused' },
  verifies: ['06.4.14'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { householdId } = await newHousehold(ctx, cw);
    const other = await newHousehold(ctx, cw);
    const route = [{ approverRole: 'supervisor' }];
    const ghost = { planId: `no-such-plan-${Date.now().toString(36)}`, title: '存在しない方針' };
    await mustRefuse(ctx, cw, 'requestApproval', { body: approvalInput(householdId, ghost, route) }, { ja: '存在しない援助方針を決裁対象とする起案', en: 'a request for a plan that does not exist' });
    const theirs = await entryBy(ctx, cw, other.householdId, '他の世帯の方針');
    await mustRefuse(ctx, cw, 'requestApproval', { body: approvalInput(householdId, theirs, route) }, { ja: '他の世帯の援助方針を決裁対象とする起案', en: "a request for another household's plan" });
    const left = await approvalIds(ctx, cw, { householdId }, { ja: '世帯の決裁の一覧', en: "listing the household's approvals" });
    if (left !== '') ctx.fail({ ja: `拒否された起案が決裁として残った（${left}）`, en: `refused requests were kept as approvals (${left})` });
    const ours = await entryBy(ctx, cw, householdId, '当該世帯の方針');
    await requestOf(ctx, cw, approvalInput(householdId, ours, route), { ja: '当該世帯の援助方針を決裁対象とする起案', en: "a request for the household's own plan" });
  },
});
