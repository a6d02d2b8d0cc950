import { mutant, type Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 01-04 (issue #5). */
export const MORE_01_04: Mutant[] = [
  mutant('electronic-application-not-distinguished', ['01.2.8'], '電子申請の受付方法を窓口として登録し、電子申請を区別しない。', 'An electronic application is registered as lodged at the counter.'),
  mutant('asset-declaration-visit-unlinked', ['02.3.1'], '定期訪問で受領した資産申告を訪問記録と関連付けない。', 'An asset declaration received on a visit is not linked to the visit record.'),
  mutant('tax-survey-linked-wrong-year', ['02.4.1'], '庁内連携による課税調査で、所得年の翌年度ではなく所得年と同じ年度の課税情報を用いる。', 'The linked tax survey takes the 課税年度 equal to the income year instead of the year after it.'),
  mutant('electronic-income-first-slip-only', ['02.6.1'], '電子提出された給与明細のうち1件目の額だけを収入申告の額とする。', 'The income report from pay-slip data counts the first slip only.'),
  mutant('payslip-net-unchecked', ['02.6.2'], '差引支給額が総支給額から控除額を差し引いた額と一致しない給与明細データを受け付ける。', 'A pay slip whose net amount does not add up is accepted.'),
  mutant('payslip-double-counted', ['02.6.3'], '既に受け付けた給与明細の再提出を新たな収入として計上する。', 'A pay slip already accepted is counted again when resubmitted.'),
  mutant('payslip-data-not-kept', ['02.6.4'], '提出された給与明細データのうち支給日と金額以外（控除の内訳・支給対象期間等）を保持しない。', 'Only the pay date and the amounts of each submitted slip are kept.'),
  mutant('decision-calculation-amounts-dropped', ['03.1.5'], '決定に算定結果を紐付けても、最低生活費・収入充当額・支給額を記録しない。', 'A decision linked to a calculation keeps none of its minimum cost, credited income and payment.'),
  mutant('decision-change-alert-unlinked', ['03.4.13'], '異動の通知を契機とする職権による決定に、契機となった異動の通知を記録しない。', 'An ex-officio decision prompted by a change alert does not keep the alert.'),
  mutant('decision-unapproved-approval-accepted', ['03.5.9'], '承認されていない電子決裁を決定に紐付けられる。', 'A decision can be linked to an approval that is not yet approved.'),
  mutant('notice-without-calculation-breakdown', ['03.6.7'], '決定通知書に最低生活費・収入充当額・支給額を記載しない。', 'Decision notices carry no minimum cost, credited income or payment.'),
  mutant('notice-bulk-section-ignored', ['03.6.9'], '決定通知書の一括出力で係の指定を無視し、他の係の通知書も出力する。', 'The bulk output of notices ignores the section and includes other sections.'),
  mutant('income-report-deductions-dropped', ['04.4.6'], '収入申告を算定に取り込むとき、総額だけを取り込み社会保険料・税・通勤費の控除を取り込まない。', 'An income report taken into a calculation brings its gross amount but none of its deductions.'),
];
