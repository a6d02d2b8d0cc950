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
  mutant('ticket-outside-protection', ['08.2.4', '08.2.5'], '保護されていない月の医療券を発行する。', 'Tickets are issued for months without protection.'),
  mutant('restricted-ticket-in-eligibility-data', ['08.3.7', '08.3.6'], '閲覧制限中の世帯員の券情報をオンライン資格確認の登録データに含める。', "A restricted member's ticket data goes into the online-eligibility data."),

  mutant('care-ticket-without-care-assistance', ['09.1.4'], '介護扶助のない決定の月にも介護券を発行する。', 'Care tickets are issued although no 介護扶助 is granted.'),
  mutant('duplicate-care-ticket', ['09.1.3'], '同じ世帯員・月・事業所・種類の介護券を重複して発行する。', 'A duplicate care ticket is issued.'),
  mutant('care-ticket-under-40', ['09.2.3'], '40歳未満の世帯員にも介護券を発行する。', 'Care tickets are issued to members under 40.'),

  mutant('surcharge-cap-removed', ['10.1.5', '10.1.6'], '法第78条の加算額の上限（40%）を確認しない。', 'The 40 % cap on the Art. 78 surcharge is not checked.'),
  mutant('claim-above-paid', ['10.1.2', '10.1.1'], '期間の支給額を超える返還・徴収額を受け付ける。', 'A claim above what was paid for the period is accepted.'),
  mutant('payment-above-balance', ['10.2.3', '10.2.2'], '残額を超える納付を受け付ける。', 'A payment above the balance is accepted.'),
  mutant('claim-payment-retry-twice', ['10.2.9'], '同じ冪等キーで再送した納付を二重に記録する。', 'A retried payment into a claim is recorded twice.'),
  mutant('deduction-without-request', ['10.3.2', '10.3.5'], '申出のない債権についても保護金品から徴収する。', 'Deductions are made from claims without a recorded request.'),
  mutant('early-prescription-write-off', ['10.4.5', '10.4.4'], '時効完成前の債権を時効を理由に不納欠損できる。', 'A claim can be written off for prescription before it completes.'),
  mutant('repayment-surcharge-wrong', ['10.5.4', '10.5.1'], '返還金算定で加算額を徴収額の40%を超えて算出する。', 'The computed Art. 78 surcharge exceeds 40 %.'),
];
