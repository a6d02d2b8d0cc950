import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import requirements20 from '@hogo-kit/spec/dist/2.0/requirements.json' with { type: 'json' };
import requirements21 from '@hogo-kit/spec/dist/2.1/requirements.json' with { type: 'json' };
import { assertMutant, findMutant, MUTANTS } from '../src/mutants/catalogue.ts';

interface Requirement { id: string; class: string; testability: string }
const REQUIREMENTS = new Map<string, Requirement>([...requirements20, ...requirements21].map((r) => [r.id, r]));
const groupOf = (id: string) => id.split('.').slice(0, 2).join('.');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('mutant catalogue', () => {
  it('has unique, kebab-case ids with both descriptions', () => {
    const ids = MUTANTS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MUTANTS) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.description.ja.length, m.id).toBeGreaterThan(0);
      expect(m.description.en.length, m.id).toBeGreaterThan(0);
      expect(m.requirements.length, m.id).toBeGreaterThan(0);
    }
  });

  it('names only requirements that exist, and only auto ones (a check must be able to catch the mutant)', () => {
    for (const m of MUTANTS) {
      for (const id of m.requirements) {
        expect(REQUIREMENTS.has(id), `${m.id} → ${id}`).toBe(true);
        expect(REQUIREMENTS.get(id)?.testability, `${m.id} → ${id}`).toBe('auto');
      }
    }
  });

  it('targets every group of mandatory and prohibited auto requirements', () => {
    const groups = new Set([...REQUIREMENTS.values()].filter((r) => r.testability === 'auto' && r.class !== 'option').map((r) => groupOf(r.id)));
    const targeted = new Set(MUTANTS.flatMap((m) => m.requirements.filter((id) => REQUIREMENTS.get(id)?.class !== 'option').map(groupOf)));
    const untargeted = [...groups].filter((g) => !targeted.has(g)).sort();
    expect(groups.size).toBeGreaterThan(0);
    expect(untargeted).toEqual([]);
  });

  it('switches every catalogued mutant on somewhere in the server, and only catalogued ones', () => {
    const switched = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '..', 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/hasMutant\(\s*[\w.]+\s*,\s*['"]([^'"]+)['"]\s*\)/g)) switched.add(match[1]!);
    }
    expect([...switched].filter((id) => !findMutant(id))).toEqual([]);
    const pending = MUTANTS.filter((m) => !switched.has(m.id)).map((m) => m.id);
    expect(pending).toEqual([]);
  });

  it('refuses an unknown id', () => {
    expect(assertMutant('deadline-off-by-one').requirements).toContain('01.3.1');
    expect(() => assertMutant('no-such-mutant')).toThrow(/unknown mutant/);
  });
});
