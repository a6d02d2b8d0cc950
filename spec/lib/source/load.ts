import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { EDITIONS } from '../editions.ts';
import type { SpecSource, SourceFile, JsonObject } from './types.ts';

/** spec/src of this package. */
export const DEFAULT_SOURCE_DIR = fileURLToPath(new URL('../../src', import.meta.url));

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads every YAML file of a spec source tree. Unparseable files are reported, not thrown. */
export function loadSource(root: string = DEFAULT_SOURCE_DIR): SpecSource {
  const unreadable: SpecSource['unreadable'] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');

  function read<T>(path: string): SourceFile<T> | undefined {
    try {
      const data = parse(readFileSync(path, 'utf8'), { uniqueKeys: true }) as T;
      if (data === null || typeof data !== 'object') throw new Error('the document is not a mapping');
      return { file: rel(path), data };
    } catch (error) {
      unreadable.push({ file: rel(path), message: (error as Error).message.split('\n')[0] ?? 'unreadable' });
      return undefined;
    }
  }
  function readAll<T>(dir: string): SourceFile<T>[] {
    return yamlFiles(join(root, dir)).flatMap((path) => read<T>(path) ?? []);
  }

  // editions.yaml is optional: `editions: ["2.0", "2.1"]`; without it the source yields EDITIONS.
  const editionsPath = join(root, 'editions.yaml');
  let editions: string[] = [...EDITIONS];
  if (existsSync(editionsPath)) {
    const file = read<{ editions?: unknown }>(editionsPath);
    const listed = file?.data.editions;
    if (Array.isArray(listed) && listed.length > 0 && listed.every((e) => typeof e === 'string')) editions = listed;
    else if (file) unreadable.push({ file: file.file, message: 'editions must be a non-empty list of edition strings' });
  }

  const openapiPath = join(root, 'openapi', 'openapi.yaml');
  const openapi = read<JsonObject>(openapiPath) ?? { file: rel(openapiPath), data: {} };

  return {
    root,
    editions,
    areas: readAll('requirements'),
    codelists: readAll('codelists'),
    schemas: readAll<JsonObject>('schemas').map((f) => ({ ...f, name: basename(f.file).replace(/\.ya?ml$/, '') })),
    flows: readAll('flows'),
    openapi,
    paths: readAll('openapi/paths'),
    kijun: readAll('kijun'),
    unreadable,
  };
}
