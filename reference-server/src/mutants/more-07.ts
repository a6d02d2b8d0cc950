import { mutant, type Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 07 (issue #5). */
export const MORE_07: Mutant[] = [
  mutant('capacity-elements-optional', ['07.1.2'], '稼働能力ありの判定を、活用の意思又は就労の場の有無の記録なしで受け付ける。', 'An assessment of capacity to work is accepted without the willingness or the job opportunity.'),
  mutant('assessment-grounds-dropped', ['07.1.3'], '稼働能力の判定の根拠のうち資格と生活歴・職歴を記録しない。', 'The qualifications and the life and work history of an assessment are not kept.'),
  mutant('outcome-date-replaced', ['07.2.3'], '就労支援の結果の日付を、結果日ではなく記録した日とする。', 'An outcome is dated the day it was recorded instead of its own date.'),
  mutant('outcome-earnings-dropped', ['07.2.4'], '就職・収入増加の結果に就労収入の月額と就労状況を記録しない。', 'The monthly earnings and the work status of an outcome are not kept.'),
  mutant('outcome-after-end-accepted', ['07.2.5'], '終了した就労支援への結果の追加を受け付ける。', 'An outcome is added to an enrolment that has ended.'),
  mutant('support-list-without-outcomes', ['07.2.6'], '世帯の就労支援の一覧に結果を含めない。', "The household's employment-support list carries no outcomes."),
  mutant('timeline-without-employment-support', ['07.2.7'], '世帯の時系列表示に就労支援の開始と結果を含めない。', 'The time line leaves out the start and outcomes of employment support.'),
  mutant('referral-enrolment-of-another-member', ['07.3.3'], 'ハローワークへの支援要請に他の世帯員の就労支援を関連付けられる。', "A referral can be linked to another member's enrolment."),
  mutant('assessment-date-replaced', ['07.1.1'], '稼働能力の判定の判定日を、指定された判定日でなく登録した日とする。', 'An assessment of capacity to work is dated the day it was recorded instead of its own date.'),
  mutant('enrolment-goal-dropped', ['07.2.1'], '就労支援への登録で支援目標を記録しない。', 'The goal of an enrolment in employment support is not kept.'),
  mutant('referral-date-replaced', ['07.3.1'], 'ハローワークへの支援要請の要請日を、指定された要請日でなく登録した日とする。', 'A Hello Work referral is dated the day it was recorded instead of the day it was made.'),
  mutant('independence-benefit-grant-date-replaced', ['07.4.1'], '就労自立給付金の支給決定日を、指定された支給決定日でなく登録した日とする。', 'A grant of the employment-independence benefit is dated the day it was recorded instead of its own date.'),
  mutant('independence-benefit-work-date-unrecorded', ['07.4.5'], '就労自立給付金の支給決定に就労開始日を記録せず、支給決定日で置き換える。', 'A grant of the benefit keeps the grant date in place of the first day of work.'),
];
