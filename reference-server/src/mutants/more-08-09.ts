import { mutant, type Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 08-09 (issue #5). */
export const MORE_08_09: Mutant[] = [
  mutant('continuing-care-without-opinion', ['08.1.3'], '継続医療の医療券を、医療要否意見書の指定なしに発行する。', 'A continuing-care medical ticket is issued without a current medical opinion.'),
  mutant('institution-code-last-seven-digits', ['08.2.2'], '指定医療機関を医療機関コードの下7桁だけで特定し、都道府県番号・点数表番号の異なる別の医療機関への医療券を重複として拒否する。', 'Institutions are identified by the last seven digits of their code: a ticket for another institution differing only in the prefecture and fee-table digits is refused as a duplicate.'),
  mutant('ticket-kind-institution-mismatch', ['08.2.6'], '券種別と指定医療機関の種類を照合せず、薬局以外への調剤券や薬局への医療券を発行する。', 'The ticket kind is not matched to the institution type: dispensing tickets to non-pharmacies and medical tickets to pharmacies are issued.'),
  mutant('recipient-number-per-ticket', ['08.2.10'], '受給者番号を券ごとに振り出し、同じ世帯員の券で受給者番号が変わる。', "The recipient number is derived from each ticket, so the same member's tickets carry different numbers."),
  mutant('ticket-list-status-ignored', ['08.2.11'], '医療券・調剤券の一覧で状態による絞込みを無視する。', 'Listing medical tickets ignores the status filter.'),
  mutant('ticket-list-institution-ignored', ['08.2.12'], '医療券・調剤券の一覧で医療機関コードによる絞込みを無視する。', 'Listing medical tickets ignores the institution-code filter.'),
  mutant('eligibility-data-without-tickets', ['08.3.1'], 'オンライン資格確認の登録データに医療券・調剤券情報を出力しない（資格情報のみ）。', 'The online-eligibility data carries no ticket data (eligibility only).'),
  mutant('eligibility-data-ticket-holders-only', ['08.3.2'], 'オンライン資格確認の登録データに、券の発行のない世帯員の資格情報を含めない。', 'The online-eligibility data leaves out members without a ticket in the month.'),
  mutant('cancelled-ticket-in-eligibility-data', ['08.3.3'], 'オンライン資格確認の登録データに取消済の医療券・調剤券を含める。', 'The online-eligibility data includes cancelled tickets.'),
  mutant('provider-number-last-seven-digits', ['09.1.2'], '指定介護機関を介護事業所番号の下7桁だけで特定し、都道府県番号等の異なる別の事業所への介護券を重複として拒否する。', 'Care providers are identified by the last seven digits of their number: a ticket for another provider differing only in the leading digits is refused as a duplicate.'),
  mutant('care-ticket-validity-unchecked', ['09.1.5'], '介護券の有効期間を対象月・保護期間と照合せず、指定されたとおりに発行する。', 'The validity of a care ticket is not checked against the month and the protected period.'),
  mutant('care-ticket-list-provider-ignored', ['09.1.8'], '介護券の一覧で介護事業所番号による絞込みを無視する。', 'Listing care tickets ignores the provider-number filter.'),
  mutant('care-insurance-status-not-updated', ['09.2.1'], '世帯員の変更で介護保険の被保険者資格の変更を記録しない。', "A change of the member's long-term-care insurance status is not recorded."),
  mutant('care-ticket-insurance-by-age-only', ['09.2.2'], '介護券の被保険者資格を年齢（65歳以上）だけで判定し、世帯員の被保険者資格の記録を読まない。', "The care ticket's insurance status is decided by age (65 or over) only; the member's recorded status is not read."),
  mutant('care-premium-addition-missing', ['09.2.4'], '第1号被保険者の介護保険料を介護保険料加算として最低生活費に計上しない。', 'The premium of a first-category insured person is not counted as the care-insurance premium addition.'),
];
