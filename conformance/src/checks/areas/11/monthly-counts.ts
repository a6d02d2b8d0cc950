import { defineCheck } from '../../../engine/registry.ts';
import { member } from '../../data/fixtures.ts';
import { protectedHousehold } from '../../data/protection.ts';
import { caseDecision, failIfAny, type Fault } from '../../data/setup.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';
import { expectRise, inPeriod, monthlyFigures, person, sectionRow, yearsAgo } from './survey.ts';

/** 札幌市: a 地方公共団体コード other than the fixtures' own (the office the household moves to). */
const DESTINATION = '011002';

/**
 * 11.1.1, 11.1.2, 11.1.4, 11.1.5, 11.1.7, 11.1.8: in March five years back (a month no other check touches) the
 * check reads the monthly figures, then registers in a section of its own: a 開始 on application effective on the
 * 5th (2 persons), a 職権開始 on the 10th (1 person), a household suspended since February (1 person), a 廃止 on the
 * 15th (1 person) and a 移管 on the 20th (3 persons); every household ends by 1 April. Read again, the figures must
 * have risen by exactly 4 households and 7 persons protected in the month (the suspended one not counted), 1
 * suspended household, 2 starts with 3 persons and 2 discontinuations with 4 persons (移管 included); when the
 * figures carry the section's row it must read 4 households and 7 persons. The deadline is 20 April, and for
 * December the 20th of the next January.
 */
export const monthlyCounts = defineCheck({
  id: 'statistics.monthly-protected-started-discontinued',
  title: {
    ja: '月次の集計が、登録した開始（職権開始を含む）・停止・廃止（移管を含む）の決定から被保護実世帯数・実人員、停止中世帯数、開始・廃止の世帯数・人員を正しく数え、報告期限を翌月20日とする',
    en: 'The monthly figures count, from the decisions just registered, the households and persons protected, suspended, started (ex officio included) and discontinued (transfers included), with the 20th of the next month as deadline',
  },
  verifies: ['11.1.1', '11.1.2', '11.1.4', '11.1.5', '11.1.7', '11.1.8'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const year = yearsAgo(5);
    const month = `${year}-03`;
    const day = (m: string, d: string) => `${year}-${m}-${d}`;
    const before = await monthlyFigures(ctx, month);
    const one = [person('1980-04-01', '1', '01')];
    const section = await inPeriod(ctx, day('04', '01'), async (period) => {
      const applied = await protectedHousehold(ctx, {
        startOn: day('03', '05'), section: period.section,
        members: [member(), member({ name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' }, birthDate: '1982-05-02', sex: '2', relationship: '02' })],
      });
      period.track(applied.householdId);
      await period.start(one, day('03', '10'));
      const suspended = await period.start(one, day('02', '01'));
      await caseDecision(ctx, suspended.householdId, {
        type: 'suspend', decidedOn: day('02', '20'), effectiveOn: day('02', '20'),
        reasonText: '一時的に収入が最低生活費を上回るため保護を停止する。（試験データ）',
      });
      const ended = await period.start(one, day('02', '01'));
      await period.end(ended.householdId, day('03', '15'));
      const moved = await period.start([person('1975-01-01', '1', '01'), person('1977-02-02', '2', '02'), person('2005-03-03', '1', '03')], day('02', '01'));
      await must(ctx, caseworker, 'transferCase', {
        path: { householdId: moved.householdId },
        body: {
          destinationLgCode: DESTINATION, destinationOfficeName: '見本市福祉事務所（試験）', movedOn: day('03', '18'),
          decidedOn: day('03', '20'), effectiveOn: day('03', '20'), reasonText: '他の実施機関の管内へ転居したため移管する。（試験データ）',
        },
      }, 201, { ja: '試験用の世帯の移管', en: 'the transfer of a test household' });
      await period.end(moved.householdId);
      return period.section;
    });
    const after = await monthlyFigures(ctx, month);
    const faults: Fault[] = [];
    expectRise(faults, before, after, {
      protectedHouseholds: 4, protectedPersons: 7, suspendedHouseholds: 1,
      startedHouseholds: 2, startedPersons: 3, discontinuedHouseholds: 2, discontinuedPersons: 4,
    }, month);
    const row = sectionRow(after, section);
    if (Array.isArray(after.bySection) && !row) {
      faults.push({ ja: `係別の集計（bySection）に係「${section}」の行がない（4世帯・7人を登録した）`, en: `the figures by section (bySection) have no row for "${section}" (the check made 4 households and 7 persons)` });
    } else if (row && (row.households !== 4 || row.persons !== 7)) {
      faults.push({
        ja: `係「${section}」の被保護実世帯数・実人員が ${String(row.households)}世帯・${String(row.persons)}人（登録したのは 4世帯・7人：停止中の世帯は数えない）`,
        en: `section "${section}" shows ${String(row.households)} households and ${String(row.persons)} persons (the check made 4 and 7; the suspended household does not count)`,
      });
    }
    if (after.dueDate !== day('04', '20')) {
      faults.push({ ja: `${month} の報告期限が ${String(after.dueDate)}（翌月20日 ${day('04', '20')} であるべき）`, en: `the due date of ${month} is ${String(after.dueDate)}, not ${day('04', '20')}` });
    }
    const december = await monthlyFigures(ctx, `${year}-12`);
    if (december.dueDate !== `${year + 1}-01-20`) {
      faults.push({ ja: `${year}-12 の報告期限が ${String(december.dueDate)}（翌年1月20日 ${year + 1}-01-20 であるべき）`, en: `the due date of ${year}-12 is ${String(december.dueDate)}, not ${year + 1}-01-20` });
    }
    failIfAny(ctx, faults);
  },
});
