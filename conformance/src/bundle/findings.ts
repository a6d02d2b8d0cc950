/** What verify finds: each problem or warning says, in Japanese and English, exactly what does not hold. */
import { VERDICT_LABELS } from '../reports/labels.ts';
import type { Verdict } from '../engine/types.ts';

export interface Finding {
  /** A stable code for machines (--json). */
  code: string;
  ja: string;
  en: string;
}

const f = (code: string, ja: string, en: string): Finding => ({ code, ja, en });
const verdictJa = (v: string) => VERDICT_LABELS[v as Verdict]?.ja ?? v;
const overallJa = (c: boolean) => (c ? '適合' : '不適合');
const overallEn = (c: boolean) => (c ? 'conformant' : 'not conformant');

/** The findings verify reports, one constructor per kind. */
export const findings = {
  shape: (what: string) => f('bundle-shape', `バンドルの構造が不正です: ${what}`, `bundle malformed: ${what}`),
  signatureInvalid: () => f('signature-invalid', '署名が無効です（マニフェストが改変されたか、別の鍵の署名です）', 'signature invalid (the manifest was changed, or another key signed it)'),
  fingerprintDiffers: () => f('fingerprint-differs', '埋め込まれた公開鍵とフィンガープリントが一致しません', 'the embedded public key does not match its fingerprint'),
  keyUnreadable: () => f('public-key-unreadable', '埋め込まれた公開鍵を読めません', 'the embedded public key cannot be read'),
  notPinnedKey: (pinned: string, embedded: string) =>
    f('signer-not-pinned-key', `署名者の公開鍵（${embedded}）が --public-key の鍵（${pinned}）と異なります`, `signer's public key ${embedded} differs from --public-key ${pinned}`),
  unpinned: () => f('signer-not-pinned', '署名者が固定されていません（--public-key で期待する公開鍵を指定してください）', 'the signer is not pinned (give --public-key with the key you expect)'),
  fileMissing: (path: string) => f('file-missing', `マニフェストにあるファイル ${path} がバンドルにありません`, `file ${path} listed in the manifest is missing`),
  fileExtra: (path: string) => f('file-not-in-manifest', `ファイル ${path} はマニフェストにありません`, `file ${path} is not in the manifest`),
  fileDuplicate: (path: string) => f('file-duplicate', `ファイル ${path} がマニフェストに重複しています`, `file ${path} is listed twice in the manifest`),
  unsafePath: (path: string) => f('file-path-unsafe', `ファイル名 ${JSON.stringify(path)} は使えません`, `file path ${JSON.stringify(path)} is not allowed`),
  sizeDiffers: (path: string, recorded: number, actual: number) =>
    f('file-size-differs', `ファイル ${path} のサイズが一致しません（記録 ${recorded}、実際 ${actual} バイト）`, `file ${path} size differs (recorded ${recorded}, actual ${actual} bytes)`),
  digestDiffers: (path: string) => f('file-digest-differs', `ファイル ${path} の SHA-256 ダイジェストが一致しません`, `file ${path} digest differs`),
  unredacted: (path: string) =>
    f('file-unredacted', `ファイル ${path} に伏せられていないトークン又は12桁の数字（個人番号）があります`, `file ${path} holds an unredacted token or 12-digit number`),
  reportMissing: () => f('report-missing', 'report.json がないため判定を再計算できません', 'no report.json: the verdicts cannot be recomputed'),
  reportUnreadable: (why: string) => f('report-unreadable', `report.json を読めません: ${why}`, `report.json cannot be read: ${why}`),
  manifestDiffers: (field: string, manifest: string, report: string) =>
    f('manifest-differs-from-report', `マニフェストの ${field}（${manifest}）が report.json（${report}）と一致しません`, `manifest ${field} ${manifest} differs from report.json ${report}`),
  requirementVerdict: (id: string, recorded: string, recomputed: string) =>
    f('requirement-verdict-differs', `要件 ${id} の判定が一致しません: 記録 ${verdictJa(recorded)}、再計算 ${verdictJa(recomputed)}`, `requirement ${id} recorded ${recorded}, recomputed ${recomputed}`),
  requirementClass: (id: string, recorded: string, catalogue: string) =>
    f('requirement-class-differs', `要件 ${id} の実装区分が一致しません: 記録 ${recorded}、カタログ ${catalogue}`, `requirement ${id} recorded class ${recorded}, the catalogue says ${catalogue}`),
  requirementMissing: (id: string) => f('requirement-missing', `範囲内の要件 ${id} の判定が記録されていません`, `requirement ${id} is in scope but has no recorded verdict`),
  requirementExtra: (id: string) => f('requirement-extra', `要件 ${id} は記録された版・範囲にありません`, `requirement ${id} is not in the recorded edition and scope`),
  checkUnrecorded: (id: string, check: string) =>
    f('check-result-missing', `要件 ${id} の検査 ${check} の結果が記録されていません`, `requirement ${id} lists check ${check}, which has no recorded result`),
  checkStatus: (id: string, check: string, listed: string, recorded: string) =>
    f('check-status-differs', `要件 ${id} の検査 ${check} の結果が一致しません: 一覧 ${listed}、記録 ${recorded}`, `requirement ${id} lists check ${check} as ${listed}, its recorded result is ${recorded}`),
  checkList: (id: string, missing: string[], extra: string[]) =>
    f('check-list-differs', `要件 ${id} の検査一覧が一致しません（不足: ${missing.join('、') || 'なし'}、余分: ${extra.join('、') || 'なし'}）`, `requirement ${id} check list differs (missing: ${missing.join(', ') || 'none'}; extra: ${extra.join(', ') || 'none'})`),
  resultMissing: (check: string) => f('check-not-recorded', `選択されるはずの検査 ${check} の結果がありません`, `check ${check} should have run but has no recorded result`),
  resultExtra: (check: string) => f('check-not-selected', `検査 ${check} は記録された版・範囲では選択されません`, `check ${check} is not selected by the recorded edition and scope`),
  resultDuplicate: (check: string) => f('check-duplicate', `検査 ${check} の結果が重複しています`, `check ${check} has more than one recorded result`),
  overall: (recorded: boolean, recomputed: boolean) =>
    f('overall-differs', `総合判定が一致しません: 記録 ${overallJa(recorded)}、再計算 ${overallJa(recomputed)}`, `overall verdict recorded ${overallEn(recorded)}, recomputed ${overallEn(recomputed)}`),
  tally: (cls: string) => f('tally-differs', `${cls} の集計が再計算と一致しません`, `the ${cls} tally differs from the recomputed one`),
  kitVersion: (recorded: string, current: string) =>
    f('kit-version-differs', `記録のキット版 ${recorded} とこのキット ${current} が異なるため、検査一覧の照合を省きます`, `recorded kit ${recorded} differs from this kit ${current}: check lists are not cross-checked`),
  unknownCheck: (check: string) => f('check-unknown', `検査 ${check} はこのキットにありません`, `check ${check} is unknown to this kit`),
};
