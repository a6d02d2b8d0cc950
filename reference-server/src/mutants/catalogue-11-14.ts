import { mutant, type Mutant } from './types.ts';

/** Seeded defects of areas 11–14 (statistics, linkage, data, common). */
export const MUTANTS_11_14: Mutant[] = [
  mutant('suspended-counted-as-protected', ['11.1.2', '11.1.1'], '停止中の世帯を被保護世帯として数え、停止中世帯数に数えない。', 'Suspended households are counted as protected, not as suspended.'),
  mutant('annual-reference-date-wrong', ['11.2.1', '11.2.2'], '年次調査の基準日を7月31日ではなく月初とする。', 'The yearly survey counts the first of July instead of 31 July.'),
  mutant('household-type-order-wrong', ['11.3.4', '11.1.3'], '被保護者調査の世帯類型の判定で障害者世帯を高齢者世帯より先に判定する。', 'The surveys derive household types in the wrong order (disabled before elderly).'),

  mutant('unavailable-shown-as-not-held', ['12.1.3', '12.1.2'], '連携停止中の業務システムを「該当なし」と表示する。', 'A suspended linked system is shown as holding nothing.'),
  mutant('inquiry-list-live', ['12.1.8'], '照会後の異動で保存済みの調査リストが変わる。', 'A stored investigation list changes when linked data changes later.'),
  mutant('restricted-address-disclosed', ['12.2.2', '12.2.1'], '総合照会で世帯員の閲覧制限を読まず、閲覧制限の表示を付さずに住所を権限のない役割に開示する。', "The inquiry ignores a member's viewing restriction: not flagged, and the address is disclosed to roles without authority."),
  mutant('duplicate-change-stored', ['12.3.4', '12.3.2'], '同じ異動データの再送を新たな異動として保存し、アラートを再度発生させる。', 'A re-sent change is stored again and raises a second alert.'),
  mutant('alert-for-unprotected', ['12.4.1', '12.4.2'], '保護中でない世帯の世帯員にも異動アラートを発生させる。', 'Change alerts are raised for members of households not in protection.'),

  mutant('two-heads-accepted', ['13.1.2'], '世帯主が2人いる世帯の登録を受け付ける。', 'A household with two heads is accepted.'),
  mutant('names-normalised', ['13.2.5', '13.2.1', '13.2.2'], '氏名を正規化して保存し、異体字セレクタを落とし𠮷を吉に置き換える。', 'Names are normalised: variation selectors dropped, 𠮷 replaced by 吉.'),
  mutant('birth-date-in-future-accepted', ['13.3.5'], '未来日付の生年月日を受け付ける。', 'A birth date in the future is accepted.'),
  mutant('my-number-unmasked', ['13.4.2'], '権限のない役割にも個人番号をそのまま返す。', 'The individual number is shown to roles without authority.'),
  mutant('extraction-items-ignored', ['13.5.2'], '抽出で指定した出力項目を無視して全項目を出力する。', 'An extraction ignores the chosen output items.'),
  mutant('export-drops-records', ['13.6.2', '13.6.1'], '移行データの出力からケース記録を落とす。', 'The data-set export leaves out the case records.'),
  mutant('import-not-atomic', ['13.6.3'], '誤りのある移行データの取込で誤りの前までの記録を残す。', 'A failed import keeps the records before the error.'),

  mutant('system-admin-has-case-roles', ['14.1.3', '14.1.2'], 'システム管理者の開発用トークンに地区担当員の役割も与える。', "The system administrator's token also carries the case-worker role."),
  mutant('audit-entry-skipped', ['14.2.1', '14.2.2'], '世帯・世帯員の登録・更新・照会・一覧を監査ログに記録しない（拒否したものは記録する）。', 'Registering, changing, reading and listing households and members leave no audit entry (refusals still do).'),
  mutant('audit-chain-broken', ['14.2.4', '14.2.5'], '監査ログの各記録に前の記録のハッシュを含めない。', 'Audit entries do not carry the hash of the previous entry.'),
  mutant('refused-request-writes', ['14.3.6'], '世帯・世帯員の登録・変更で業務規則の検査を書き込みの後に行い、422で拒否した要求の変更を残す。', 'Household and member rules are checked after the write, so a request refused with 422 leaves its changes behind.'),
  mutant('stale-update-accepted', ['14.4.2', '14.4.4'], '古いETagによる世帯の更新を受け付ける。', 'A household update with a stale ETag is accepted.'),
  mutant('cursor-limit-ignored', ['14.5.1'], '世帯と監査ログの一覧で指定した件数を無視し、既定の50件ずつ返す。', 'Household and audit-log lists ignore the page size asked for and answer pages of the default 50.'),
  mutant('undeclared-option-answers', ['14.6.1'], '実装している標準オプション（13.6.5 移行データの検証のみ）を適合宣言に記載しない。', 'An implemented option (13.6.5, validate-only import) answers although the declaration leaves it out.'),
  mutant('declaration-unknown-option', ['14.6.2'], '適合宣言に版に存在しない標準オプションの番号を記載する。', 'The declaration names an option the edition does not have.'),
];
