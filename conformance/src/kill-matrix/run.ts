import { EDITIONS, type Edition } from '@hogo-kit/sdk';
import kit from '../../package.json' with { type: 'json' };
import { requirementsOf } from '../catalogue.ts';
import { allChecks } from '../checks/index.ts';
import type { CheckDefinition } from '../engine/types.ts';
import { embeddedMutants, startEmbedded, type EmbeddedMutant } from '../embedded.ts';
import { runSuite } from '../run.ts';

/**
 * The kill matrix (issue #6): the suite against the reference server once per seeded defect, in every edition in
 * which the defect's requirements exist. For each mutant: the requirements it targets, which of them the suite turned
 * not-met, and the checks that failed. A mutant none of whose requirements turned not-met is not caught.
 * Only the checks verifying the mutant's requirements run (with what they need), on an empty server: the checks make
 * their own fixtures, and this keeps the whole matrix within a minute or two.
 */

export interface EditionOutcome {
  /** Requirements of the mutant that exist in this edition. */
  requirements: string[];
  notMet: string[];
  caughtBy: string[];
  caught: boolean;
  durationMs: number;
}

export interface MutantRow {
  id: string;
  description: { ja: string; en: string };
  requirements: string[];
  editions: Partial<Record<Edition, EditionOutcome>>;
  caught: boolean;
}

export interface KillMatrix {
  format: 'hogo-kit-kill-matrix/1';
  kit: { name: string; version: string };
  startedAt: string;
  durationMs: number;
  summary: { mutants: number; caught: number; notCaught: string[]; killRate: number };
  /** Auto requirements of class mandatory or prohibited that no mutant targets, per edition. */
  untargeted: Record<Edition, string[]>;
  mutants: MutantRow[];
}

export interface KillMatrixOptions {
  /** Only these mutants (default: the whole catalogue). */
  only?: readonly string[];
  editions?: readonly Edition[];
  /** The checks to choose from (default: every check of the kit). */
  checks?: readonly CheckDefinition[];
  onMutant?: (row: MutantRow) => void;
}

async function outcome(mutant: EmbeddedMutant, edition: Edition, checks: readonly CheckDefinition[]): Promise<EditionOutcome | undefined> {
  const known = new Set(requirementsOf(edition).map((r) => r.id));
  const requirements = mutant.requirements.filter((id) => known.has(id));
  if (requirements.length === 0 || (mutant.editions && !mutant.editions.includes(edition))) return undefined;
  const started = Date.now();
  const target = await startEmbedded(edition, { mutant: mutant.id, seed: 'empty' });
  try {
    const report = await runSuite({
      edition, baseUrl: target.baseUrl, tokens: target.tokens, fetch: target.fetch, checks,
      scope: { requirements },
    });
    const notMet = report.requirements.filter((r) => r.verdict === 'not-met').map((r) => r.id);
    const caughtBy = report.checks.filter((c) => c.status === 'fail').map((c) => c.checkId).sort();
    return { requirements, notMet, caughtBy, caught: notMet.length > 0, durationMs: Date.now() - started };
  } finally {
    await target.close();
  }
}

export async function runKillMatrix(options: KillMatrixOptions = {}): Promise<KillMatrix> {
  const started = Date.now();
  const catalogue = await embeddedMutants();
  const chosen = options.only ? catalogue.filter((m) => options.only!.includes(m.id)) : catalogue;
  const checks = options.checks ?? allChecks();
  const editions = options.editions ?? EDITIONS;
  const mutants: MutantRow[] = [];
  for (const mutant of chosen) {
    const row: MutantRow = { id: mutant.id, description: mutant.description, requirements: [...mutant.requirements], editions: {}, caught: true };
    for (const edition of editions) {
      const found = await outcome(mutant, edition, checks);
      if (found) row.editions[edition] = found;
    }
    row.caught = Object.values(row.editions).length > 0 && Object.values(row.editions).every((o) => o.caught);
    mutants.push(row);
    options.onMutant?.(row);
  }
  const targeted = new Set(catalogue.flatMap((m) => m.requirements));
  const untargeted = Object.fromEntries(EDITIONS.map((e) => [e, requirementsOf(e).filter((r) => r.testability === 'auto' && r.class !== 'option' && !targeted.has(r.id)).map((r) => r.id)])) as Record<Edition, string[]>;
  const notCaught = mutants.filter((m) => !m.caught).map((m) => m.id);
  return {
    format: 'hogo-kit-kill-matrix/1',
    kit: { name: kit.name, version: kit.version },
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    summary: { mutants: mutants.length, caught: mutants.length - notCaught.length, notCaught, killRate: mutants.length === 0 ? 0 : (mutants.length - notCaught.length) / mutants.length },
    untargeted,
    mutants,
  };
}
