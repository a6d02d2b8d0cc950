import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from '../lib/source/load.ts';
import type { SpecSource } from '../lib/source/types.ts';

export const MINIMAL = fileURLToPath(new URL('./fixtures/minimal', import.meta.url));

/** The minimal valid fixture, changed by `mutate` (a fresh copy every call). */
export function fixture(mutate: (source: SpecSource) => void = () => {}): SpecSource {
  const source = structuredClone(loadSource(MINIMAL));
  mutate(source);
  return source;
}

/** A temporary copy of the minimal fixture on disk, for tests that need broken files. */
export function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hogo-spec-'));
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}

export const area = (s: SpecSource) => s.areas[0]!.data;
export const req = (s: SpecSource, id: string) => area(s).requirements.find((r) => r.id === id)!;
export const schema = (s: SpecSource, name: string) => s.schemas.find((x) => x.name === name)!.data as Record<string, any>;
export const paths = (s: SpecSource) => s.paths[0]!.data as Record<string, Record<string, any>>;
