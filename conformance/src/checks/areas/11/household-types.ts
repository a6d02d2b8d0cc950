import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import type { Json } from '../../data/households.ts';
import { failIfAny, type Fault } from '../../data/setup.ts';
import { BY, casesBetween, expectBreakdownRise, monthlyFigures, person, yearsAgo } from './survey.ts';

/** A fixture household with the 世帯類型 the survey's definitions give it (code list householdType). */
interface Typed { members: Json[]; type: string; why: { ja: string; en: string } }

/**
 * Registers the households in month `monthNo` of the year `yearsBack` years ago, a month of their own (protected
 * from its 1st day, discontinued on the 1st of the next month; `born(age)` is 1 January of the year `age` years
 * before), checks the 世帯類型 each household shows (createHousehold's answer) and the rise of the month's
 * figures by 世帯類型 (households and persons), exactly.
 */
async function typesOfMonth(ctx: CheckContext, yearsBack: number, monthNo: number, fixtures: (born: (age: number) => string) => Typed[]): Promise<void> {
  const y = yearsAgo(yearsBack);
  const [month, next] = [monthNo, monthNo + 1].map((m) => `${y}-${String(m).padStart(2, '0')}`) as [string, string];
  const households = fixtures((age) => `${y - age}-01-01`);
  const before = await monthlyFigures(ctx, month);
  const cases = await casesBetween(ctx, `${month}-01`, `${next}-01`, households);
  const after = await monthlyFigures(ctx, month);
  const faults: Fault[] = [];
  households.forEach((h, i) => {
    const shown = cases[i]!.household.householdType;
    if (shown !== h.type) {
      faults.push({ ja: `${h.why.ja}の世帯の世帯類型が ${String(shown)}（${h.type} であるべき。createHousehold の応答）`, en: `the household of ${h.why.en} shows household type ${String(shown)}, not ${h.type} (createHousehold)` });
    }
  });
  const expected = new Map<string, Json>();
  for (const h of households) {
    const row = expected.get(h.type) ?? { householdType: h.type, households: 0, persons: 0 };
    expected.set(h.type, { ...row, households: Number(row.households) + 1, persons: Number(row.persons) + h.members.length });
  }
  expectBreakdownRise(faults, BY.householdType, before, after, [...expected.values()]);
  failIfAny(ctx, faults);
}

/**
 * 11.1.3, 11.3.1, 11.3.2, 11.3.3: in May six years back, households of 80 + a grandchild of 8 (高齢者世帯), 75 +
 * a son of 40 (not 高齢), a woman of 35 without spouse + her child of 8 (母子世帯), a woman of 45 + her child of 20
 * (not 母子): each shows its type, and the month's figures by 世帯類型 rise by exactly these households and persons.
 */
export const elderlyAndMotherChild = defineCheck({
  id: 'statistics.household-type-elderly-and-mother-child',
  title: {
    ja: '65歳以上の者（18歳未満の者が加わる場合を含む）のみの世帯を高齢者世帯、65歳未満の配偶者のいない女子と18歳未満の子のみの世帯を母子世帯として導出し、世帯類型別に集計する',
    en: 'Households of people 65 or over (with under-18s) are elderly households, a woman under 65 without spouse with her children under 18 a single-mother household; the monthly figures count them by household type',
  },
  verifies: ['11.1.3', '11.3.1', '11.3.2', '11.3.3'],
  async run(ctx) {
    await typesOfMonth(ctx, 6, 5, (born) => [
      { type: '1', why: { ja: '80歳と孫（8歳）', en: 'a person of 80 with a grandchild of 8' }, members: [person(born(80), '1', '01'), person(born(8), '2', '07')] },
      { type: '5', why: { ja: '75歳と子（40歳）', en: 'a person of 75 with a son of 40' }, members: [person(born(75), '2', '01'), person(born(40), '1', '03')] },
      { type: '2', why: { ja: '35歳の女子と子（8歳）', en: 'a woman of 35 with her child of 8' }, members: [person(born(35), '2', '01'), person(born(8), '1', '03')] },
      { type: '5', why: { ja: '45歳の女子と子（20歳）', en: 'a woman of 45 with her child of 20' }, members: [person(born(45), '2', '01'), person(born(20), '2', '03')] },
    ]);
  },
});

/**
 * 11.1.3, 11.3.1, 11.3.4, 11.3.5: in June seven years back, a head with 障害者加算 and spouse (障害者世帯), a head of
 * 70 with 障害者加算 (高齢者世帯 comes first), a hospitalised head and son (傷病者世帯), a head with 障害者加算 in
 * hospital (障害者世帯 comes before 傷病者世帯) and a head whose spouse is in hospital (その他: only the head counts).
 */
export const disabledAndSickHead = defineCheck({
  id: 'statistics.household-type-disabled-and-sick-head',
  title: {
    ja: '高齢者世帯・母子世帯に当たらず世帯主が障害者加算の対象である世帯を障害者世帯、さらに障害者世帯に当たらず世帯主が入院している世帯を傷病者世帯として導出し、世帯類型別に集計する',
    en: 'A head with the disability addition makes a disabled household unless elderly or single-mother comes first; a head in hospital a sick household unless disabled comes first; the monthly figures count them by household type',
  },
  verifies: ['11.1.3', '11.3.1', '11.3.4', '11.3.5'],
  async run(ctx) {
    const disabled = { disabilityAddition: '1' };
    const inHospital = { livingArrangement: '02' };
    await typesOfMonth(ctx, 7, 6, (born) => [
      { type: '3', why: { ja: '障害者加算の世帯主（50歳）と配偶者', en: 'a head of 50 with the disability addition and spouse' }, members: [person(born(50), '1', '01', disabled), person(born(48), '2', '02')] },
      { type: '1', why: { ja: '障害者加算の世帯主（70歳）', en: 'a head of 70 with the disability addition' }, members: [person(born(70), '1', '01', { disabilityAddition: '2' })] },
      { type: '4', why: { ja: '入院中の世帯主（55歳）と子', en: 'a head of 55 in hospital and a son' }, members: [person(born(55), '1', '01', inHospital), person(born(25), '1', '03')] },
      { type: '3', why: { ja: '障害者加算の対象で入院中の世帯主（45歳）', en: 'a head of 45 in hospital with the disability addition' }, members: [person(born(45), '1', '01', { ...disabled, ...inHospital })] },
      { type: '5', why: { ja: '世帯主（40歳）と入院中の配偶者', en: 'a head of 40 whose spouse is in hospital' }, members: [person(born(40), '1', '01'), person(born(38), '2', '02', inHospital)] },
    ]);
  },
});
