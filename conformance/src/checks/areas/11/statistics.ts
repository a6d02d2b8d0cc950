import { defineCheck } from '../../../engine/registry.ts';
import { member } from '../../data/fixtures.ts';
import { caseDecision, dayOf, failIfAny, monthFromNow, protectedHousehold, type Fault } from '../../data/setup.ts';
import { annualFigures, endCase, expectRise, inPeriod, monthlyFigures, person, sectionRow, startedCase, yearsAgo } from './survey.ts';

const TWO = [
  member(),
  member({ name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' }, birthDate: '1982-05-02', sex: '2', relationship: '02' }),
];

/**
 * 11.1.9 (option in 2.0, mandatory from 2.1): in a section of its own the check makes a household protected all
 * month (2 persons), one started in the month (1 person), one suspended since the month before and one discontinued
 * before the month (1 person each): the section's row must read exactly 2 households and 3 persons.
 */
export const monthlySectionFigures = defineCheck({
  id: 'statistics.monthly-section-figures',
  title: {
    ja: '月次の集計が、係別に被保護実世帯数・実人員を数え、係ごとの担当状況を示す',
    en: 'The monthly figures count the households and persons protected in the month by section (係)',
  },
  verifies: ['11.1.9'],
  async run(ctx) {
    const month = monthFromNow(-2);
    const earlier = dayOf(monthFromNow(-4), 1);
    const whole = await protectedHousehold(ctx, { startOn: earlier, members: TWO });
    const { section } = whole;
    const one = [person('1980-04-01', '1', '01')];
    await startedCase(ctx, section, one, dayOf(month, 5));
    const suspended = await startedCase(ctx, section, one, earlier);
    await caseDecision(ctx, suspended.householdId, {
      type: 'suspend', decidedOn: dayOf(monthFromNow(-3), 15), effectiveOn: dayOf(monthFromNow(-3), 15),
      reasonText: '一時的に収入が最低生活費を上回るため保護を停止する。（試験データ）',
    });
    const ended = await startedCase(ctx, section, one, earlier);
    await endCase(ctx, ended.householdId, dayOf(monthFromNow(-3), 1));
    const figures = await monthlyFigures(ctx, month);
    const mine = sectionRow(figures, section);
    if (!mine) return ctx.fail({ ja: `${month} の係別の集計（bySection）に係「${section}」がない`, en: `the figures of ${month} by section (bySection) have no row for "${section}"` });
    if (mine.households !== 2 || mine.persons !== 3) {
      ctx.fail({
        ja: `係「${section}」の被保護実世帯数・実人員が ${String(mine.households)}世帯・${String(mine.persons)}人（登録したのは 2世帯・3人：停止中・廃止済の世帯は数えない）`,
        en: `section "${section}" shows ${String(mine.households)} households and ${String(mine.persons)} persons protected (the check made 2 households and 3 persons; suspended and discontinued households do not count)`,
      });
    }
  },
});

/**
 * 11.2.1, 11.2.2: 31 July is the reference date. The check makes, in a year long past, a household started on 15 July
 * (protected on 31 July; 1 person; discontinued on 1 August) and one discontinued on 20 July (protected on 1 July
 * only; 2 persons): the annual figures must rise by 1 household and 1 person, and name 31 July and 31 August.
 */
export const annualReferenceDate = defineCheck({
  id: 'statistics.annual-as-of-31-july',
  title: {
    ja: '年次の集計は7月31日現在の被保護世帯数・人員を数え、調査基準日7月31日・報告期限8月31日を示す',
    en: 'The annual figures count households protected on 31 July and show 31 July and 31 August',
  },
  verifies: ['11.2.1', '11.2.2'],
  async run(ctx) {
    const year = yearsAgo(4);
    const before = await annualFigures(ctx, year);
    await inPeriod(ctx, `${year}-08-01`, async (period) => {
      const started = await protectedHousehold(ctx, { startOn: `${year}-07-15`, section: period.section });
      period.track(started.householdId);
      const ended = await protectedHousehold(ctx, { startOn: `${year}-06-01`, members: TWO, section: period.section });
      period.track(ended.householdId);
      await caseDecision(ctx, ended.householdId, {
        type: 'discontinue', decidedOn: `${year}-07-20`, effectiveOn: `${year}-07-20`, discontinuationReason: '01',
        reasonText: '傷病が治癒し就労収入が最低生活費を上回ったため保護を廃止する。（試験データ）',
      });
      await period.end(ended.householdId);
    });
    const after = await annualFigures(ctx, year);
    const faults: Fault[] = [];
    expectRise(faults, before, after, { protectedHouseholds: 1, protectedPersons: 1 }, `${year}-07-31`);
    if (after.referenceDate !== `${year}-07-31`) faults.push({ ja: `調査基準日が ${String(after.referenceDate)}（${year}-07-31 であるべき）`, en: `the reference date is ${String(after.referenceDate)}, not ${year}-07-31` });
    if (after.dueDate !== `${year}-08-31`) faults.push({ ja: `報告期限が ${String(after.dueDate)}（${year}-08-31 であるべき）`, en: `the due date is ${String(after.dueDate)}, not ${year}-08-31` });
    failIfAny(ctx, faults);
  },
});
