import { mutant, type Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 12 (issue #5). */
export const MORE_12: Mutant[] = [
  mutant('not-held-shown-as-answered', ['12.1.2'], '対象者の情報を保有しない業務システムを「該当なし」ではなく項目のない「回答あり」と表示する。', 'A system holding nothing about the person is shown as answered with no items instead of not held.'),
  mutant('item-as-of-received-date', ['12.1.4'], '調査リストの項目の基準日に、異動日ではなく受信した日を表示する。', 'Items on the investigation list show the day they were received as their as-of date instead of the date of the change.'),
  mutant('data-as-of-from-effective-date', ['12.1.5'], '調査リストの情報取得日時に、受信日時ではなく異動日を表示する。', 'The investigation list shows the date of the change instead of when the data was received.'),
  mutant('applicant-inquiry-refused', ['12.1.7'], '世帯員として登録されていない者の宛名番号による総合照会を拒否する。', 'An inquiry by the 宛名番号 of a person not registered as a member is refused.'),
  mutant('systems-choice-ignored', ['12.1.9'], '照会対象業務の選択を無視し、8業務すべての照会結果を表示する。', 'The choice of systems is ignored: all eight are listed.'),
  mutant('unchanged-marked-changed', ['12.1.10'], '前回照会から値が変わらない項目も変更として表示する。', 'Items unchanged since the previous inquiry are marked as changed.'),
  mutant('support-measure-ignored', ['12.2.3'], '住民記録の支援措置（DV等）を総合照会の閲覧制限として扱わない。', "The resident registry's support measure is not treated as a viewing restriction in inquiries."),
  mutant('linked-system-receipt-not-shown', ['12.3.1'], '連携業務システムの一覧の最終受信日時に、受信ではなく連携状態を変更した日時を表示する。', 'The list of linked systems shows when the status last changed instead of when data was last received.'),
  mutant('caseworker-sends-linkage-changes', ['12.3.3'], '地区担当員の役割でも異動データを送信できる。', 'The case worker role may send changes through the linkage interface.'),
  mutant('foreign-item-dropped', ['12.3.5'], '送信元に属さない項目を黙って除き、残りの項目を受信する。', 'Items of another system are silently dropped and the rest of the change is received.'),
  mutant('alert-before-as-after', ['12.4.3'], '異動検知アラートの異動前の値に異動後の値を表示する。', 'Change alerts show the values after the change as the values before it.'),
  mutant('alert-type-from-system', ['12.4.4'], '異動検知アラートの異動の種類を送信元の業務システムから一律に定め、住民記録の世帯変更・転出・死亡を区別しない。', 'The kind of change on an alert is derived from the sending system, so household change, move-out and death are not told apart.'),
  mutant('acknowledger-not-recorded', ['12.4.5'], '異動検知アラートの確認者を記録しない。', 'Acknowledging a change alert does not record who acknowledged it.'),
  mutant('alert-decision-not-linked', ['12.4.6'], 'アラートの確認の際に指定した決定を関連付けずに記録する。', 'The decision given when acknowledging an alert is not recorded.'),
  mutant('open-days-from-effective-date', ['12.4.7'], '未確認アラートの経過日数を、受信日ではなく異動日から数える。', 'Open days of an alert are counted from the date of the change instead of from its receipt.'),
  mutant('suspended-system-changes-received', ['12.3.6'], '連携を停止した業務システムからの異動データを受信してしまう。', 'Changes from a linked system whose linkage is suspended are received.'),
  mutant('inquiry-default-leaves-out-system', ['12.1.1'], '照会対象業務を指定しない総合照会で障害者福祉を照会せず、7業務の照会結果しか調査リストに含めない。', 'An inquiry without a choice of systems leaves out disability welfare: the list has seven results, not eight.'),
  mutant('inquiry-purpose-not-recorded', ['12.1.6'], '総合照会の照会目的を指定どおりに記録せず、一律に保護の申請に係る調査として記録する。', 'The purpose given is not recorded: every inquiry is recorded as an investigation of an application.'),
];
