import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  workspaces?: string[];
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
export const rootManifest = () => readJson<Manifest>('package.json');
export const workspaces = () => rootManifest().workspaces ?? [];
export const manifest = (dir: string) => readJson<Manifest>(join(dir, 'package.json'));

/** Files git tracks or would track (untracked but not ignored), relative to the root. */
export function repoFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\n').filter((f) => f && existsSync(join(ROOT, f)));
}

export const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Relative-import closure of a TypeScript module (static and dynamic imports, not type-only ones): every file it reaches, with the bare specifiers each imports. */
export function importClosure(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = read(file);
    const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)]
      .filter((m) => !/^\s*(import|export)\s+type\s/.test(m[0].trim()))
      .map((m) => m[1]!)
      .concat([...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!));
    seen.set(file, specifiers.filter((s) => !s.startsWith('.')));
    for (const s of specifiers.filter((x) => x.startsWith('.'))) visit(join(file, '..', s).split('\\').join('/'));
  };
  visit(entry);
  return seen;
}
