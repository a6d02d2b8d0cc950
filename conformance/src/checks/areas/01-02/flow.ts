import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { expectBody, registerHousehold } from '../../data/households.ts';
import { householdInput, uniqueSection } from '../../data/fixtures.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { addDays, canonical, expectEqual, failWith, notRefused, pastDate, readApplication, refusedAsInvalid, registerApplication, writtenApplication, type Fault } from './support.ts';

const withdrawal = (on: string, extra: Record<string, unknown> = {}) => ({ withdrawnOn: on, intentMethod: 'written', ...extra });

/** 01.2.9: received → investigating with the start date and the case worker; a start before the application date is refused. */
export const startInvestigation = defineCheck({
  id: 'application.start-investigation',
  title: { ja: '申請受付の申請について調査開始日と担当職員を記録して調査中にできる', en: 'A received application goes to investigating with the start date and the case worker' },
  verifies: ['01.2.9'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const worker = requireClient(ctx, 'caseworker');
    const date = pastDate();
    const app = await registerApplication(ctx, intake, writtenApplication(date));
    const id = String(app.applicationId);
    const faults: Fault[] = [];
    const before = await readApplication(ctx, intake, id, date);
    const early = await send(worker, 'startInvestigation', { path: { applicationId: id }, body: { startedOn: addDays(date, -1) } });
    if (!refusedAsInvalid(early)) {
      failWith(ctx, { ja: '調査の開始', en: 'starting the investigation' }, [notRefused(early, { ja: '申請日より前の調査開始', en: 'an investigation starting before the application date' })]);
    }
    const unchanged = await readApplication(ctx, intake, id, date);
    if (canonical(before) !== canonical(unchanged)) faults.push({ ja: '拒否された調査開始の後で申請が変わっていた', en: 'the application changed after the refused start' });
    const started = await send(worker, 'startInvestigation', { path: { applicationId: id }, body: { startedOn: addDays(date, 2), caseworker: 'cw-sample-01' } });
    expectBody(ctx, started, 200, { ja: '調査の開始（startInvestigation）', en: 'starting the investigation (startInvestigation)' });
    const read = await readApplication(ctx, intake, id);
    expectEqual(faults, { ja: '状態', en: 'status' }, read.status, 'investigating');
    expectEqual(faults, { ja: '調査開始日', en: 'investigationStartedOn' }, read.investigationStartedOn, addDays(date, 2));
    expectEqual(faults, { ja: '担当職員', en: 'caseworker' }, read.caseworker, 'cw-sample-01');
    failWith(ctx, { ja: '調査の開始', en: 'starting the investigation' }, faults);
  },
});

/** 01.2.10, 01.5.4: withdrawal records the applicant's expressed intent and its date; none without it. */
export const withdraw = defineCheck({
  id: 'application.withdrawal-needs-expressed-intent',
  title: { ja: '申請の取下げは意思表示の方法と取下げ日を記録して行い、意思表示のない取下げはできない', en: "A withdrawal records how the applicant expressed it and when; none without the applicant's intent" },
  verifies: ['01.2.10', '01.5.4'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const worker = requireClient(ctx, 'caseworker');
    const date = pastDate();
    const faults: Fault[] = [];
    const received = await registerApplication(ctx, intake, writtenApplication(date));
    const rid = String(received.applicationId);
    const before = await readApplication(ctx, intake, rid, date);
    for (const [label, body] of [
      ['意思表示の方法のない取下げ', { withdrawnOn: addDays(date, 1), reason: '職員判断' }],
      ['意思表示の方法が不正な取下げ', { withdrawnOn: addDays(date, 1), intentMethod: 'staff' }],
    ] as const) {
      const answer = await send(worker, 'withdrawApplication', { path: { applicationId: rid }, body });
      if (!refusedAsInvalid(answer)) faults.push(notRefused(answer, { ja: label, en: `withdrawal: ${label}` }));
    }
    const after = await readApplication(ctx, intake, rid, date);
    if (canonical(before) !== canonical(after)) faults.push({ ja: '拒否された取下げの後で申請が変わっていた', en: 'the application changed after a refused withdrawal' });
    // Positive: an oral withdrawal of a received one and a written one of an investigating one.
    const ok = await send(worker, 'withdrawApplication', { path: { applicationId: rid }, body: withdrawal(addDays(date, 2), { intentMethod: 'oral' }) });
    expectBody(ctx, ok, 200, { ja: '申請受付の申請の口頭の申出による取下げ', en: 'withdrawing a received application on an oral statement' });
    const read = await readApplication(ctx, intake, rid);
    expectEqual(faults, { ja: '状態', en: 'status' }, read.status, 'withdrawn');
    expectEqual(faults, { ja: '取下げ日', en: 'withdrawnOn' }, read.withdrawnOn, addDays(date, 2));
    expectEqual(faults, { ja: '意思表示の方法', en: 'withdrawalIntentMethod' }, read.withdrawalIntentMethod, 'oral');
    const investigating = await registerApplication(ctx, intake, writtenApplication(date));
    const iid = String(investigating.applicationId);
    expectBody(ctx, await send(worker, 'startInvestigation', { path: { applicationId: iid }, body: { startedOn: date } }), 200, { ja: '調査の開始', en: 'starting the investigation' });
    expectBody(ctx, await send(worker, 'withdrawApplication', { path: { applicationId: iid }, body: withdrawal(addDays(date, 4)) }), 200, { ja: '調査中の申請の取下書による取下げ', en: 'withdrawing an investigating application by a written request' });
    const readI = await readApplication(ctx, intake, iid);
    expectEqual(faults, { ja: '調査中から取り下げた申請の状態', en: 'status of the withdrawn investigating application' }, readI.status, 'withdrawn');
    expectEqual(faults, { ja: '意思表示の方法（取下書）', en: 'withdrawalIntentMethod (written)' }, readI.withdrawalIntentMethod, 'written');
    failWith(ctx, { ja: '申請の取下げ', en: 'withdrawal' }, faults);
  },
});

