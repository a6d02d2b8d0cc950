import { OperationUnavailableError, SeedApiError, type SeedApi, type SeedInput } from './api.ts';

export type StepStatus = 'done' | 'skipped' | 'failed';

/** What became of one step of a seed. */
export interface StepResult {
  step: string;
  status: StepStatus;
  /** The operation that was unavailable or failed (for skipped and failed steps). */
  operationId?: string;
  reason?: string;
}

/** The outcome of a seed: every step, and the ids it created. */
export interface SeedReport {
  seed: string;
  steps: StepResult[];
  /** Households created, by their key in the seed (demo) or their index (generated). */
  households: Record<string, string>;
  /** Steps that failed — a seed that loads cleanly has none. */
  failed: StepResult[];
  skipped: StepResult[];
}

/**
 * Runs a seed's steps one after another. A step whose operation the system does not serve is skipped (with the
 * operation named), a step whose prerequisite is missing is skipped (naming it), and any other error fails the
 * step — the seed goes on with the steps that do not depend on it.
 */
export class SeedRun {
  readonly steps: StepResult[] = [];
  readonly households: Record<string, string> = {};
  private current: string | undefined;

  constructor(
    readonly name: string,
    private readonly api: SeedApi,
  ) {}

  /** Calls an operation within a step (the step's failure names this operation). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(operationId: string, input: SeedInput = {}, role?: string): Promise<any> {
    this.current = operationId;
    return this.api.call(operationId, input, role);
  }

  /**
   * Runs one step. `needs` lists the values the step depends on, by name: when one is undefined (its step did not
   * complete) the step is skipped. Resolves with the step's value, or undefined when it did not complete.
   */
  async step<T>(step: string, needs: Record<string, unknown>, run: () => Promise<T>): Promise<T | undefined> {
    const missing = Object.entries(needs).filter(([, v]) => v === undefined).map(([k]) => k);
    if (missing.length > 0) {
      this.steps.push({ step, status: 'skipped', reason: `needs ${missing.join(', ')}` });
      return undefined;
    }
    this.current = undefined;
    try {
      const value = await run();
      this.steps.push({ step, status: 'done' });
      return value;
    } catch (error) {
      const operationId = error instanceof SeedApiError ? error.operationId : this.current;
      if (error instanceof OperationUnavailableError) {
        this.steps.push({ step, status: 'skipped', operationId, reason: `operation ${operationId} is not served` });
      } else {
        this.steps.push({ step, status: 'failed', operationId, reason: error instanceof Error ? error.message : String(error) });
      }
      return undefined;
    }
  }

  report(): SeedReport {
    return {
      seed: this.name,
      steps: this.steps,
      households: this.households,
      failed: this.steps.filter((s) => s.status === 'failed'),
      skipped: this.steps.filter((s) => s.status === 'skipped'),
    };
  }
}
