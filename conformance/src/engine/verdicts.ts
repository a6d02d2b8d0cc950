import type { Bilingual } from '@hogo-kit/sdk';
import type { CheckResult, Verdict } from './types.ts';

export type RequirementClass = 'mandatory' | 'option' | 'prohibited';

export interface ScoredRequirement {
  id: string;
  area: string;
  class: RequirementClass;
  testability: 'auto' | 'manual';
}

export interface ScoreInput {
  requirement: ScoredRequirement;
  /** Results of the checks that verify this requirement. */
  results: readonly CheckResult[];
  /** The target declares this option (only meaningful for class option). */
  declared: boolean;
  /** For an undeclared option: did the probe find the function answering? */
  probe?: 'present' | 'absent' | 'unknown';
  /** A manual requirement the vendor attested (with evidence outside the kit). */
  attested?: boolean;
}

export interface RequirementVerdict {
  id: string;
  area: string;
  class: RequirementClass;
  verdict: Verdict;
  reason: Bilingual;
  checks: string[];
}

const because = (ja: string, en: string): Bilingual => ({ ja, en });

/** The verdict the results of the run give (only statuses that count: omit is left out). */
function fromResults(results: readonly CheckResult[]): { verdict: 'met' | 'not-met' | 'not-verified'; reason: Bilingual } | undefined {
  const counted = results.filter((r) => r.status !== 'omit');
  if (counted.length === 0) return undefined;
  const failed = counted.filter((r) => r.status === 'fail');
  if (failed.length > 0) {
    return { verdict: 'not-met', reason: failed[0]!.message ?? because(`検査 ${failed[0]!.checkId} が不合格`, `check ${failed[0]!.checkId} failed`) };
  }
  const open = counted.find((r) => r.status !== 'pass');
  if (open) {
    const why = open.status === 'skip' ? because(`検査に必要なデータがありません（${open.missing ?? '不明'}）`, `the check lacked data (${open.missing ?? 'unknown'})`)
      : open.status === 'blocked' ? because(`前提の検査 ${open.blockedBy ?? ''} が合格しなかったため未実施`, `blocked by ${open.blockedBy ?? 'a prerequisite'}`)
      : because('検査を完了できませんでした（通信又はキットの障害）', 'the check could not complete (transport or kit fault)');
    return { verdict: 'not-verified', reason: open.message ?? why };
  }
  return { verdict: 'met', reason: because('すべての検査に合格', 'every check passed') };
}

/**
 * The verdict of one requirement by the class rules of design.md §4:
 * mandatory — met when every linked check passes; any fail → not-met; a skip, block or error → not-verified
 *   (never met). prohibited — met when the negative checks show the function absent or refused; a fail (the
 *   function answers) → not-met; never not-applicable. option — not declared: not-applicable when the probe
 *   finds it absent, not-met when it answers anyway (the declaration contradicts the system); declared: as
 *   mandatory. manual requirements are manual-pending unless attested.
 */
export function scoreRequirement(input: ScoreInput): RequirementVerdict {
  const { requirement: r } = input;
  const base = { id: r.id, area: r.area, class: r.class, checks: input.results.map((x) => x.checkId) };
  if (r.testability === 'manual') {
    return input.attested
      ? { ...base, verdict: 'attested', reason: because('事業者の証明による', 'attested by the vendor') }
      : { ...base, verdict: 'manual-pending', reason: because('目視確認が必要です', 'needs a person to confirm') };
  }
  if (r.class === 'option' && !input.declared) {
    if (input.probe === 'present') return { ...base, verdict: 'not-met', reason: because('宣言していない標準オプションが応答しました（適合宣言と不整合）', 'an undeclared option answers (the declaration contradicts the system)') };
    if (input.probe === 'absent') return { ...base, verdict: 'not-applicable', reason: because('宣言されておらず、機能もありません', 'not declared, and the function is absent') };
    return { ...base, verdict: 'not-verified', reason: because('宣言されていませんが、機能の有無を確認できませんでした', 'not declared, and the probe could not tell whether the function is there') };
  }
  const scored = fromResults(input.results);
  if (!scored) return { ...base, verdict: 'not-verified', reason: because('この要件を検証する検査がありません', 'no check verifies this requirement') };
  return { ...base, ...scored };
}
