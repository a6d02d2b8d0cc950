import { defineCheck } from '../../../engine/registry.ts';
import type { Json } from '../../data/households.ts';
import { failIfAny, type Fault } from '../../data/setup.ts';
import { annualFigures, BY, casesBetween, expectBreakdownRise, expectRise, person, yearsAgo, type Breakdown } from './survey.ts';

const TYPE_AND_SIZE: Breakdown = {
  list: 'byHouseholdTypeAndSize', title: { ja: '世帯類型・世帯人員別', en: 'byHouseholdTypeAndSize' },
  row: (r) => ({ ja: `世帯類型${String(r.householdType)}・${String(r.size)}人${r.size === 6 ? '以上' : ''}`, en: `type ${String(r.householdType)} size ${String(r.size)}` }),
};
const AGE_AND_SEX: Breakdown = {
  list: 'byAgeGroupAndSex', title: { ja: '年齢階級・性別', en: 'byAgeGroupAndSex' },
  row: (r) => {
    const from = Number(r.ageFrom);
    return { ja: `${from}歳${from === 85 ? '以上' : `〜${from + 4}歳`}・性別${String(r.sex)}`, en: `age ${from}${from === 85 ? '+' : `-${from + 4}`} sex ${String(r.sex)}` };
  },
};
const WORK: Breakdown = { list: 'byWorkStatus', title: { ja: '就労状況別', en: 'byWorkStatus' }, row: (r) => ({ ja: `就労状況${String(r.workStatus)}`, en: `workStatus ${String(r.workStatus)}` }) };
const LIVING: Breakdown = {
  list: 'byLivingArrangement', title: { ja: '生活形態別', en: 'byLivingArrangement' },
  row: (r) => ({ ja: `生活形態${String(r.livingArrangement)}`, en: `livingArrangement ${String(r.livingArrangement)}` }),
};

const band = (ageFrom: number, sex: string, persons = 1): Json => ({ ageFrom, sex, persons });

/**
 * 11.2.4, 11.2.5: for 31 July ten years back (protected 1 July – 1 August) the check registers 15 persons in five
 * households: 高齢者世帯 of 3 (77 man, a woman who is 65 on 31 July, a mother of 90), 母子世帯 of 3 (mother 32, a
 * boy who turns 10 on 31 July, a girl who turns 5 on 1 August), その他 of 7 (a head who turns 65 on 31 July, a
 * wife who turns 65 on 1 August, five children of 40, 38, 20, 17, 12), 障害者世帯 of 1 (50) and 傷病者世帯 of 1
 * (45). The annual figures by 世帯類型 × 世帯人員 (7 counted as "6 or more") and by 5-year age band × sex (ages on
 * 31 July, 85 and over together) must rise by exactly these.
 */
