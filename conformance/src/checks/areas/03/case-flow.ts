import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import type { Json } from '../../data/households.ts';
import {
  APPLIED_ON, caseBody, decide, decisionsOf, expectConflict, expectEqual, expectRefused, newApplication, plusDays,
  protectedHousehold, readDecision, readHousehold, startBody, step,
} from './cases.ts';

const LABEL: Record<string, string> = { change: '変更', suspend: '停止', resume: '停止解除', discontinue: '廃止' };

/**
 * 03.4.5 / 03.4.6 / 03.4.7 / 03.4.8 / 03.5.1 / 03.5.5 / 03.5.7 / 03.5.10 / 03.5.11: change, suspend, resume and
 * discontinue ex officio; each recorded with its reasons and the decision it replaces, the status following.
 */
export const caseFlow = defineCheck({
  id: 'decision.case-flow',
  title: {
    ja: '職権による変更・停止・停止解除・廃止の決定が理由と直前の決定への参照とともに記録され、世帯の保護状態と廃止日が追随し、履歴が決定日の順に一覧できる',
    en: 'Ex-officio change, suspension, resumption and discontinuation are recorded with reasons and the decision replaced; status and end date follow; the history lists them by date',
  },
  verifies: ['03.4.5', '03.4.6', '03.4.7', '03.4.8', '03.5.1', '03.5.5', '03.5.7', '03.5.10', '03.5.11'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId, start } = await protectedHousehold(ctx, client);
    const startRead = await readDecision(ctx, client, String(start.decisionId));
    expectEqual(startRead.reasonText, startBody(APPLIED_ON).reasonText, step('開始決定の reasonText', "the start decision's reasonText"), faults);
    const ids = [String(start.decisionId)];
    const steps = [
      ['change', 30, 'protected'],
      ['suspend', 60, 'suspended'],
      ['resume', 90, 'protected'],
      ['discontinue', 120, 'discontinued'],
    ] as const;
    for (const [type, day, status] of steps) {
      const on = plusDays(APPLIED_ON, day);
      const sent = caseBody(type, on, type === 'discontinue' ? { discontinuationReason: '02' } : {});
      const created = await decide(ctx, client, 'createCaseDecision', { householdId }, sent, step(`${LABEL[type]}の決定（createCaseDecision）`, `the ${type} decision (createCaseDecision)`));
      const read = await readDecision(ctx, client, String(created.decisionId));
      const f = (name: string) => step(`${LABEL[type]}の決定の ${name}`, `the ${type} decision's ${name}`);
      expectEqual(read.type, type, f('type'), faults);
      expectEqual(read.origin, 'ex-officio', f('origin'), faults);
      expectEqual(read.reasonText, sent.reasonText, f('reasonText'), faults);
      expectEqual(read.effectiveOn, on, f('effectiveOn'), faults);
      expectEqual(read.previousDecisionId, ids.at(-1), f('previousDecisionId'), faults);
      if (type === 'discontinue') expectEqual(read.discontinuationReason, '02', f('discontinuationReason'), faults);
      ids.push(String(created.decisionId));
      const household = await readHousehold(ctx, client, householdId);
      expectEqual(household.protectionStatus, status, step(`${LABEL[type]}の後の世帯の保護状態`, `the household status after the ${type}`), faults);
      if (type === 'discontinue') expectEqual(household.endedOn, on, step('廃止の後の世帯の保護廃止日', "the household's endedOn after the discontinuation"), faults);
    }
    // Earlier decisions stay as they were; the history lists all of them by decision date.
    expectEqual(await readDecision(ctx, client, String(start.decisionId)), startRead, step('後の決定の後の開始決定', 'the start decision after the later decisions'), faults);
    const listed = (await decisionsOf(ctx, client, householdId)).map((d) => d.decisionId);
    expectEqual(listed, ids, step('世帯の決定の一覧（決定日の順）', "the household's decisions (by decision date)"), faults);
    failWith(ctx, step('保護の変更・停止・停止解除・廃止が正しく記録されない', 'Changes, suspensions, resumptions and discontinuations are not recorded correctly'), faults);
  },
});

