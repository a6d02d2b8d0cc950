import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { standaloneSchema } from './bundle/schemas.ts';
import type { EditionBundle } from './bundle/types.ts';

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of one edition's bundle, relative to dist/<edition>/, with their contents. */
export function editionFiles(bundle: EditionBundle): Map<string, string> {
  const files = new Map<string, string>();
  files.set('openapi.json', json(bundle.openapi));
  files.set('requirements.json', json(bundle.requirements));
  files.set('areas.json', json(bundle.areas));
  files.set('codelists.json', json(bundle.codelists));
  files.set('flows.json', json(bundle.flows));
  files.set('kijun.json', json(bundle.kijun));
  for (const [name, schema] of Object.entries(bundle.schemas)) {
    files.set(`schemas/${name}.json`, json(standaloneSchema(name, schema, bundle.edition)));
  }
  return files;
}

/** Replaces dist/<edition>/ with the bundle's files (nothing stale is left behind). */
export function writeEdition(bundle: EditionBundle, distDir: string): string[] {
  const dir = join(distDir, bundle.edition);
  rmSync(dir, { recursive: true, force: true });
  const written: string[] = [];
  for (const [name, content] of editionFiles(bundle)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    written.push(path);
  }
  return written;
}
