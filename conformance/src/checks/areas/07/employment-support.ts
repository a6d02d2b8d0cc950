import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { isObject } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { allItems, must, mustRefuse, newHousehold, type Json } from '../../support/steps.ts';
import { expectEqual, failWith, type Fault } from '../01-02/support.ts';

/**
 * Employment support (就労支援, 生活保護法第55条の7) of one member: an enrolment and its outcomes, each a request
 * through the standard API. Dates are fixed past dates after the enrolment starts (2025-05-01).
 */

const STARTED_ON = '2025-05-01';

async function enrol(ctx: CheckContext, cw: HogoClient<Edition>, memberId: string, program = 'employmentSupport'): Promise<Json> {
  return must(ctx, cw, 'enrolEmploymentSupport', { path: { memberId }, body: { program, startedOn: STARTED_ON, goal: '6か月以内の就職' } }, 201,
    { ja: '就労支援への登録', en: 'enrolling the member in employment support' });
}

async function outcome(ctx: CheckContext, cw: HogoClient<Edition>, support: Json, body: Json): Promise<Json> {
  return must(ctx, cw, 'recordEmploymentOutcome', { path: { supportId: String(support.supportId) }, body }, 200,
    { ja: `就労支援の結果（${String(body.outcome)}）の記録`, en: `recording the ${String(body.outcome)} outcome` });
}

const outcomesOf = (support: Json): Json[] => (Array.isArray(support.outcomes) ? support.outcomes.filter(isObject) : []);

const EMPLOYED = { outcome: 'employed', outcomeOn: '2025-07-01', employer: '見本物産株式会社', monthlyEarnings: 120_000, workStatus: '5' };
const RAISED = { outcome: 'increasedIncome', outcomeOn: '2025-09-01', employer: '見本物産株式会社', monthlyEarnings: 150_000, workStatus: '4' };

/** 07.2.3: each kind of outcome — training, increased income, employment, discontinuation — is recorded with its date. */
export const outcomesWithDates = defineCheck({
  id: 'self-reliance.employment-outcomes-recorded-with-dates',
  title: { ja: '就労支援の結果（職業訓練等の受講開始・就労収入の増加・就職・支援の中止）をその日付とともに記録できる', en: 'Each kind of employment-support outcome is recorded with its date' },
  verifies: ['07.2.3'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { memberId } = await newHousehold(ctx, cw);
    const first = await enrol(ctx, cw, memberId);
    const sent = [{ outcome: 'training', outcomeOn: '2025-05-20' }, { ...EMPLOYED, outcomeOn: '2025-06-02' }, RAISED];
    let after: Json = first;
    for (const body of sent) after = await outcome(ctx, cw, first, body);
    const second = await enrol(ctx, cw, memberId, 'employmentPreparation');
    const stopped = await outcome(ctx, cw, second, { outcome: 'discontinued', outcomeOn: '2025-06-15', note: '傷病による辞退' });
    const faults: Fault[] = [];
    const pairs = (support: Json) => outcomesOf(support).map((o) => [o.outcome, o.outcomeOn]);
    expectEqual(faults, { ja: '記録した結果と日付', en: 'the outcomes and dates recorded' }, pairs(after), sent.map((o) => [o.outcome, o.outcomeOn]));
    expectEqual(faults, { ja: '支援の中止とその日付', en: 'the discontinuation and its date' }, pairs(stopped), [['discontinued', '2025-06-15']]);
    failWith(ctx, { ja: '就労支援の結果', en: 'employment-support outcomes' }, faults);
  },
});

/** 07.2.4: an employment or an increase of earnings records the employer, the monthly earnings and the 就労状況. */
export const outcomeEmployerAndEarnings = defineCheck({
  id: 'self-reliance.outcome-records-employer-and-earnings',
  title: { ja: '就職又は就労収入の増加の結果に就労先・就労収入の月額・就労状況を記録できる', en: 'An employment or income-increase outcome records the employer, monthly earnings and work status' },
  verifies: ['07.2.4'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { memberId } = await newHousehold(ctx, cw);
    const support = await enrol(ctx, cw, memberId);
    await outcome(ctx, cw, support, EMPLOYED);
    const after = await outcome(ctx, cw, support, RAISED);
    const faults: Fault[] = [];
    const pick = (o: Json) => [o.outcome, o.employer, o.monthlyEarnings, o.workStatus];
    expectEqual(faults, { ja: '結果の就労先・月額・就労状況', en: 'employer, monthly earnings and work status of the outcomes' }, outcomesOf(after).map(pick), [pick(EMPLOYED), pick(RAISED)]);
    failWith(ctx, { ja: '就職・収入増加の結果', en: 'the employment and income-increase outcomes' }, faults);
  },
});