export async function decideStart(ctx: CheckContext, worker: HogoClient<Edition>, applicationId: string, date: string): Promise<void> {
  const body = {
    type: 'start',
    decidedOn: addDays(date, 7),
    effectiveOn: date,
    reasonText: '最低生活費に対し収入が不足するため',
    startReason: '01',
    fujoBreakdown: [{ fujoType: '01', monthlyAmount: 70000, inKind: false }],
  };
  expectBody(ctx, await send(worker, 'decideApplication', { path: { applicationId }, body }), 201, { ja: '開始の決定（decideApplication）', en: 'deciding a start (decideApplication)' });
}

/** 01.2.11: started, rejected or withdrawn applications refuse startInvestigation and withdrawal with 409, unchanged. */
export const closedStates = defineCheck({
  id: 'application.closed-states-refuse-transitions',
  title: { ja: '開始・却下・取下げの申請への調査開始と取下げを受け付けない', en: 'Started, rejected and withdrawn applications refuse investigation and withdrawal' },
  verifies: ['01.2.11'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const worker = requireClient(ctx, 'caseworker');
    const date = pastDate();
    const household = await registerHousehold(ctx, intake, householdInput(uniqueSection()));
    const household2 = await registerHousehold(ctx, intake, householdInput(uniqueSection()));
    const make = async () => String((await registerApplication(ctx, intake, writtenApplication(date))).applicationId);
    const investigate = async (id: string, extra: Record<string, unknown> = {}) =>
      expectBody(ctx, await send(worker, 'startInvestigation', { path: { applicationId: id }, body: { startedOn: date, ...extra } }), 200, { ja: '調査の開始', en: 'starting the investigation' });

    const started = await make();
    await investigate(started, { householdId: String(household.householdId) });
    await decideStart(ctx, worker, started, date);
    const rejected = await make();
    await investigate(rejected, { householdId: String(household2.householdId) });
    const rejection = { type: 'reject', decidedOn: addDays(date, 7), reasonText: '収入が最低生活費を上回るため', rejectionReason: '01' };
    expectBody(ctx, await send(worker, 'decideApplication', { path: { applicationId: rejected }, body: rejection }), 201, { ja: '却下の決定', en: 'deciding a rejection' });
    const withdrawn = await make();
    expectBody(ctx, await send(worker, 'withdrawApplication', { path: { applicationId: withdrawn }, body: withdrawal(addDays(date, 1)) }), 200, { ja: '取下げ', en: 'withdrawing' });

    const faults: Fault[] = [];
    for (const [id, state] of [[started, 'started'], [rejected, 'rejected'], [withdrawn, 'withdrawn']] as const) {
      const before = await readApplication(ctx, intake, id, addDays(date, 60));
      expectEqual(faults, { ja: `${state} の申請の状態`, en: `the status of the ${state} application` }, before.status, state);
      const attempts = [
        ['startInvestigation', { startedOn: addDays(date, 8) }],
        ['withdrawApplication', withdrawal(addDays(date, 8))],
      ] as const;
      for (const [op, body] of attempts) {
        const answer = await send(worker, op, { path: { applicationId: id }, body });
        if (answer.status !== 409) faults.push(notRefused(answer, { ja: `${state} の申請への ${op}`, en: `${op} on a ${state} application` }, '409'));
      }
      const after = await readApplication(ctx, intake, id, addDays(date, 60));
      if (canonical(before) !== canonical(after)) faults.push({ ja: `${state} の申請が拒否された操作の後で変わっていた`, en: `the ${state} application changed after the refused operations` });
    }
    failWith(ctx, { ja: '状態に合わない操作の拒否', en: 'refusing operations that do not fit the state' }, faults);
  },
});
