import type { Bilingual } from '@hogo-kit/sdk';
import type { CatalogueRequirement } from './catalogue.ts';
import { runChecks, type RunOptions as RunnerOptions } from './engine/runner.ts';
import type { CheckDefinition, CheckResult } from './engine/types.ts';

export type Probe = 'present' | 'absent' | 'unknown';

/** The engine's own result for 14.6.1 when undeclared options were probed (not a check of the registry). */
export const PROBE_CHECK_ID = 'declaration.undeclared-options-probe';
export const PROBE_REQUIREMENT = '14.6.1';

/**
 * Probes the options a target did not declare (design.md §4: the kit probes contradictions). Each undeclared
 * option's own checks — those verifying only options — are run as if it were declared: all passing means the
 * function answers although the declaration leaves it out (present: the declaration contradicts the system);
 * any failing, that it is not there as the option describes (absent); otherwise unknown.
 */
export async function probeUndeclared(
  checks: readonly CheckDefinition[],
  requirements: readonly CatalogueRequirement[],
  declared: ReadonlySet<string>,
  runner: Omit<RunnerOptions, 'declared' | 'optionIds'>,
): Promise<{ probes: Map<string, Probe>; results: CheckResult[]; summary?: CheckResult }> {
  const options = new Set(requirements.filter((r) => r.class === 'option').map((r) => r.id));
  const undeclared = new Set([...options].filter((id) => !declared.has(id)));
  const probing = checks.filter((c) => (c.needs ?? []).length === 0 && c.verifies.every((id) => options.has(id)) && c.verifies.some((id) => undeclared.has(id)));
  const probes = new Map<string, Probe>();
  if (probing.length === 0) return { probes, results: [] };
  const results = await runChecks(probing, { ...runner, declared: new Set([...declared, ...undeclared]) });
  const byCheck = new Map(probing.map((c, i) => [c.id, results[i]!]));
  for (const id of undeclared) {
    const own = probing.filter((c) => c.verifies.includes(id)).map((c) => byCheck.get(c.id)!.status);
    probes.set(id, own.length === 0 ? 'unknown' : own.every((s) => s === 'pass') ? 'present' : own.some((s) => s === 'fail') ? 'absent' : 'unknown');
  }
  const present = [...probes].filter(([, p]) => p === 'present').map(([id]) => id);
  const message: Bilingual | undefined = present.length === 0 ? undefined : {
    ja: `適合宣言にない標準オプション ${present.join('、')} が応答しました（宣言と実装が一致しません）`,
    en: `options not in the declaration answer: ${present.join(', ')} (the declaration contradicts the system)`,
  };
  const summary: CheckResult = {
    checkId: PROBE_CHECK_ID,
    status: present.length === 0 ? 'pass' : 'fail',
    ...(message && { message }),
    evidence: [{ note: `probed ${probes.size} undeclared options: ${[...probes].map(([id, p]) => `${id} ${p}`).join(', ')}` }],
    durationMs: results.reduce((n, r) => n + r.durationMs, 0),
  };
  return { probes, results, summary };
}