/** 03.4.12: decisions the protection status does not allow are refused with 409 and change nothing. */
export const illegalTransitions = defineCheck({
  id: 'decision.illegal-transitions-refused',
  title: {
    ja: '保護の状態に反する決定（保護中の開始・停止解除、停止中の停止・変更、廃止後の変更・停止・停止解除・移管）は409で拒否され、何も変わらない',
    en: 'Decisions the protection status does not allow are refused with 409 and change nothing',
  },
  verifies: ['03.4.12'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx, client);
    const path = { householdId };
    const tryAll = async ([status, statusEn]: [string, string], attempts: [string, Json][]) => {
      const before = await readHousehold(ctx, client, householdId);
      const count = (await decisionsOf(ctx, client, householdId)).length;
      for (const [what, body] of attempts) {
        const op = what === 'transfer' ? 'transferCase' : what === 'exOfficioStart' ? 'startExOfficio' : 'createCaseDecision';
        expectConflict(await send(client, op, { path, body }), step(`${status}の世帯への ${what}`, `${what} on a ${statusEn} household`), faults);
      }
      expectEqual(await readHousehold(ctx, client, householdId), before, step(`拒否の後の${status}の世帯`, `the ${statusEn} household after the refusals`), faults);
      expectEqual((await decisionsOf(ctx, client, householdId)).length, count, step(`拒否の後の${status}の世帯の決定の件数`, `the number of decisions of the ${statusEn} household after the refusals`), faults);
    };
    const on = (day: number) => plusDays(APPLIED_ON, day);
    // protected: no second start (on a new application, nor ex officio), no resume.
    const applicationId = await newApplication(ctx, client, householdId, on(20));
    expectConflict(await send(client, 'decideApplication', { path: { applicationId }, body: startBody(on(21), { effectiveOn: on(21) }) }), step('保護中の世帯への新たな申請による開始決定', 'a start on a new application of a protected household'), faults);
    await tryAll(['保護中', 'protected'], [
      ['resume', caseBody('resume', on(22))],
      ['exOfficioStart', { decidedOn: on(22), effectiveOn: on(22), reasonText: '急迫', urgencyText: '急迫', startReason: '03', fujoBreakdown: [{ fujoType: '04', monthlyAmount: 0, inKind: true }] }],
    ]);
    // suspended: no second suspension, no change.
    await decide(ctx, client, 'createCaseDecision', path, caseBody('suspend', on(30)), step('停止の決定', 'the suspension'));
    await tryAll(['停止中', 'suspended'], [['suspend', caseBody('suspend', on(31))], ['change', caseBody('change', on(31))]]);
    // discontinued: nothing but a restart.
    await decide(ctx, client, 'createCaseDecision', path, caseBody('discontinue', on(40)), step('廃止の決定', 'the discontinuation'));
    await tryAll(['廃止', 'discontinued'], [
      ['suspend', caseBody('suspend', on(41))],
      ['change', caseBody('change', on(41))],
      ['resume', caseBody('resume', on(41))],
      ['discontinue', caseBody('discontinue', on(41))],
      ['transfer', { destinationLgCode: '011002', movedOn: on(41), decidedOn: on(41), effectiveOn: on(41), reasonText: '転居のため移管' }],
    ]);
    failWith(ctx, step('保護の状態に反する決定が受け付けられる', 'Decisions the protection status does not allow are accepted'), faults);
  },
});

/** 03.4.9 (prohibited) / 03.4.8: a discontinuation without a reason code is refused and changes nothing. */
export const discontinueNeedsReason = defineCheck({
  id: 'decision.discontinue-requires-reason-code',
  title: {
    ja: '廃止の理由の区分のない廃止決定は拒否されて何も変わらず、区分があれば登録される',
    en: 'A discontinuation without a reason code is refused and changes nothing; with one it is registered',
  },
  verifies: ['03.4.9', '03.4.8'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx, client);
    const on = plusDays(APPLIED_ON, 30);
    const before = await readHousehold(ctx, client, householdId);
    const count = (await decisionsOf(ctx, client, householdId)).length;
    const { discontinuationReason: _dropped, ...withoutReason } = caseBody('discontinue', on);
    expectRefused(await send(client, 'createCaseDecision', { path: { householdId }, body: withoutReason }), step('廃止の理由の区分のない廃止決定', 'a discontinuation without a reason code'), faults);
    expectEqual(await readHousehold(ctx, client, householdId), before, step('拒否の後の世帯', 'the household after the refusal'), faults);
    expectEqual((await decisionsOf(ctx, client, householdId)).length, count, step('拒否の後の決定の件数', 'the number of decisions after the refusal'), faults);
    const accepted = await send(client, 'createCaseDecision', { path: { householdId }, body: caseBody('discontinue', on, { discontinuationReason: '01' }) });
    if (accepted.status !== 201) faults.push(step(`理由の区分のある廃止決定が 201 でなく ${accepted.status}`, `a discontinuation with a reason code answered ${accepted.status}, not 201`));
    else expectEqual((await readDecision(ctx, client, String((accepted.body as Json).decisionId))).discontinuationReason, '01', step('照会した廃止決定の discontinuationReason', "the discontinuation's discontinuationReason as read"), faults);
    failWith(ctx, step('廃止の理由の区分が正しく扱われない', 'Discontinuation reason codes are not handled correctly'), faults);
  },
});