export const annualByTypeSizeAgeSex = defineCheck({
  id: 'statistics.annual-by-type-size-age-sex',
  title: {
    ja: '年次の集計が7月31日現在の被保護世帯数を世帯類型別かつ世帯人員別に、被保護人員を同日の年齢の5歳階級別かつ性別に数える',
    en: 'The annual figures count households protected on 31 July by household type and size, and persons by 5-year age band (age on 31 July) and sex',
  },
  verifies: ['11.2.4', '11.2.5'],
  async run(ctx) {
    const y = yearsAgo(10);
    const born = (age: number, md = '01-01') => `${y - age}-${md}`;
    const before = await annualFigures(ctx, y);
    await casesBetween(ctx, `${y}-07-01`, `${y}-08-01`, [
      { members: [person(born(77, '03-01'), '1', '01'), person(born(66, '08-01'), '2', '02'), person(born(90), '2', '05')] },
      { members: [person(born(32), '2', '01'), person(born(10, '07-31'), '1', '03'), person(born(5, '08-01'), '2', '03')] },
      {
        members: [
          person(born(65, '07-31'), '1', '01'), person(born(65, '08-01'), '2', '02'), person(born(40), '1', '03'), person(born(38), '2', '03'),
          person(born(20), '1', '03'), person(born(17), '2', '03'), person(born(12), '1', '03'),
        ],
      },
      { members: [person(born(50), '1', '01', { disabilityAddition: '1' })] },
      { members: [person(born(45), '2', '01', { livingArrangement: '02' })] },
    ]);
    const after = await annualFigures(ctx, y);
    const faults: Fault[] = [];
    expectRise(faults, before, after, { protectedHouseholds: 5, protectedPersons: 15 }, `${y}-07-31`);
    expectBreakdownRise(faults, BY.householdType, before, after, [
      { householdType: '1', households: 1, persons: 3 }, { householdType: '2', households: 1, persons: 3 }, { householdType: '3', households: 1, persons: 1 },
      { householdType: '4', households: 1, persons: 1 }, { householdType: '5', households: 1, persons: 7 },
    ]);
    expectBreakdownRise(faults, TYPE_AND_SIZE, before, after, [
      { householdType: '1', size: 3, households: 1 }, { householdType: '2', size: 3, households: 1 }, { householdType: '5', size: 6, households: 1 },
      { householdType: '3', size: 1, households: 1 }, { householdType: '4', size: 1, households: 1 },
    ]);
    expectBreakdownRise(faults, AGE_AND_SEX, before, after, [
      band(75, '1'), band(65, '2'), band(85, '2'), // 高齢者世帯
      band(30, '2'), band(0, '2'), band(10, '1', 2), // 母子世帯 (10 on 31 July; 4 until 1 August) and the その他 child of 12
      band(65, '1'), band(60, '2'), band(40, '1'), band(35, '2'), band(20, '1'), band(15, '2'), // その他
      band(50, '1'), band(45, '2'),
    ]);
    failIfAny(ctx, faults);
  },
});

/**
 * 11.2.6, 11.2.7: for 31 July eleven years back the check registers a head in regular employment at home, his wife
 * doing piecework with no 生活形態 recorded, their child of 10 at home with no 就労状況, and a single woman not
 * working in a 救護施設. The annual figures must rise by 就労状況 4, 3, 0 one person each and 1 unrecorded, and by
 * 生活形態 01 two persons, 04 one and 1 unrecorded — unrecorded members counted apart, never under a code.
 */
export const annualByWorkAndLiving = defineCheck({
  id: 'statistics.annual-by-work-status-and-living-arrangement',
  title: {
    ja: '年次の集計が7月31日現在の被保護人員を就労状況別・生活形態別に、未登録の者を区分して数える',
    en: 'The annual figures count persons protected on 31 July by employment status and by living arrangement, members without one counted apart',
  },
  verifies: ['11.2.6', '11.2.7'],
  async run(ctx) {
    const y = yearsAgo(11);
    const before = await annualFigures(ctx, y);
    await casesBetween(ctx, `${y}-07-01`, `${y}-08-01`, [
      {
        members: [
          person('1970-01-01', '1', '01', { workStatus: '4', livingArrangement: '01' }), person('1972-01-01', '2', '02', { workStatus: '3' }),
          person(`${y - 10}-01-01`, '1', '03', { livingArrangement: '01' }),
        ],
      },
      { members: [person('1960-01-01', '2', '01', { workStatus: '0', livingArrangement: '04' })] },
    ]);
    const after = await annualFigures(ctx, y);
    const faults: Fault[] = [];
    expectRise(faults, before, after, { protectedPersons: 4, workStatusUnrecorded: 1, livingArrangementUnrecorded: 1 }, `${y}-07-31`);
    expectBreakdownRise(faults, WORK, before, after, [{ workStatus: '4', persons: 1 }, { workStatus: '3', persons: 1 }, { workStatus: '0', persons: 1 }]);
    expectBreakdownRise(faults, LIVING, before, after, [{ livingArrangement: '01', persons: 2 }, { livingArrangement: '04', persons: 1 }]);
    failIfAny(ctx, faults);
  },
});
