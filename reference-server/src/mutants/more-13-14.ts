import { mutant, type Mutant } from './types.ts';

/** Seeded defects added with the checks of the area group 13-14 (issue #5). */
export const MORE_13_14: Mutant[] = [
  mutant('household-members-after-first-dropped', ['13.1.1'], '世帯の登録で最初の世帯員だけを登録し、他の世帯員を落とす。', 'Registering a household keeps only its first member and drops the others.'),
  mutant('added-member-not-saved', ['13.1.3'], '世帯員の追加に201で応答するが、世帯員を保存しない。', 'Adding a member answers 201 but the member is not saved.'),
  mutant('household-patch-clears-omitted', ['13.1.4'], '世帯の変更で指定しなかった係・地区担当員・家賃月額を消去する。', 'Updating a household clears the section, case worker and rent that were not sent.'),
  mutant('member-patch-clears-omitted', ['13.1.5'], '世帯員の変更で指定しなかった生活形態・就労状況・加算区分等を消去する。', 'Updating a member clears the living arrangement, work status, addition categories etc. that were not sent.'),
  mutant('length-counted-in-utf16', ['13.2.3'], '氏名の文字数をUTF-16の単位数で数え、サロゲートペアの文字を二文字として100文字以内の氏名を拒否する。', 'Name lengths are counted in UTF-16 units, so a name of at most 100 characters with surrogate pairs is refused.'),
  mutant('malformed-text-replaced', ['13.2.4'], '対になっていないサロゲート符号位置を置換文字（U+FFFD）に置き換え、制御文字を取り除いて保存する。', 'Unpaired surrogates are replaced by U+FFFD and control characters removed, and the text is stored.'),
  mutant('code-list-outdated', ['13.3.3'], '古いコード表で検査し、生活形態のコード 09 を存在しないものとして拒否する。', 'Codes are checked against an outdated list: living arrangement 09 is refused as unknown.'),
  mutant('leap-day-refused', ['13.3.4'], '2月29日を暦に存在しない日付として拒否する（閏年を考慮しない）。', 'The 29th of February is refused as not a calendar date (leap years ignored).'),
  mutant('extraction-caseworker-ignored', ['13.5.1'], '抽出で地区担当員の条件を無視する。', 'An extraction ignores the case-worker condition.'),
  mutant('extraction-csv-unquoted', ['13.5.3'], '抽出のCSVで、カンマや引用符を含む項目を引用符で囲まずに出力する。', 'The extraction CSV does not quote fields holding commas or quotes.'),
  mutant('extraction-unit-ignored', ['13.5.4'], '世帯員単位の抽出でも世帯ごとに一行だけを出力する。', 'An extraction per member still answers one row per household.'),
  mutant('extraction-code-names-ignored', ['13.5.5'], 'コード値を名称で出力するよう指定しても、コードのまま出力する。', 'Code values are output as codes even when names are asked for.'),
  mutant('extraction-status-filter-ignored', ['13.5.6'], '抽出で保護状態及び世帯類型の条件を無視する。', 'An extraction ignores the protection-status and household-type conditions.'),
  mutant('import-loses-my-number', ['13.6.2'], '移行データの取込みで世帯員の個人番号を取り込まない。', 'An import does not load the individual numbers of the members.'),
  mutant('validation-loads-data', ['13.6.5'], '検証のみの取込み（mode=validate）で移行データを実際に取り込む。', 'A validation-only import (mode=validate) loads the data set.'),
  mutant('data-set-20-refused', ['13.6.6'], '2.1版のシステムが2.0版の移行データを対応していない準拠版として拒否する。', 'A 2.1 system refuses a 2.0 data set as of an unsupported edition.'),
  mutant('bad-if-match-crashes', ['14.3.5'], '世帯員の変更で、ETagの形式でないIf-Matchに500で応答する。', 'Updating a member with an If-Match that is not an entity tag answers 500.'),
  mutant('member-update-race', ['14.4.4'], '世帯員の変更で版の照合を書込みの取引の外で行い、同じ版による同時の変更をすべて反映する。', 'Member updates check the version outside the write transaction, so concurrent updates of one version all apply.'),
];
