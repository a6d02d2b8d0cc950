import type { SpecSource } from '../source/types.ts';
import { resolveCatalogue } from './catalogue.ts';
import { resolveCodeLists } from './codelists.ts';
import { resolveFlows } from './flows.ts';
import { resolveOpenApi } from './openapi.ts';
import { injectCodeLists, resolveSchemas } from './schemas.ts';
import { resolveTree, PLAIN_KEYS } from './tree.ts';
import type { EditionBundle } from './types.ts';

/** Resolves the whole source for one edition. Pure: the same source gives the same bundle. */
export function buildBundle(source: SpecSource, edition: string): EditionBundle {
  const { areas, requirements } = resolveCatalogue(source, edition);
  const codelists = resolveCodeLists(source, edition);
  const flows = resolveFlows(source, edition);
  const schemas = resolveSchemas(source, edition, codelists);
  const openapi = resolveOpenApi(source, edition, areas, schemas);
  injectCodeLists(openapi.paths, codelists);
  const kijun: Record<string, unknown> = {};
  for (const file of source.kijun) {
    const name = file.file.replace(/^kijun\//, '').replace(/\.ya?ml$/, '');
    const resolved = resolveTree(file.data, edition, PLAIN_KEYS);
    if (resolved !== undefined) kijun[name] = resolved;
  }
  return { edition, areas, requirements, codelists, flows, schemas, openapi, kijun };
}

export type * from './types.ts';
