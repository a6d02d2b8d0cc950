import type { Bilingual, Edition, FetchLike, HogoClient } from '@hogo-kit/sdk';
import type { ContractValidator } from './contract.ts';
import { EvidenceRecorder } from './evidence.ts';
import { CheckFailed, CheckSkipped, outcomeOf, skipOutcome, type Outcome } from './outcome.ts';
import type { Secrets } from './redact.ts';
import type { CheckContext, CheckDefinition, CheckResult } from './types.ts';

/**
 * Makes the client of a role (null: no token) sending through `fetch`, the recording fetch of the
 * check. A client built without that fetch still works, but its exchanges go unrecorded.
 */
export type ClientFactory = (role: string | null, fetch: FetchLike) => HogoClient<Edition>;

export interface ExecuteOptions {
  edition: Edition;
  declared: ReadonlySet<string>;
  clientFor: ClientFactory;
  /** The fetch the recording fetch sends through (resolved on every request). */
  fetch: () => FetchLike;
  timeoutMs: number;
  secrets: Secrets;
  /** The run's signal: aborting it aborts the check. */
  signal?: AbortSignal;
  /** Holds every answer against the edition's schemas; a violation fails a check that would otherwise pass. */
  contract?: ContractValidator;
}

/** Runs one check: its context, its time-out, its evidence, and what it ended with. */
export async function executeCheck(check: CheckDefinition, options: ExecuteOptions): Promise<CheckResult> {
  const started = performance.now();
  const controller = new AbortController();
  const recorder = new EvidenceRecorder(options.secrets, controller.signal, options.contract);
  const fetch = recorder.fetch(options.fetch);
  const clients = new Map<string | null, HogoClient<Edition>>();
  const client = (role: string | null): HogoClient<Edition> => {
    let made = clients.get(role);
    if (made === undefined) clients.set(role, (made = options.clientFor(role, fetch)));
    return made;
  };
  // The first skip() or fail() decides, even when the check catches what it throws.
  let ended: Outcome | undefined;
  const context: CheckContext = {
    edition: options.edition,
    declared: options.declared,
    as: (role) => client(role),
    anonymous: () => client(null),
    skip(missing: string): never {
      ended ??= skipOutcome(missing);
      throw new CheckSkipped(missing);
    },
    fail(message: Bilingual): never {
      ended ??= { status: 'fail', message };
      throw new CheckFailed(message);
    },
    note: (text) => recorder.note(text),
    signal: controller.signal,
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let onRunAbort: (() => void) | undefined;
  const stopped = new Promise<Outcome>((resolve) => {
    const stop = (outcome: Outcome, reason: unknown) => {
      resolve(outcome); // before aborting, so the check's own AbortError cannot win the race
      controller.abort(reason);
    };
    timer = setTimeout(() => stop(timedOut(options.timeoutMs), new DOMException(`Check timed out after ${options.timeoutMs} ms`, 'TimeoutError')), options.timeoutMs);
    onRunAbort = () => stop(ABORTED, options.signal?.reason);
    if (options.signal?.aborted) onRunAbort();
    else options.signal?.addEventListener('abort', onRunAbort, { once: true });
  });
  const ran = (async (): Promise<Outcome> => {
    await check.run(context);
    return ended ?? { status: 'pass' };
  })().catch((thrown: unknown) => ended ?? outcomeOf(thrown));

  const raced = await Promise.race([ran, stopped]);
  // A check that passed on answers breaking the contract has not shown the requirement met.
  const outcome: Outcome = raced.status === 'pass' && recorder.violation ? { status: 'fail', message: recorder.violation } : raced;
  clearTimeout(timer);
  if (onRunAbort) options.signal?.removeEventListener('abort', onRunAbort);
  // Whatever the check left running (a request not awaited, a loop after a time-out) is cut off here.
  if (!controller.signal.aborted) controller.abort(new DOMException('The check has ended', 'AbortError'));

  const { secrets } = options;
  return {
    checkId: check.id,
    status: outcome.status,
    ...(outcome.message && { message: { ja: secrets.text(outcome.message.ja), en: secrets.text(outcome.message.en) } }),
    ...(outcome.missing !== undefined && { missing: secrets.text(outcome.missing) }),
    evidence: recorder.close(),
    durationMs: Math.round(performance.now() - started),
  };
}

function timedOut(ms: number): Outcome {
  return {
    status: 'error',
    message: {
      ja: `タイムアウト: ${ms} ms 以内に終わらなかったため中断しました（対象システムの応答が遅いか、チェックが終わりません）`,
      en: `Timed out: the check did not finish within ${ms} ms and was aborted (a slow target or a check that does not end)`,
    },
  };
}

const ABORTED: Outcome = { status: 'error', message: { ja: '実行が中断されました', en: 'The run was aborted' } };
