import type { Bilingual, Edition, FetchLike } from '@hogo-kit/sdk';
import type { ContractValidator } from './contract.ts';
import { executeCheck, type ClientFactory } from './execute.ts';
import { orderChecks, UsageError } from './plan.ts';
import { Secrets } from './redact.ts';
import type { CheckDefinition, CheckResult } from './types.ts';

export interface RunOptions {
  edition: Edition;
  /**
   * The client of a role (null: anonymous). Build it over the `fetch` given (the check's recording
   * fetch): `(role, fetch) => createHogoClient({ baseUrl, edition, token: tokens[role], fetch })`.
   */
  clientFor: ClientFactory;
  /** Declared options (requirement ids) of the target. */
  declared: ReadonlySet<string>;
  /** What the recording fetch sends through: an in-process target's fetch. Default globalThis.fetch (looked up per request). */
  fetch?: FetchLike;
  /** Requirement ids of the edition: a check verifying one that is not there is omitted. */
  requirements?: ReadonlySet<string>;
  /**
   * The edition's 標準オプション (requirement ids). A check that verifies only options the target has not
   * declared is omitted, citing the declaration: an option a system does not claim is not held against it.
   */
  optionIds?: ReadonlySet<string>;
  /** Checks running at once. Default 4. */
  concurrency?: number;
  /** Per check; a check still running then is aborted and ends `error`. Default 10 000. */
  timeoutMs?: number;
  /** Aborts the run: running checks end `error`, the rest are not started (also `error`). */
  signal?: AbortSignal;
  /** Tokens of the run, redacted from every result even before a request has carried them. */
  secrets?: Iterable<string>;
  onStart?: (check: CheckDefinition) => void;
  onResult?: (result: CheckResult) => void;
  /** Holds every answer against the edition's schemas (see contract.ts); none: answers are not validated. */
  contract?: ContractValidator;
}

/**
 * Runs checks with bounded concurrency, each after its needs; answers one result per check, in the
 * order given. A check whose need did not pass is `blocked` by the root cause (the first check down the
 * chain that failed, erred or skipped). Throws UsageError, before running anything, for an unknown need,
 * a cycle, a duplicate id or a bad option.
 */
export async function runChecks(checks: readonly CheckDefinition[], options: RunOptions): Promise<CheckResult[]> {
  const ordered = orderChecks(checks);
  const concurrency = options.concurrency ?? 4;
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`concurrency must be a whole number ≥ 1, not ${concurrency}`);
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) throw new UsageError(`timeoutMs must be a positive number, not ${timeoutMs}`);

  const inner = options.fetch;
  const execute = {
    edition: options.edition,
    declared: options.declared,
    clientFor: options.clientFor,
    fetch: (): FetchLike => inner ?? ((request) => globalThis.fetch(request)),
    timeoutMs,
    secrets: new Secrets(options.secrets),
    ...(options.signal && { signal: options.signal }),
    ...(options.contract && { contract: options.contract }),
  };

  const results = new Map<string, CheckResult>();
  const unsettled = new Map(ordered.map((check) => [check.id, new Set(check.needs ?? [])]));
  const dependents = new Map<string, CheckDefinition[]>();
  for (const check of ordered) for (const need of new Set(check.needs)) dependents.set(need, [...(dependents.get(need) ?? []), check]);
  const ready: CheckDefinition[] = [];
  const alone: CheckDefinition[] = [];

  return new Promise<CheckResult[]>((resolve, reject) => {
    let running = 0;
    const finish = () => {
      if (results.size === ordered.length) resolve(checks.map((check) => results.get(check.id)!));
    };
    const settle = (check: CheckDefinition, result: CheckResult) => {
      results.set(check.id, result);
      options.onResult?.(result);
      for (const dependent of dependents.get(check.id) ?? []) {
        const waiting = unsettled.get(dependent.id)!;
        waiting.delete(check.id);
        if (waiting.size === 0) decide(dependent);
      }
    };
    // All needs settled: omit, block, or queue to run (a check needing the target to itself, in a queue of its own).
    const decide = (check: CheckDefinition) => {
      const early = earlyResult(check, options, results);
      if (early) settle(check, early);
      else (check.exclusive ? alone : ready).push(check);
    };
    const start = (check: CheckDefinition, done: () => void) => {
      if (options.signal?.aborted) {
        settle(check, notRun(check.id, 'error', { ja: '実行が中断されたため開始していません', en: 'Not started: the run was aborted' }));
        done();
        return;
      }
      running += 1;
      options.onStart?.(check);
      executeCheck(check, execute)
        .then((result) => {
          running -= 1;
          settle(check, result);
          done();
          pump();
          finish();
        })
        .catch(reject);
    };
    let exclusive = false;
    const pump = () => {
      if (exclusive) return;
      while (running < concurrency && ready.length > 0) start(ready.shift()!, () => {});
      // A check that must have the target to itself starts when nothing else runs and nothing else waits.
      if (running === 0 && ready.length === 0 && alone.length > 0) {
        exclusive = true;
        start(alone.shift()!, () => (exclusive = false));
        if (!exclusive) pump();
      }
    };
    try {
      // Ready from the start: the early ones first, each kind in its order.
      for (const early of [true, false]) for (const check of ordered) if ((check.needs ?? []).length === 0 && (check.early === true) === early) decide(check);
      pump();
      finish();
    } catch (error) {
      reject(error);
    }
  });
}

