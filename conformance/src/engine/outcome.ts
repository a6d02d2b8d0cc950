import { isHogoProblem, type Bilingual, type HogoProblem } from '@hogo-kit/sdk';
import { describe, isTransportError } from './evidence.ts';
import type { ResultStatus } from './types.ts';

/** Thrown by ctx.skip(): the check could not verify for lack of data. */
export class CheckSkipped extends Error {
  readonly missing: string;
  constructor(missing: string) {
    super(`Skipped: lacking ${missing}`);
    this.name = 'CheckSkipped';
    this.missing = missing;
  }
}

/** Thrown by ctx.fail(): the target does not do what the requirement says. */
export class CheckFailed extends Error {
  readonly reason: Bilingual;
  constructor(reason: Bilingual) {
    super(reason.en);
    this.name = 'CheckFailed';
    this.reason = reason;
  }
}

export interface Outcome {
  status: Extract<ResultStatus, 'pass' | 'fail' | 'error' | 'skip'>;
  message?: Bilingual;
  missing?: string;
}

export function skipOutcome(missing: string): Outcome {
  return { status: 'skip', missing, message: { ja: `検証に必要なデータがありません: ${missing}`, en: `Could not verify: lacking ${missing}` } };
}

/** What a value thrown by a check means for its result. */
export function outcomeOf(thrown: unknown): Outcome {
  if (thrown instanceof CheckSkipped) return skipOutcome(thrown.missing);
  if (thrown instanceof CheckFailed) return { status: 'fail', message: thrown.reason };
  if (isProblem(thrown)) {
    const detail = thrown.detail === undefined ? '' : `（${thrown.detail}）`;
    return {
      status: 'fail',
      message: { ja: `対象システムがエラーを返しました: ${thrown.status} ${thrown.code} ${thrown.title}${detail}`, en: `The target answered with an error: ${thrown.message}` },
    };
  }
  if (isAssertion(thrown)) {
    return { status: 'fail', message: { ja: `検証に失敗しました: ${thrown.message}`, en: `Assertion failed: ${thrown.message}` } };
  }
  const text = describe(thrown);
  if (isTransportError(thrown)) {
    return { status: 'error', message: { ja: `通信エラー（応答がありません）: ${text}`, en: `Transport error (no answer): ${text}` } };
  }
  if (!(thrown instanceof Error)) {
    return { status: 'error', message: { ja: `チェックが Error でない値を投げました: ${text}`, en: `The check threw a value that is not an Error: ${text}` } };
  }
  return {
    status: 'error',
    message: { ja: `チェックの実行中に想定外の例外が発生しました（キットまたは通信の不具合）: ${text}`, en: `Unexpected exception in the check (a kit or transport fault): ${text}` },
  };
}

/** A HogoProblem, also from another copy of the SDK (instanceof alone would miss it). */
function isProblem(value: unknown): value is HogoProblem {
  if (isHogoProblem(value)) return true;
  return value instanceof Error && value.name === 'HogoProblem' && typeof (value as { status?: unknown }).status === 'number';
}

/** node:assert, chai (vitest's expect) and any other AssertionError. */
function isAssertion(value: unknown): value is Error {
  return value instanceof Error && (/AssertionError$/.test(value.name) || (value as { code?: unknown }).code === 'ERR_ASSERTION');
}
