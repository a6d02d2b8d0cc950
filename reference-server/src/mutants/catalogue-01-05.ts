import { mutant, type Mutant } from './types.ts';

/** Seeded defects of areas 01–05 (application, investigation, decision, calculation, payment). */
export const MUTANTS_01_05: Mutant[] = [
  mutant('consultation-link-dropped', ['01.1.4'], '申請に相談番号を指定しても相談記録と申請を関連付けない。', 'An application naming a consultation is not linked to it.'),
  mutant('receipt-number-not-sequential', ['01.2.5'], '受理番号を年度ごとの連番にせず、年度が替わっても連番を継続する。', 'Receipt serials do not restart with the fiscal year.'),
  mutant('investigation-before-application-date', ['01.2.9'], '申請日より前の調査開始日を受け付ける。', 'An investigation starting before the application date is accepted.'),
  mutant('withdraw-decided-application', ['01.2.11'], '開始決定済みの申請の取下げを受け付ける（不正な状態遷移）。', 'A started application can still be withdrawn (illegal transition accepted).'),
  mutant('deadline-off-by-one', ['01.3.1', '01.3.2'], '決定期限を申請日＋15日とし、14日目の翌日を期限超過としない。', 'The decision due date is application date + 15 days (off by one).'),
  mutant('deemed-rejection-ignored', ['01.3.3'], '30日を経過した未決定の申請をみなし却下と表示しない。', 'Applications undecided after 30 days are not flagged as deemed rejected.'),
  mutant('forwarding-deadline-off-by-one', ['01.4.2'], '町村長経由の送付期限を申請日＋6日として判定する。', 'The town-head forwarding deadline is application date + 6 days.'),
  mutant('support-condition-on-application', ['01.5.1', '01.5.2'], '扶養の状況が「不明」の申請の登録を拒否する。', 'Registration is refused when the support status is 「不明」.'),
  mutant('consultation-intent-closed', ['01.5.3'], '申請意思を示した相談を「助言・情報提供で終了」として記録できる。', 'A consultation in which the person asked to apply can be closed with advice only.'),

  mutant('inquiry-former-recipient-any-period', ['02.1.5'], '被保護者であった者について保護期間外の事項の照会を受け付ける。', 'An inquiry about a former recipient outside the protected period is accepted.'),
  mutant('support-inquiry-to-dv-relative', ['02.2.10'], 'DV・虐待を理由に照会対象外とした扶養義務者への扶養照会を記録できる。', 'A support inquiry to a relative excluded for violence or abuse is accepted.'),
  mutant('asset-declaration-history-overwritten', ['02.3.2'], '資産申告を登録するたびに以前の申告を上書きする。', 'A new asset declaration overwrites the earlier ones.'),
  mutant('tax-survey-mismatch-hidden', ['02.4.1', '02.4.2'], '課税調査で課税額と申告額の差額が許容額を超えても要確認としない。', 'A tax survey never flags a member whose taxed income exceeds the declared income beyond the threshold.'),
  mutant('examination-order-unlinked', ['02.5.2'], '検診命令を審査中の申請に関連付けない。', 'An examination order is not linked to the pending application.'),

  mutant('start-before-application-date', ['03.1.6'], '申請日より前の保護開始日の開始決定を受け付ける。', 'A start date before the application date is accepted.'),
  mutant('second-decision-accepted', ['03.1.7', '03.1.8'], '決定済みの申請に二度目の決定を受け付ける（不正な状態遷移）。', 'A second decision on a decided application is accepted (illegal transition).'),
  mutant('delay-reason-not-required', ['03.2.2', '03.2.1', '03.2.5'], '申請日から14日を超える通知でも遅延の理由を求めない。', 'A notice later than 14 days is accepted without a delay reason.'),
  mutant('ex-officio-urgency-dropped', ['03.3.2', '03.3.1'], '職権開始の急迫の状況を保存しない。', 'The circumstances of urgency of an ex-officio start are not kept.'),
  mutant('illegal-transition-accepted', ['03.4.12', '03.5.10'], '廃止された世帯への停止決定を受け付ける（不正な状態遷移）。', 'A suspension of a discontinued case is accepted (illegal transition).'),
  mutant('sanction-without-hearing', ['03.4.10'], '指導指示違反による処分を弁明の機会の日なしで受け付ける。', 'A sanction for not following instructions is accepted without a hearing date.'),
  mutant('discontinue-without-reason', ['03.4.9', '03.4.8'], '廃止理由の区分のない廃止決定を受け付ける。', 'A discontinuation without a reason code is accepted.'),
  mutant('decision-overwritten', ['03.5.6', '03.5.7', '03.5.5'], '変更決定が前の決定を書き換え、前の決定への参照を残さない。', 'A change decision rewrites the previous decision instead of referring to it.'),
  mutant('required-field-dropped', ['03.5.4', '03.5.1'], '決定の照会の応答から必須項目（決定の理由）を落とす。', 'A required field (the reasons) is dropped from a decision as read.'),
  mutant('notice-without-appeal-instructions', ['03.6.4', '03.6.5'], '決定通知書に審査請求・取消訴訟の教示を載せない。', 'Decision notices carry no appeal or court-action instructions.'),
  mutant('transfer-without-discontinuation', ['03.7.3', '03.7.1'], '移管しても廃止決定（理由13）を記録しない。', 'A transfer records no discontinuation decision (reason 13).'),

  mutant('table-substitution', ['04.1.7', '04.1.6'], '基準表が欠けるとき別の級地・期間の表で代用して算定する。', "A missing table is replaced by another grade's or period's table."),
  mutant('wrong-reduction-rate', ['04.2.3', '04.2.1'], '逓減率を世帯人員より1人少ない欄から取る。', 'The reduction rate is taken for one person fewer than the household size.'),
  mutant('winter-addition-all-year', ['04.2.6'], '冬季加算を冬季以外の月にも（1月の額で）算定する。', "The winter addition is added in every month (at January's amount out of season)."),
  mutant('disability-and-single-parent-both', ['04.3.3'], '障害者加算と母子加算を併給する。', 'The disability and single-parent additions are both granted.'),
  mutant('housing-ceiling-ignored', ['04.3.6'], '住宅扶助を上限額によらず家賃の実額で算定する。', 'Housing assistance is the actual rent, with no ceiling.'),
  mutant('earned-income-deduction-skipped', ['04.4.1', '04.4.5'], '就労収入から基礎控除を差し引かずに収入認定する。', 'Earned income is recognised without the basic deduction.'),
  // A negative payment would break the response schema (payment ≥ 0) and answer 500, so the defect is |…| for max(0, …).
  mutant('negative-payment', ['04.5.1'], '保護費を max(0, 最低生活費 − 収入充当額) とせず差の絶対値とし、収入が最低生活費を上回っても0円にしない。', 'The payment is |minimum cost − income| instead of max(0, …): income above the minimum cost still yields a payment.'),

  mutant('second-payment-run-accepted', ['05.1.4'], '同じ月の二度目の定例支給を受け付ける。', 'A second regular payment run for the same month is accepted.'),
  mutant('double-payment-on-retry', ['05.1.5', '14.4.5', '14.4.6'], '冪等キーを記憶せず、同じ冪等キーで再送した定例支給を再度実行し二重に支給する（他の登録の再送も二重に登録する）。', 'Idempotency-Keys are not remembered: a retried payment run pays everyone again (and any retried registration registers twice).'),
  mutant('in-kind-paid-in-cash', ['05.1.6', '05.1.2'], '現物給付（医療扶助・介護扶助）を金銭で支給する。', 'In-kind assistance is paid in cash.'),
  mutant('unprotected-household-paid', ['05.1.3'], '保護中でない（停止中・廃止）世帯にも定例支給する。', 'Suspended and discontinued households are paid.'),
  mutant('occasional-retry-pays-twice', ['05.2.5'], '随時支給の再送を別の支給として記録する。', 'A retried occasional payment is recorded twice.'),
  mutant('transfer-without-account', ['05.3.2'], '口座情報のない口座振込の設定を受け付ける。', 'A bank transfer without a complete account is accepted.'),
  mutant('payment-method-stale-update', ['05.3.6', '14.4.2'], '古いETagによる支給方法の変更を受け付ける。', 'A payment-method update with a stale ETag is accepted.'),
  mutant('ledger-totals-wrong', ['05.4.2'], '支給台帳の合計から控除額を差し引かない。', 'Ledger totals do not subtract deductions.'),
];
