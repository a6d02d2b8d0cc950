import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import type { Json } from '../../data/households.ts';
import {
  APPLIED_ON, caseBody, decide, decisionsOf, expectConflict, expectEqual, newHousehold, plusDays, protectedHousehold,
  readDecision, readHousehold, step,
} from './cases.ts';

/** 札幌市: a 地方公共団体コード other than the fixtures' own, with a correct check digit. */
const DESTINATION = '011002';

export function exOfficioBody(on: string): Json {
  return {
    decidedOn: on,
    effectiveOn: on,
    reasonText: '急迫した状況にあるため、職権により医療扶助を開始します。',
    urgencyText: '路上で倒れ救急搬送され、所持金がなく意識が混濁しているため申請できない。',
    startReason: '03',
    fujoBreakdown: [{ fujoType: '04', monthlyAmount: 0, inKind: true }],
  };
}

/** 03.3.1 / 03.3.2 / 03.5.3: an ex-officio start without an application, with the circumstances of urgency. */
export const exOfficioStart = defineCheck({
  id: 'decision.ex-officio-start',
  title: {
    ja: '急迫時に申請なしで職権により保護を開始でき、急迫の状況と職権による別が記録され、世帯が保護中になる',
    en: 'Protection can be started ex officio without an application, with the circumstances of urgency and the origin recorded; the household becomes protected',
  },
  verifies: ['03.3.1', '03.3.2', '03.5.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const householdId = await newHousehold(ctx, client);
    const on = plusDays(APPLIED_ON, 3);
    const sent = exOfficioBody(on);
    const created = await decide(ctx, client, 'startExOfficio', { householdId }, sent, step('職権による開始（startExOfficio）', 'the ex-officio start (startExOfficio)'));
    const read = await readDecision(ctx, client, String(created.decisionId));
    const f = (name: string) => step(`職権による開始決定の ${name}`, `the ex-officio start's ${name}`);
    expectEqual(read.type, 'start', f('type'), faults);
    expectEqual(read.origin, 'ex-officio', f('origin'), faults);
    expectEqual(read.urgencyText, sent.urgencyText, f('urgencyText'), faults);
    expectEqual(read.reasonText, sent.reasonText, f('reasonText'), faults);
    expectEqual(read.effectiveOn, on, f('effectiveOn'), faults);
    expectEqual(read.fujoBreakdown, sent.fujoBreakdown, f('fujoBreakdown'), faults);
    if (read.applicationId !== undefined) faults.push(step('職権による開始決定に申請番号がある', 'the ex-officio start names an application'));
    const household = await readHousehold(ctx, client, householdId);
    expectEqual(household.protectionStatus, 'protected', step('職権による開始の後の世帯の保護状態', 'the household status after the ex-officio start'), faults);
    expectEqual(household.startedOn, on, step('職権による開始の後の世帯の保護開始日', "the household's startedOn after the ex-officio start"), faults);
    failWith(ctx, step('職権による保護の開始が正しく記録されない', 'Ex-officio starts are not recorded correctly'), faults);
  },
});

/** 03.7.1 / 03.7.2 / 03.7.3 / 03.5.7: a transfer records a discontinuation for transfer, with its details. */
export const transfer = defineCheck({
  id: 'decision.transfer-on-moving',
  title: {
    ja: '転居による移管が、移管先・転居日・移管先への通知日とともに移管を理由とする廃止の決定として記録され、世帯が移管済になり、以後の変更は拒否される',
    en: 'A transfer is recorded as a discontinuation for transfer with destination, moving date and notification date; the household becomes transferred and takes no further change',
  },
  verifies: ['03.7.1', '03.7.2', '03.7.3', '03.5.7'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId, start } = await protectedHousehold(ctx, client);
    const movedOn = plusDays(APPLIED_ON, 50);
    const effectiveOn = plusDays(APPLIED_ON, 55);
    const sent = {
      destinationLgCode: DESTINATION,
      destinationOfficeName: '見本市福祉事務所',
      movedOn,
      destinationNotifiedOn: plusDays(APPLIED_ON, 52),
      decidedOn: plusDays(APPLIED_ON, 53),
      effectiveOn,
      reasonText: '見本市へ転居したため、保護の実施責任を移管します。',
    };
    const created = await decide(ctx, client, 'transferCase', { householdId }, sent, step('移管（transferCase）', 'the transfer (transferCase)'));
    const listed = await decisionsOf(ctx, client, householdId);
    const recorded = listed.find((d) => d.decisionId === created.decisionId);
    if (!recorded) faults.push(step('移管による廃止の決定が世帯の決定の一覧にない', 'the discontinuation for transfer is not in the household decisions'));
    const readAnswer = await send(client, 'getDecision', { path: { decisionId: String(created.decisionId) } });
    if (readAnswer.status !== 200) faults.push(step(`移管による決定の照会が 200 でなく ${readAnswer.status}`, `reading the transfer decision answered ${readAnswer.status}, not 200`));
    else {
      const read = readAnswer.body as Json;
      const f = (name: string) => step(`移管による決定の ${name}`, `the transfer decision's ${name}`);
      expectEqual(read.type, 'discontinue', f('type'), faults);
      expectEqual(read.discontinuationReason, '13', f('discontinuationReason'), faults);
      expectEqual(read.effectiveOn, effectiveOn, f('effectiveOn'), faults);
      expectEqual(read.reasonText, sent.reasonText, f('reasonText'), faults);
      expectEqual(read.previousDecisionId, start.decisionId, f('previousDecisionId'), faults);
      const t = (read.transfer ?? {}) as Json;
      expectEqual(t.destinationLgCode, DESTINATION, f('transfer.destinationLgCode'), faults);
      expectEqual(t.movedOn, movedOn, f('transfer.movedOn'), faults);
      expectEqual(t.destinationNotifiedOn, sent.destinationNotifiedOn, f('transfer.destinationNotifiedOn'), faults);
    }
    const household = await readHousehold(ctx, client, householdId);
    expectEqual(household.protectionStatus, 'transferred', step('移管の後の世帯の保護状態', 'the household status after the transfer'), faults);
    expectEqual(household.endedOn, effectiveOn, step('移管の後の世帯の保護廃止日', "the household's endedOn after the transfer"), faults);
    expectConflict(await send(client, 'createCaseDecision', { path: { householdId }, body: caseBody('change', plusDays(APPLIED_ON, 60)) }), step('移管済の世帯への変更決定', 'a change on a transferred household'), faults);
    failWith(ctx, step('移管が正しく記録されない', 'Transfers are not recorded correctly'), faults);
  },
});
