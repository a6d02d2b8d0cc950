import type { Bilingual, Edition, HogoClient } from '@hogo-kit/sdk';

/** What a check run ended with (design.md §4). */
export type ResultStatus = 'pass' | 'fail' | 'error' | 'blocked' | 'skip' | 'omit';

/** A requirement's verdict in one run. */
export type Verdict = 'met' | 'not-met' | 'not-verified' | 'not-applicable' | 'manual-pending' | 'attested';

/**
 * One recorded exchange, with tokens and 個人番号 already redacted; or a note of the check (ctx.note)
 * with no request. A request that got no answer (transport error, time-out) has a note and no response.
 */
export interface Evidence {
  request?: { method: string; url: string; headers: Record<string, string>; body?: unknown };
  response?: { status: number; headers: Record<string, string>; body?: unknown };
  note?: string;
}

export interface CheckResult {
  checkId: string;
  status: ResultStatus;
  /** Why it failed, erred, was skipped or omitted — in Japanese and English. */
  message?: Bilingual;
  /** For blocked: the check whose failure blocked this one (its root cause, not an intermediate). */
  blockedBy?: string;
  /** For skip: the data the check lacked. */
  missing?: string;
  evidence: Evidence[];
  durationMs: number;
}

/** What a check receives: the target through the SDK client only, the edition, and helpers. */
export interface CheckContext {
  edition: Edition;
  /** The client, authenticated as the role asked for (tokens come from the run's configuration). */
  as(role: string): HogoClient<Edition>;
  /** An unauthenticated client (for 401 checks). */
  anonymous(): HogoClient<Edition>;
  /** Declared options (requirement ids) of the target. */
  declared: ReadonlySet<string>;
  /** Ends the check as skipped, naming the data it lacked. */
  skip(missing: string): never;
  /** Ends the check as failed with a reason for the report. */
  fail(message: Bilingual): never;
  /** Records a note in the evidence (requests and responses are recorded automatically). */
  note(text: string): void;
  signal: AbortSignal;
}

export interface CheckDefinition {
  id: string;
  title: Bilingual;
  /** Requirement ids (unqualified, e.g. "13.1.1") this check verifies. */
  verifies: string[];
  /** Ids of checks that must pass first; when one does not, this check is blocked. */
  needs?: string[];
  /**
   * The check changes something every other check relies on (suspends a linked system, replaces the data): it
   * runs alone, after the others, and must put back what it changed before it ends.
   */
  exclusive?: boolean;
  /**
   * Start before the checks not so marked (ready ones keep their order within each kind): a check whose work grows
   * with what the target holds (a whole-store export, the audit chain, lists walked page by page) costs least while
   * the store is small, and a long chain started early does not hold up the end of the run. Only the start order
   * changes; results are reported in the order given.
   */
  early?: boolean;
  /** Editions the check applies to (default: every edition in which all it verifies exists). */
  editions?: Edition[];
  run(context: CheckContext): Promise<void>;
}
