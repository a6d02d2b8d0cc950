import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from './bundle/index.ts';
import type { EditionBundle } from './bundle/types.ts';
import { renderCatalogue } from './docs/catalogue.ts';
import type { SpecSource } from './source/types.ts';
import { writeEdition } from './write.ts';

export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_DIST_DIR = join(PACKAGE_DIR, 'dist');
export const DEFAULT_DOCS_DIR = join(PACKAGE_DIR, 'docs');

/** The committed, generated documents: file name → content. */
export function generatedDocs(bundles: EditionBundle[]): Map<string, string> {
  return new Map(bundles.map((b) => [`catalogue-${b.edition}.md`, renderCatalogue(b)]));
}

export function buildAll(source: SpecSource): EditionBundle[] {
  return source.editions.map((edition) => buildBundle(source, edition));
}

/** Writes dist/<edition>/ for every edition and, unless docsDir is undefined, the committed docs. */
export function writeAll(bundles: EditionBundle[], distDir = DEFAULT_DIST_DIR, docsDir: string | undefined = DEFAULT_DOCS_DIR): string[] {
  const written = bundles.flatMap((b) => writeEdition(b, distDir));
  if (docsDir === undefined) return written;
  mkdirSync(docsDir, { recursive: true });
  for (const [name, content] of generatedDocs(bundles)) {
    writeFileSync(join(docsDir, name), content);
    written.push(join(docsDir, name));
  }
  return written;
}

/** Docs whose committed copy differs from what the source generates. */
export function staleDocs(bundles: EditionBundle[], docsDir = DEFAULT_DOCS_DIR): string[] {
  return [...generatedDocs(bundles)]
    .filter(([name, content]) => {
      const path = join(docsDir, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== content;
    })
    .map(([name]) => name);
}