/** 07.2.5: once an outcome has ended the support, another outcome is refused as a state conflict (409) and nothing is added. */
export const noOutcomeAfterEnd = defineCheck({
  id: 'self-reliance.no-outcome-after-support-ended',
  title: { ja: '就労支援の終了を記録した後は、その支援への結果の追加が状態の矛盾として拒否される', en: 'No outcome can be added to an enrolment after it ended' },
  verifies: ['07.2.5'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { memberId, householdId } = await newHousehold(ctx, cw);
    const support = await enrol(ctx, cw, memberId);
    const ended = await outcome(ctx, cw, support, { ...EMPLOYED, endSupport: true });
    if (ended.status !== 'ended') ctx.fail({ ja: `支援終了を指定した結果の記録後も支援の状態が ended でない（${String(ended.status)}）`, en: `after an outcome with endSupport the status is ${String(ended.status)}, not ended` });
    await mustRefuse(ctx, cw, 'recordEmploymentOutcome', { path: { supportId: String(support.supportId) }, body: RAISED },
      { ja: '終了した就労支援への結果の追加', en: 'an outcome added to an ended enrolment' }, [409]);
    const listed = await allItems(ctx, cw, 'listEmploymentSupport', { path: { householdId } }, { ja: '世帯の就労支援の一覧', en: "listing the household's employment support" }, 2);
    const kept = listed.find((s) => s.supportId === support.supportId);
    if (kept && outcomesOf(kept).length !== 1) ctx.fail({ ja: `拒否された結果が記録されていた（結果 ${outcomesOf(kept).length} 件）`, en: `the refused outcome was recorded (${outcomesOf(kept).length} outcomes)` });
  },
});

/** 07.2.6: the household's enrolments are listed with their programme, status and outcomes. */
export const householdSupportListed = defineCheck({
  id: 'self-reliance.household-employment-support-listed',
  title: { ja: '世帯の就労支援を支援の種類・状態・結果とともに一覧できる', en: "A household's employment support is listed with programme, status and outcomes" },
  verifies: ['07.2.6'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { memberId, householdId } = await newHousehold(ctx, cw);
    const done = await enrol(ctx, cw, memberId);
    await outcome(ctx, cw, done, { ...EMPLOYED, endSupport: true });
    const active = await enrol(ctx, cw, memberId, 'employmentPreparation');
    await outcome(ctx, cw, active, { outcome: 'training', outcomeOn: '2025-05-20' });
    const listed = await allItems(ctx, cw, 'listEmploymentSupport', { path: { householdId } }, { ja: '世帯の就労支援の一覧（listEmploymentSupport）', en: 'listing the household employment support (listEmploymentSupport)' }, 2);
    const row = (s: Json | undefined) => (s ? [s.program, s.status, outcomesOf(s).map((o) => o.outcome)] : undefined);
    const faults: Fault[] = [];
    expectEqual(faults, { ja: '終了した支援（種類・状態・結果）', en: 'the ended enrolment (programme, status, outcomes)' }, row(listed.find((s) => s.supportId === done.supportId)), ['employmentSupport', 'ended', ['employed']]);
    expectEqual(faults, { ja: '支援中の支援（種類・状態・結果）', en: 'the active enrolment (programme, status, outcomes)' }, row(listed.find((s) => s.supportId === active.supportId)), ['employmentPreparation', 'active', ['training']]);
    expectEqual(faults, { ja: '一覧の件数', en: 'the number listed' }, listed.length, 2);
    failWith(ctx, { ja: '世帯の就労支援の一覧', en: "the household's employment-support list" }, faults);
  },
});

/** 07.2.7 (2.1): the household's time line shows the start of the support and its outcome, on their dates. */
export const supportOnTimeline = defineCheck({
  id: 'self-reliance.employment-support-on-timeline',
  title: { ja: '世帯の時系列表示に就労支援の開始と結果が表示される', en: "The household's time line shows the start and the outcome of employment support" },
  verifies: ['07.2.7'],
  editions: ['2.1'],
  async run(ctx) {
    const cw = requireClient(ctx, 'caseworker');
    const { memberId, householdId } = await newHousehold(ctx, cw);
    const support = await enrol(ctx, cw, memberId);
    await outcome(ctx, cw, support, { outcome: 'training', outcomeOn: '2025-05-20' });
    const entries = await allItems(ctx, cw, 'getCaseTimeline', { path: { householdId } }, { ja: '世帯の時系列表示（getCaseTimeline）', en: 'the household time line (getCaseTimeline)' }, 2);
    const dates = entries.filter((e) => e.entryType === 'employmentSupport' && e.sourceId === support.supportId).map((e) => e.occurredOn).sort();
    const faults: Fault[] = [];
    expectEqual(faults, { ja: '就労支援の項目の日付（開始・結果）', en: 'the dates of the employment-support entries (start, outcome)' }, dates, [STARTED_ON, '2025-05-20']);
    failWith(ctx, { ja: '時系列表示の就労支援', en: 'employment support on the time line' }, faults);
  },
});
