import { defineCheck } from '../../../engine/registry.ts';
import type { HogoClient, Edition } from '@hogo-kit/sdk';
import { send, type Answer } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import type { Json } from '../../data/households.ts';
import {
  APPLIED_ON, caseBody, decide, decisionsOf, expectEqual, expectRefused, newApplication, newHousehold, plusDays,
  protectedHousehold, readDecision, readHousehold, startBody, step,
} from './cases.ts';
import { exOfficioBody } from './ex-officio-transfer.ts';

/** The body without reasons, or with reasons that are empty or only blanks. */
const withoutReasons = (body: Json): [string, Json][] => {
  const { reasonText: _dropped, ...rest } = body;
  return [['理由なし / no reasonText', rest], ['空の理由 / empty reasonText', { ...body, reasonText: '' }], ['空白のみの理由 / blank reasonText', { ...body, reasonText: '   ' }]];
};

/**
 * 03.5.2 (prohibited): no operation that registers a decision accepts one without reasons; nothing changes; a
 * decision registered with reasons keeps them.
 */
export const reasonsRequired = defineCheck({
  id: 'decision.reasons-required',
  title: {
    ja: '理由のない決定（開始・却下・職権開始・変更・停止・廃止・移管）は登録できず、決定も世帯も変わらない',
    en: 'No decision (start, rejection, ex-officio start, change, suspension, discontinuation, transfer) is registered without reasons; nothing changes',
  },
  verifies: ['03.5.2'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const fresh = await newHousehold(ctx, client);
    const applicationId = await newApplication(ctx, client, fresh);
    const { householdId } = await protectedHousehold(ctx, client);
    const on = plusDays(APPLIED_ON, 10);
    const attempts: [string, string, Record<string, string>, string, Json][] = [
      ['decideApplication', '開始', { applicationId }, fresh, startBody(on)],
      ['decideApplication', '却下', { applicationId }, fresh, { type: 'reject', decidedOn: on, reasonText: 'x', rejectionReason: '01' }],
      ['startExOfficio', '職権開始', { householdId: fresh }, fresh, exOfficioBody(on)],
      ['createCaseDecision', '変更', { householdId }, householdId, caseBody('change', on)],
      ['createCaseDecision', '停止', { householdId }, householdId, caseBody('suspend', on)],
      ['createCaseDecision', '廃止', { householdId }, householdId, caseBody('discontinue', on)],
      ['transferCase', '移管', { householdId }, householdId, { destinationLgCode: '011002', movedOn: on, decidedOn: on, effectiveOn: on, reasonText: 'x' }],
    ];
    const snapshot = async (id: string) => ({ household: await readHousehold(ctx, client, id), decisions: await decisionsOf(ctx, client, id) });
    for (const [operationId, label, path, owner, body] of attempts) {
      const before = await snapshot(owner);
      for (const [variant, bad] of withoutReasons(body)) {
        expectRefused(await sendAs(client, operationId, path, bad), step(`${label}の決定（${variant}）`, `the ${operationId} ${label} decision (${variant})`), faults);
      }
      expectEqual(await snapshot(owner), before, step(`理由のない${label}の決定の後の世帯と決定`, `the household and decisions after the ${label} decisions without reasons`), faults);
    }
    // With reasons the same start is registered (the refusals above were about the reasons).
    const accepted = await send(client, 'decideApplication', { path: { applicationId }, body: startBody(on) });
    if (accepted.status !== 201) faults.push(step(`理由のある開始決定が 201 でなく ${accepted.status}`, `the start with reasons answered ${accepted.status}, not 201`));
    // A decision registered with its reasons keeps them: one stored without them is a decision without reasons.
    else expectEqual((await readDecision(ctx, client, String((accepted.body as Json).decisionId))).reasonText, startBody(on).reasonText, step('登録した開始決定の照会した reasonText', 'the reasonText of the registered start as read'), faults);
    failWith(ctx, step('理由のない決定を登録できる', 'Decisions without reasons can be registered'), faults);
  },
});

const sendAs = (client: HogoClient<Edition>, operationId: string, path: Record<string, string>, body: Json): Promise<Answer> => send(client, operationId, { path, body });

type RawRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<{ response: Response }>;

/** 03.5.6 (prohibited) / 03.5.7: a decision is never edited — PUT, PATCH and DELETE refused; a change is a new decision. */
export const neverEdited = defineCheck({
  id: 'decision.never-edited',
  title: {
    ja: '登録した決定は更新・削除できず（PUT・PATCH・DELETE は拒否され内容は変わらない）、変更は前の決定を参照する新たな決定として記録される',
    en: 'A registered decision is never edited (PUT, PATCH and DELETE refused, content unchanged); a change is a new decision referring to the previous one',
  },
  verifies: ['03.5.6', '03.5.7'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId, start } = await protectedHousehold(ctx, client);
    const decisionId = String(start.decisionId);
    const original = await readDecision(ctx, client, decisionId);
    const request = (client as unknown as { request: RawRequest }).request;
    const edit = { ...original, reasonText: '書き換えた理由', effectiveOn: plusDays(APPLIED_ON, 5) };
    for (const [method, body] of [['PUT', edit], ['PATCH', { reasonText: '書き換えた理由' }], ['DELETE', undefined]] as const) {
      const { response } = await request(method, '/decisions/{decisionId}', { params: { path: { decisionId } }, body, parseAs: 'text' });
      if (response.ok) faults.push(step(`決定への ${method} が受け付けられた（状態コード ${response.status}）`, `${method} on a decision was accepted (status ${response.status})`));
      expectEqual(await readDecision(ctx, client, decisionId), original, step(`${method} の後の決定`, `the decision after ${method}`), faults);
    }
    // A change is a new decision; the start stays as it was and is referred to.
    const change = await decide(ctx, client, 'createCaseDecision', { householdId }, caseBody('change', plusDays(APPLIED_ON, 30)), step('変更の決定', 'the change decision'));
    if (change.decisionId === decisionId) faults.push(step('変更の決定が開始決定と同じ決定番号で登録された', 'the change was registered under the start decision id'));
    expectEqual(await readDecision(ctx, client, decisionId), original, step('変更の後の開始決定', 'the start decision after the change'), faults);
    expectEqual((await readDecision(ctx, client, String(change.decisionId))).previousDecisionId, decisionId, step('変更の決定の previousDecisionId', "the change decision's previousDecisionId"), faults);
    expectEqual((await decisionsOf(ctx, client, householdId)).length, 2, step('変更の後の決定の件数', 'the number of decisions after the change'), faults);
    failWith(ctx, step('登録した決定が書き換えられる', 'Registered decisions can be rewritten'), faults);
  },
});
