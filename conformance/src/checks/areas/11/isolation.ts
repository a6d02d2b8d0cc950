/**
 * Keeps the readings of the 被保護者調査 checks apart from the other checks' fixture windows. A household between
 * its 開始 and its 廃止 is protected in every later month, so while one check's fixtures are in flight, another
 * check working in a later period would read figures they inflate. Fixture windows may overlap one another, and
 * readings may overlap one another, but a reading never overlaps a window (first come, first served, so neither
 * kind waits long). Only the checks of this folder take part: no other check registers protection years back.
 */

type Phase = 'read' | 'fixtures';

class PhaseLock {
  #phase: Phase | undefined;
  #holders = 0;
  readonly #queue: { phase: Phase; admit: () => void }[] = [];

  async run<T>(phase: Phase, body: () => Promise<T>): Promise<T> {
    await this.#acquire(phase);
    try {
      return await body();
    } finally {
      this.#release();
    }
  }

  #acquire(phase: Phase): Promise<void> {
    if (this.#queue.length === 0 && (this.#holders === 0 || this.#phase === phase)) {
      this.#phase = phase;
      this.#holders += 1;
      return Promise.resolve();
    }
    return new Promise((admit) => this.#queue.push({ phase, admit }));
  }

  #release(): void {
    this.#holders -= 1;
    if (this.#holders > 0) return;
    const next = this.#queue[0]?.phase;
    this.#phase = next;
    while (next !== undefined && this.#queue[0]?.phase === next) {
      this.#holders += 1;
      this.#queue.shift()!.admit();
    }
  }
}

const lock = new PhaseLock();

/** Runs a reading of figures outside every fixture window. */
export const reading = <T>(body: () => Promise<T>): Promise<T> => lock.run('read', body);

/** Runs the registration of fixtures that are protected only inside a past period (no reading meanwhile). */
export const fixtureWindow = <T>(body: () => Promise<T>): Promise<T> => lock.run('fixtures', body);