/** 03.4.10 (prohibited): a sanction for not following instructions needs the date of the hearing (法第62条第4項). */
export const sanctionNeedsHearing = defineCheck({
  id: 'decision.sanction-requires-hearing',
  title: {
    ja: '指導指示違反による変更・停止・廃止の決定は弁明の機会を与えた日なしに登録できず、日があれば登録される',
    en: 'A sanction for not following instructions is refused without the hearing date and registered with it',
  },
  verifies: ['03.4.10'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx, client);
    const on = plusDays(APPLIED_ON, 60);
    for (const type of ['change', 'suspend', 'discontinue']) {
      const before = await readHousehold(ctx, client, householdId);
      const count = (await decisionsOf(ctx, client, householdId)).length;
      expectRefused(await send(client, 'createCaseDecision', { path: { householdId }, body: caseBody(type, on, { instructionViolation: true }) }), step(`弁明の機会の日のない指導指示違反による${LABEL[type]}`, `a ${type} sanction without a hearing date`), faults);
      expectEqual(await readHousehold(ctx, client, householdId), before, step(`拒否の後の世帯（${LABEL[type]}）`, `the household after the refused ${type}`), faults);
      expectEqual((await decisionsOf(ctx, client, householdId)).length, count, step(`拒否の後の決定の件数（${LABEL[type]}）`, `the number of decisions after the refused ${type}`), faults);
    }
    const accepted = await send(client, 'createCaseDecision', { path: { householdId }, body: caseBody('suspend', on, { instructionViolation: true, hearingOn: plusDays(on, -7) }) });
    if (accepted.status !== 201) faults.push(step(`弁明の機会の日のある指導指示違反による停止が 201 でなく ${accepted.status}`, `a suspension sanction with a hearing date answered ${accepted.status}, not 201`));
    else expectEqual((await readDecision(ctx, client, String((accepted.body as Json).decisionId))).hearingOn, plusDays(on, -7), step('照会した決定の hearingOn', 'the hearingOn as read'), faults);
    failWith(ctx, step('弁明の機会を経ない指導指示違反による処分が登録できる', 'Sanctions without a hearing can be registered'), faults);
  },
});

/** 03.4.11: a discontinued household is started again on a new application. */
export const restartAfterDiscontinuation = defineCheck({
  id: 'decision.restart-on-new-application',
  title: {
    ja: '廃止した世帯について、新たな保護の申請に対し再び開始を決定でき、世帯が保護中になり廃止日が消える',
    en: 'A discontinued household is started again on a new application: protected again, with no end date',
  },
  verifies: ['03.4.11'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx, client);
    await decide(ctx, client, 'createCaseDecision', { householdId }, caseBody('discontinue', plusDays(APPLIED_ON, 30)), step('廃止の決定', 'the discontinuation'));
    const reappliedOn = plusDays(APPLIED_ON, 100);
    const applicationId = await newApplication(ctx, client, householdId, reappliedOn);
    const answer = await send(client, 'decideApplication', { path: { applicationId }, body: startBody(plusDays(reappliedOn, 5), { effectiveOn: reappliedOn }) });
    if (answer.status !== 201) {
      faults.push(step(`廃止後の新たな申請に対する開始決定が 201 でなく ${answer.status}`, `the start on a new application after discontinuation answered ${answer.status}, not 201`));
    } else {
      const household = await readHousehold(ctx, client, householdId);
      expectEqual(household.protectionStatus, 'protected', step('再開始後の世帯の保護状態', 'the household status after the restart'), faults);
      expectEqual(household.startedOn, reappliedOn, step('再開始後の世帯の保護開始日', "the household's startedOn after the restart"), faults);
      if (household.endedOn !== undefined) faults.push(step('再開始後も世帯に保護廃止日が残っている', 'the household keeps an endedOn after the restart'));
    }
    failWith(ctx, step('廃止後の新たな申請による再開始ができない', 'A discontinued household cannot be started again on a new application'), faults);
  },
});
