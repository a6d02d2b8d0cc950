import { mutant, type Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 05-10 (issue #5). */
export const MORE_05_10: Mutant[] = [
  mutant('caseworker-has-accountant-role', ['05.1.10', '10.2.8', '10.4.9'], '地区担当員の開発用トークンに経理担当の役割も与える（地区担当員が定例支給の実行、納付の記録及び不納欠損処理をできる）。', "The case worker's token also carries the accountant role (case workers can run payments, record payments into claims and write claims off)."),
  mutant('occasional-method-ignored', ['05.2.6'], '随時支給ごとに指定した支給方法を無視し、世帯の支給方法で支払う。', "The method sent with an occasional payment is ignored: it is paid by the household's method."),
  mutant('deductions-not-itemised', ['05.4.3'], '支給の徴収額を債権ごとに、代理納付額を支払先ごとに分けず、それぞれ1件にまとめて記録する。', 'Deductions and proxy payments are each recorded as one lump, not per claim and per payee.'),
  mutant('payment-list-filters-ignored', ['05.4.4'], '支給の一覧で支給方法、係及び地区担当員による絞り込みを無視する。', 'Listing payments ignores the method, section and case-worker filters.'),
  mutant('claim-obligor-unchecked', ['10.1.3'], '法第77条の徴収金の債務者を確認せず、扶養義務者の指定がなくても、他の世帯の扶養義務者を指定しても調定する。', 'The debtor of an Art. 77 claim is not checked: it is assessed with no person liable for support, or with one of another household.'),
  mutant('claim-list-filters-ignored', ['10.1.9'], '債権の一覧で法定根拠、係及び地区担当員による絞り込みを無視する。', 'Listing claims ignores the legal-basis, section and case-worker filters.'),
  mutant('claims-closed-after-discontinuation', ['10.1.10'], '保護中でない（廃止した）世帯の債権の調定及び納付の記録を拒否する。', 'Claims of a household no longer in protection (discontinued) can be neither assessed nor paid into.'),
  mutant('instalment-plan-dropped', ['10.2.5'], '調定で送られた分納計画を記録しない。', 'The instalment plan sent with a claim is not recorded.'),
  mutant('deduction-on-request-day', ['10.3.5'], '申出の日と同じ日を支給日とする定例支給からも保護金品から徴収する。', 'A regular payment paid on the very day of the written request is deducted from.'),
  mutant('repayment-minimum-cost-as-entitlement', ['10.5.3'], '返還金等の算定で、指定された保護費算定結果の保護費（扶助額）でなく最低生活費を再算定後の支給額とする。', 'A repayment calculation takes the minimum cost of living of the stored calculation, not its payment, as the recalculated entitlement.'),
  mutant('repayment-exclusion-ignored', ['10.5.6'], '返還を求めない額を記録するが、過払額の合計から差し引かない。', 'The amount not reclaimed is recorded but not subtracted from the overpaid total.'),
];
