import { mutant, type Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 11 (issue #5). */
export const MORE_11: Mutant[] = [
  mutant('discontinued-month-not-protected', ['11.1.1'], '月の途中で廃止（移管を含む）した世帯を、その月の被保護実世帯数・実人員に数えない。', 'A household whose protection ended during the month is left out of the households and persons protected in that month.'),
  mutant('ex-officio-start-not-counted', ['11.1.4'], '職権による保護の開始を保護開始世帯数・人員に数えない。', 'Ex-officio starts are not counted among the starts of the month.'),
  mutant('transfer-not-counted-as-discontinued', ['11.1.5'], '移管による廃止を保護廃止世帯数・人員に数えない。', 'Discontinuations by transfer to another office are not counted among the discontinuations of the month.'),
  mutant('cancelled-tickets-counted', ['11.1.6', '11.1.8'], '扶助の種類別の集計で、取り消した医療券・介護券も医療扶助・介護扶助に数える。', 'Cancelled medical and care tickets still count for 医療扶助 and 介護扶助 in the monthly figures.'),
  mutant('monthly-due-date-same-month', ['11.1.7'], '月次調査の報告期限を翌月20日ではなく調査月の20日とする。', 'The monthly deadline is the 20th of the month surveyed instead of the next month.'),
  mutant('monthly-figures-cached', ['11.1.8'], '月次の集計を月ごとに最初に算出した値のまま返し、その後に登録された決定・券を反映しない。', 'The monthly figures first computed for a month are answered again, ignoring decisions and tickets registered since.'),
  mutant('section-persons-heads-only', ['11.1.9'], '係別の集計で、人員に世帯数（世帯主のみ）を示す。', 'The figures by section give the number of households as the number of persons.'),
  mutant('annual-ticket-validity-ignored', ['11.2.3'], '年次調査の医療扶助・介護扶助に、7月31日に有効でない7月分の券も数える。', 'The yearly figures count July tickets for 医療・介護 even when they are not valid on 31 July.'),
  mutant('household-size-capped-at-5', ['11.2.4'], '世帯人員別の集計で、6人以上の世帯を5人の世帯として数える。', 'Households of six or more are counted as households of five.'),
  mutant('age-band-age-at-year-start', ['11.2.5'], '年齢階級別の集計で、年齢を7月31日ではなく1月1日現在で数える。', 'Ages for the age bands are taken on 1 January instead of 31 July.'),
  mutant('work-status-unrecorded-as-not-working', ['11.2.6'], '就労状況が未登録の世帯員を非就労として数え、未登録として区分しない。', 'Members without an employment status are counted as not working instead of unrecorded.'),
  mutant('living-arrangement-unrecorded-as-home', ['11.2.7'], '生活形態が未登録の世帯員を居宅として数え、未登録として区分しない。', 'Members without a living arrangement are counted as at home instead of unrecorded.'),
  mutant('elderly-with-children-not-elderly', ['11.3.2'], '65歳以上の者に18歳未満の者が加わった世帯を高齢者世帯として数えない。', 'A household of people 65 or over with children under 18 is not counted as an elderly household.'),
  mutant('mother-child-adult-child', ['11.3.3'], '18歳以上の子と母の世帯も母子世帯として数える。', 'A mother living with children of 18 or over is counted as a single-mother household.'),
  mutant('hospitalised-head-not-sick', ['11.3.5', '11.3.1'], '世帯類型の導出で世帯主の生活形態（入院）を読まず、傷病者世帯を導かない。', "The household type ignores the head's living arrangement (in hospital), so no household is a sick household."),
];
