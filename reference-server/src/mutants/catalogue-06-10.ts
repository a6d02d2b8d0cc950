import { mutant, type Mutant } from './types.ts';

/** Seeded defects of areas 06–10 (casework, self-reliance, medical, care, claims). */
export const MUTANTS_06_10: Mutant[] = [
  mutant('case-record-author-from-client', ['06.1.3'], 'ケース記録の記録者を認証された職員ではなく固定値で記録する。', 'The author of a case-record entry is not the authenticated member of staff.'),
  mutant('case-record-filter-ignored', ['06.1.5', '06.1.4'], 'ケース記録一覧で分類・期間の絞り込みを無視する。', 'Category and period filters of the case record are ignored.'),
  mutant('review-date-beyond-a-year', ['06.2.2'], '策定日から1年を超える見直し予定日を受け付ける。', 'A review date more than one year ahead is accepted.'),
  mutant('absent-visit-counts', ['06.3.6', '06.3.5'], '不在の訪問も訪問実績として数え、訪問遅延を解消する。', 'Absent visits count as visits, so overdue households disappear.'),
  mutant('future-visit-accepted', ['06.3.4'], '未来日付の訪問記録を受け付ける。', 'A visit dated in the future is accepted.'),
  mutant('self-approval-allowed', ['06.4.4', '06.4.3'], '起案者が自分の起案を承認できる。', 'A requester can approve their own item.'),
  mutant('approval-steps-out-of-order', ['06.4.5', '06.4.6'], '決裁ルートの後の段の承認者が先に承認できる。', 'A later step can act before the current one.'),
  mutant('keyword-search-misses-body', ['06.5.1', '06.5.2'], 'キーワード検索が本文を検索せず件名だけを検索する。', 'Keyword search looks at titles only, not the text.'),
  mutant('task-completed-twice', ['06.6.5', '06.6.4'], '処理済みの要処理事項を再度完了できる。', 'A done task can be completed again.'),
  mutant('appointment-answered-twice', ['06.7.5', '06.7.3'], '訪問日程の提案に二度回答できる。', 'A visit proposal can be answered twice.'),

  mutant('no-capacity-not-met', ['07.1.4'], '稼働能力なしの判定でも能力活用の要件を欠くとする。', 'An assessment of no capacity is recorded as not meeting the requirement.'),
  mutant('duplicate-active-enrolment', ['07.2.2'], '同じ世帯員を同じ事業に重ねて参加登録できる。', 'A member can be enrolled twice in the same active programme.'),
  mutant('referral-without-consent', ['07.3.2'], '本人の同意のないハローワークへの支援要請を受け付ける。', 'A Hello Work referral without consent is accepted.'),
  mutant('independence-benefit-twice', ['07.4.3', '07.4.2'], '同じ廃止について就労自立給付金を二度支給できる。', 'The employment-independence benefit can be granted twice for one discontinuation.'),
  mutant('independence-benefit-cap-removed', ['07.4.4'], '就労自立給付金の上限額を適用しない。', 'The upper limit of the employment-independence benefit is not applied.'),

  mutant('opinion-period-reversed', ['08.1.2'], '終期が始期より前の医療要否意見書を受け付ける。', 'An opinion whose period ends before it begins is accepted.'),
  mutant('duplicate-medical-ticket', ['08.2.3'], '同じ世帯員・月・医療機関の医療券を重複して発行する。', 'A second ticket for the same member, month and institution is issued.'),
  mutant('ticket-outside-protection', ['08.2.4', '08.2.5'], '医療券の発行で保護期間を確かめず、対象月の全日を保護中とみなす（保護のない月・保護期間外の有効期間でも発行する）。', 'Ticket issuance takes every day of the month as protected: tickets for months without protection, validity outside the protected days.'),
  mutant('restricted-ticket-in-eligibility-data', ['08.3.7', '08.3.6'], 'オンライン資格確認の登録データで世帯員の閲覧制限を読まず、閲覧制限の表示を付さずに券情報を含める。', "The online-eligibility data ignores the viewing restriction: a restricted member is not flagged and their tickets are included."),

  mutant('care-ticket-without-care-assistance', ['09.1.4'], '介護扶助のない決定の月にも介護券を発行する。', 'Care tickets are issued although no 介護扶助 is granted.'),
  mutant('duplicate-care-ticket', ['09.1.3'], '同じ世帯員・月・事業所・種類の介護券を重複して発行する。', 'A duplicate care ticket is issued.'),
  mutant('care-ticket-under-40', ['09.2.3'], '40歳未満の世帯員にも介護券を発行する。', 'Care tickets are issued to members under 40.'),

  mutant('surcharge-cap-removed', ['10.1.5', '10.1.6'], '加算額を検査せず、40%を超える加算額や法第78条以外の債権の加算額を受け付ける。', 'The surcharge is not checked: above 40 %, or on a claim other than Art. 78, it is accepted.'),
  mutant('claim-above-paid', ['10.1.2'], '期間の支給額を超える返還・徴収額を受け付ける。', 'A claim above what was paid for the period is accepted.'),
  mutant('payment-above-balance', ['10.2.3'], '残額を超える納付を受け付け、納付累計額が調定額を超える（残高は0円）。', 'A payment above the balance is accepted (the paid total exceeds the claim; the balance stops at 0).'),
  mutant('claim-payment-retry-twice', ['10.2.9'], '同じ冪等キーで再送した納付を二重に記録する。', 'A retried payment into a claim is recorded twice.'),
  mutant('deduction-without-request', ['10.3.2', '10.3.5'], '申出の有無・申出日を確認せず、申出のない債権（残額）や申出日前の支給からも保護金品から徴収する。', 'Deductions are made without checking the request: from claims with none (their balance) and from payments before the request date.'),
  mutant('early-prescription-write-off', ['10.4.5'], '時効完成前の債権を時効を理由に不納欠損できる。', 'A claim can be written off for prescription before it completes.'),
  mutant('repayment-surcharge-wrong', ['10.5.4'], '返還金算定で加算額の1円未満の端数を切り上げ、加算率40%でも徴収額の40%を超える加算額を算出する。', 'The computed Art. 78 surcharge is rounded up, so at 40 % it can exceed 40 % of the amount.'),
];
