import { defineCheck } from '../../engine/registry.ts';
import { failWith, type Fault } from '../data/refusals.ts';
import { requireClient } from '../support/roles.ts';
import { must } from '../support/steps.ts';
import { APPLIED_ON, caseBody, newApplication, newHousehold, plusDays, protectedHousehold, startBody } from '../areas/03/cases.ts';
import { exOfficioBody } from '../areas/03/ex-officio-transfer.ts';
import { readIn, refusedIn, type Attempt, type FlowResource } from './support.ts';

const on = (days: number) => plusDays(APPLIED_ON, days);
const household = (householdId: string): FlowResource => ({
  flow: 'case', read: 'getHousehold', path: { householdId }, stateItem: 'protectionStatus', name: { ja: '世帯', en: 'household' },
});
/** 札幌市: another 実施機関 than the fixtures' own (a 地方公共団体コード with a correct check digit). */
const transferBody = (day: number) => ({
  destinationLgCode: '011002', movedOn: on(day), decidedOn: on(day + 3), effectiveOn: on(day + 5), reasonText: '見本市へ転居したため、保護の実施責任を移管します。',
});
const exOfficio = (householdId: string, day: number): Attempt => ({
  operation: 'startExOfficio', ja: '職権による開始', input: { path: { householdId }, body: exOfficioBody(on(day)) },
});
const transfer = (householdId: string, day: number): Attempt => ({
  operation: 'transferCase', ja: '移管', input: { path: { householdId }, body: transferBody(day) },
});
const DECISION_JA: Record<string, string> = { change: '変更の決定', suspend: '停止の決定' };
const decision = (householdId: string, type: 'change' | 'suspend', day: number): Attempt => ({
  operation: 'createCaseDecision', ja: DECISION_JA[type]!, input: { path: { householdId }, body: caseBody(type, on(day)) },
});
/** A start decided on a new application of the household, lodged on `day` (decided the next day). */
const startOn = (applicationId: string, day: number): Attempt => ({
  operation: 'decideApplication', ja: '新たな申請に対する開始の決定', input: { path: { applicationId }, body: startBody(on(day + 1), { effectiveOn: on(day) }) },
});

/**
 * 03.4.12 (flow case): a household in protection, then suspended, then transferred is read before each
 * operation its protection status does not allow — a start on a new application or ex officio while protected
 * or suspended or transferred, and any further transfer or decision once transferred: each is refused with 409
 * and the household stays as it was.
 */
export const caseOpenStatesRefuseStarts = defineCheck({
  id: 'flow.case-no-start-while-protected-suspended-or-transferred',
  title: {
    ja: '保護中・停止中・移管済の世帯への開始（新たな申請・職権）、移管済の世帯への移管・決定は409で拒否され、世帯は変わらない',
    en: 'A start (on a new application or ex officio) of a protected, suspended or transferred household, and a transfer or decision once transferred, are refused with 409 and change nothing',
  },
  verifies: ['03.4.12'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const { householdId } = await protectedHousehold(ctx, worker);
    const path = { householdId };

    const whileProtected = await newApplication(ctx, worker, householdId, on(20));
    await refusedIn(ctx, worker, household(householdId), 'protected', [startOn(whileProtected, 20), exOfficio(householdId, 21)]);

    await must(ctx, worker, 'createCaseDecision', { path, body: caseBody('suspend', on(30)) }, 201, { ja: '停止の決定', en: 'the suspension' });
    const whileSuspended = await newApplication(ctx, worker, householdId, on(35));
    await refusedIn(ctx, worker, household(householdId), 'suspended', [startOn(whileSuspended, 35), exOfficio(householdId, 36)]);

    await must(ctx, worker, 'transferCase', { path, body: transferBody(40) }, 201, { ja: '移管', en: 'the transfer' });
    const afterTransfer = await newApplication(ctx, worker, householdId, on(60));
    await refusedIn(ctx, worker, household(householdId), 'transferred', [
      startOn(afterTransfer, 60), exOfficio(householdId, 61), transfer(householdId, 61), decision(householdId, 'change', 61),
    ]);
  },
});

/**
 * 03.4.11 / 03.4.12 / 03.5.10 (flow case, restart): a household not in protection refuses decisions and
 * transfers; started on an application and discontinued, it refuses them again; a start on a new application
 * then brings it back into protection (protected, started on the new date, no end date).
 */
export const caseRestart = defineCheck({
  id: 'flow.case-restart-after-discontinuation',
  title: {
    ja: '保護を受けていない世帯と廃止した世帯への決定・移管は409で拒否され、廃止した世帯は新たな申請に対する開始の決定で再び保護中になる',
    en: 'Decisions and transfers of a household never or no longer in protection are refused with 409; a discontinued household is protected again by a start on a new application',
  },
  verifies: ['03.4.11', '03.4.12', '03.5.10'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const householdId = await newHousehold(ctx, worker);
    const first = await newApplication(ctx, worker, householdId);
    await refusedIn(ctx, worker, household(householdId), 'none', [decision(householdId, 'change', 2), transfer(householdId, 2)]);
    await must(ctx, worker, 'decideApplication', { path: { applicationId: first }, body: startBody(on(3)) }, 201, { ja: '保護開始の決定', en: 'the start' });
    await must(ctx, worker, 'createCaseDecision', { path: { householdId }, body: caseBody('discontinue', on(30)) }, 201, { ja: '廃止の決定', en: 'the discontinuation' });

    const again = await newApplication(ctx, worker, householdId, on(100));
    await refusedIn(ctx, worker, household(householdId), 'discontinued', [decision(householdId, 'suspend', 40), transfer(householdId, 40)]);
    const restart = startOn(again, 100);
    await must(ctx, worker, restart.operation, restart.input, 201, { ja: '廃止した世帯の新たな申請に対する開始の決定', en: 'the start on a new application of the discontinued household' });
    const restarted = await readIn(ctx, worker, household(householdId), 'protected');
    if (restarted.startedOn !== on(100)) faults.push({ ja: `再開始後の保護開始日が ${on(100)} でなく ${String(restarted.startedOn)}`, en: `startedOn after the restart is ${String(restarted.startedOn)}, not ${on(100)}` });
    if (restarted.endedOn !== undefined) faults.push({ ja: '再開始後も保護廃止日が残っている', en: 'endedOn is still set after the restart' });
    failWith(ctx, { ja: '保護の状態に応じた開始・決定・移管の扱いが正しくない', en: 'Starts, decisions and transfers do not follow the protection status' }, faults);
  },
});
