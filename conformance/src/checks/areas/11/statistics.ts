import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { member } from '../../data/fixtures.ts';
import { expectBody, type Json } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { caseDecision, dayOf, failIfAny, monthFromNow, protectedHousehold, type Fault } from '../../data/setup.ts';

const TWO = [
  member(),
  member({ name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' }, birthDate: '1982-05-02', sex: '2', relationship: '02' }),
];

/** The 20th of the month after YYYY-MM. */
function twentiethOfNext(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-20`;
}

async function monthly(ctx: CheckContext, month: string): Promise<Json> {
  const supervisor = requireClient(ctx, 'supervisor');
  return expectBody(ctx, await send(supervisor, 'getMonthlyStatistics', { path: { month } }), 200,
    { ja: `${month} の月次の集計（getMonthlyStatistics）`, en: `the monthly figures of ${month} (getMonthlyStatistics)` });
}

async function annual(ctx: CheckContext, year: string): Promise<Json> {
  const supervisor = requireClient(ctx, 'supervisor');
  return expectBody(ctx, await send(supervisor, 'getAnnualStatistics', { path: { year } }), 200,
    { ja: `${year} 年の年次の集計（getAnnualStatistics）`, en: `the annual figures of ${year} (getAnnualStatistics)` });
}

const num = (v: unknown) => (typeof v === 'number' ? v : NaN);

/**
 * 11.1.1, 11.1.2, 11.1.4, 11.1.7, 11.1.9: in a section of its own the check makes three households — one protected
 * all month (2 persons), one started in the month (1 person), one suspended since the month before (1 person) — and
 * compares the section's figures with what it made: 2 households and 3 persons protected in the month. The
 * system-wide counts (suspended, started) are compared as deltas from a reading taken before.
 */
export const monthlySectionFigures = defineCheck({
  id: 'statistics.monthly-section-figures',
  title: {
    ja: '月次の集計が、登録した世帯・決定から係別の被保護実世帯数・実人員、停止中世帯数、開始世帯数を正しく数え、報告期限を翌月20日とする',
    en: 'The monthly figures count, from the registered households and decisions, the protected households and persons of a section, the suspended and started households, with the 20th of the next month as deadline',
  },
  verifies: ['11.1.1', '11.1.2', '11.1.4', '11.1.7', '11.1.8', '11.1.9'],
  editions: ['2.1'],
  async run(ctx) {
    const month = monthFromNow(-2);
    const before = await monthly(ctx, month);
    const whole = await protectedHousehold(ctx, { startOn: dayOf(monthFromNow(-4), 1), members: TWO });
    const section = whole.section;
    await protectedHousehold(ctx, { startOn: dayOf(month, 5), section });
    const suspended = await protectedHousehold(ctx, { startOn: dayOf(monthFromNow(-4), 1), section });
    await caseDecision(ctx, suspended.householdId, {
      type: 'suspend', decidedOn: dayOf(monthFromNow(-3), 15), effectiveOn: dayOf(monthFromNow(-3), 15),
      reasonText: '一時的に収入が最低生活費を上回るため保護を停止する。（試験データ）',
    });
    const after = await monthly(ctx, month);
    const faults: Fault[] = [];
    const rows = Array.isArray(after.bySection) ? after.bySection.filter(isObject) : [];
    const mine = rows.find((r) => r.section === section);
    if (!mine) faults.push({ ja: `係別の集計に係「${section}」がない`, en: `the figures by section have no row for "${section}"` });
    else if (mine.households !== 2 || mine.persons !== 3) {
      faults.push({
        ja: `係「${section}」の被保護実世帯数・実人員が ${String(mine.households)}世帯・${String(mine.persons)}人（登録したのは 2世帯・3人：停止中の世帯は数えない）`,
        en: `section "${section}" shows ${String(mine.households)} households and ${String(mine.persons)} persons protected (the check made 2 households and 3 persons; the suspended household does not count)`,
      });
    }
    const delta = (key: string) => num(after[key]) - num(before[key]);
    if (!(delta('suspendedHouseholds') >= 1)) {
      faults.push({ ja: `月末に停止中の世帯を登録したが、保護停止中世帯数が ${delta('suspendedHouseholds')} 増えた`, en: `a household suspended at the end of the month was added but suspendedHouseholds changed by ${delta('suspendedHouseholds')}` });
    }
    if (!(delta('startedHouseholds') >= 1) || !(delta('protectedHouseholds') >= 2)) {
      faults.push({ ja: `保護開始世帯数・被保護実世帯数の増分（${delta('startedHouseholds')}・${delta('protectedHouseholds')}）が登録した世帯（1・2）より少ない`, en: `started and protected households rose by ${delta('startedHouseholds')} and ${delta('protectedHouseholds')}, less than the 1 and 2 the check made` });
    }
    if (after.dueDate !== twentiethOfNext(month)) {
      faults.push({ ja: `報告期限が ${String(after.dueDate)}（翌月20日 ${twentiethOfNext(month)} であるべき）`, en: `the due date is ${String(after.dueDate)}, not the 20th of the next month (${twentiethOfNext(month)})` });
    }
    failIfAny(ctx, faults);
  },
});

/**
 * 11.2.1, 11.2.2: 31 July is the reference date. The check makes, in a year long past, a household started on 15 July
 * (protected on 31 July; 1 person) and one discontinued on 20 July (protected on 1 July only; 2 persons): the annual
 * figures must rise by 1 household and 1 person, and name 31 July and 31 August.
 */
export const annualReferenceDate = defineCheck({
  id: 'statistics.annual-as-of-31-july',
  title: {
    ja: '年次の集計は7月31日現在の被保護世帯数・人員を数え、調査基準日7月31日・報告期限8月31日を示す',
    en: 'The annual figures count households protected on 31 July and show 31 July and 31 August',
  },
  verifies: ['11.2.1', '11.2.2'],
  async run(ctx) {
    const year = String(new Date().getUTCFullYear() - 4);
    const before = await annual(ctx, year);
    await protectedHousehold(ctx, { startOn: `${year}-07-15` });
    const ended = await protectedHousehold(ctx, { startOn: `${year}-06-01`, members: TWO });
    await caseDecision(ctx, ended.householdId, {
      type: 'discontinue', decidedOn: `${year}-07-20`, effectiveOn: `${year}-07-20`, discontinuationReason: '01',
      reasonText: '傷病が治癒し就労収入が最低生活費を上回ったため保護を廃止する。（試験データ）',
    });
    const after = await annual(ctx, year);
    const faults: Fault[] = [];
    const dh = num(after.protectedHouseholds) - num(before.protectedHouseholds);
    const dp = num(after.protectedPersons) - num(before.protectedPersons);
    if (dh !== 1 || dp !== 1) {
      faults.push({
        ja: `7月15日開始の世帯（1人）と7月20日廃止の世帯（2人）を登録したが、被保護世帯数・人員の増分が ${dh}世帯・${dp}人（1世帯・1人であるべき）`,
        en: `after adding a household started on 15 July (1 person) and one discontinued on 20 July (2 persons), the figures rose by ${dh} households and ${dp} persons (expected 1 and 1)`,
      });
    }
    if (after.referenceDate !== `${year}-07-31`) faults.push({ ja: `調査基準日が ${String(after.referenceDate)}（${year}-07-31 であるべき）`, en: `the reference date is ${String(after.referenceDate)}, not ${year}-07-31` });
    if (after.dueDate !== `${year}-08-31`) faults.push({ ja: `報告期限が ${String(after.dueDate)}（${year}-08-31 であるべき）`, en: `the due date is ${String(after.dueDate)}, not ${year}-08-31` });
    failIfAny(ctx, faults);
  },
});
