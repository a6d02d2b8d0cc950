import { seedDemo, seedGenerated, type SeedReport } from '@hogo-kit/seeds';
import type { ReferenceApp } from './app.ts';
import { engineSeedApi } from './seed-api.ts';

/** What a seed loaded: the report of every step (failed and skipped ones named) and how long it took. */
export interface SeedSummary {
  seed: string;
  households: number;
  report: SeedReport;
  milliseconds: number;
}

export type SeedSpec = { kind: 'empty' } | { kind: 'demo' } | { kind: 'generated'; count: number; seed: number };

/** Parses `demo`, `empty` or `generated:<N>` (optionally `generated:<N>:<seed>`, default seed 1). */
export function parseSeed(text: string): SeedSpec {
  if (text === 'empty' || text === 'demo') return { kind: text };
  const m = /^generated:([0-9]{1,7})(?::([0-9]{1,9}))?$/.exec(text);
  if (m) return { kind: 'generated', count: Number(m[1]), seed: m[2] === undefined ? 1 : Number(m[2]) };
  throw new Error(`unknown seed "${text}": use demo, empty or generated:<N>[:<seed>]`);
}

/**
 * Loads a seed into a reference server through its own API (the engine, with development tokens), so every record
 * passed the same validation and rules as a request from outside. Dates are relative to the server's today.
 */
export async function applySeed(reference: ReferenceApp, text: string): Promise<SeedSummary> {
  const spec = parseSeed(text);
  const started = Date.now();
  const api = engineSeedApi(reference.engine, reference.env.edition);
  const today = reference.clock.today();
  let report: SeedReport;
  if (spec.kind === 'demo') report = await seedDemo(api, { edition: reference.env.edition, today });
  else if (spec.kind === 'generated') report = await seedGenerated(api, spec.count, { seed: spec.seed, today, edition: reference.env.edition });
  else report = { seed: 'empty', steps: [], households: {}, failed: [], skipped: [] };
  return { seed: text, households: Object.keys(report.households).length, report, milliseconds: Date.now() - started };
}