/** The result of a check that does not run: not applicable to the edition, or blocked by a need. */
function earlyResult(check: CheckDefinition, options: RunOptions, results: ReadonlyMap<string, CheckResult>): CheckResult | undefined {
  const { edition } = options;
  if (check.editions && !check.editions.includes(edition)) {
    return notRun(check.id, 'omit', {
      ja: `対象外: このチェックは版 ${check.editions.join('・')} のもので、版 ${edition} には適用されません`,
      en: `Not applicable: the check applies to edition ${check.editions.join(', ')}, not ${edition}`,
    });
  }
  const absent = options.requirements ? check.verifies.filter((id) => !options.requirements!.has(id)) : [];
  if (absent.length > 0) {
    return notRun(check.id, 'omit', {
      ja: `対象外: 要件 ${absent.join('、')} は版 ${edition} にありません`,
      en: `Not applicable: requirement ${absent.join(', ')} does not exist in edition ${edition}`,
    });
  }
  if (options.optionIds && check.verifies.every((id) => options.optionIds!.has(id) && !options.declared.has(id))) {
    return notRun(check.id, 'omit', {
      ja: `対象外: 標準オプション ${check.verifies.join('、')} は適合宣言にありません`,
      en: `Not applicable: option ${check.verifies.join(', ')} is not in the declaration`,
    });
  }
  for (const need of check.needs ?? []) {
    const result = results.get(need)!;
    if (result.status === 'omit') {
      return notRun(check.id, 'omit', {
        ja: `対象外: 前提のチェック ${need} が版 ${edition} に適用されません`,
        en: `Not applicable: its prerequisite ${need} does not apply to edition ${edition}`,
      });
    }
    if (result.status !== 'pass') {
      const root = result.status === 'blocked' ? result.blockedBy! : need;
      const cause = results.get(root)!.status;
      const via = root === need ? '' : `（${need} 経由）`;
      const viaEn = root === need ? '' : ` (through ${need})`;
      return {
        ...notRun(check.id, 'blocked', {
          ja: `未実行: 前提のチェック ${root} が ${cause} で終わったため${via}`,
          en: `Not run: its prerequisite ${root} ended ${cause}${viaEn}`,
        }),
        blockedBy: root,
      };
    }
  }
  return undefined;
}

function notRun(checkId: string, status: CheckResult['status'], message: Bilingual): CheckResult {
  return { checkId, status, message, evidence: [], durationMs: 0 };
}

export { UsageError } from './plan.ts';
export type { ClientFactory } from './execute.ts';
