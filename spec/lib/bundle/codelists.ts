import { presentIn, withChanges } from '../editions.ts';
import type { SpecSource } from '../source/types.ts';
import type { CodeList } from './types.ts';

export function resolveCodeLists(source: SpecSource, edition: string): CodeList[] {
  return source.codelists
    .map(({ data }) => data)
    .filter((list) => presentIn(list, edition))
    .map((list) => ({
      id: list.id,
      name: list.name,
      source: list.source,
      since: list.since,
      codes: (list.codes ?? [])
        .filter((code) => presentIn(code, edition, list.since))
        .map((code) => {
          const c = withChanges(code, code.changed, edition);
          return { code: String(c.code), ja: c.ja, en: c.en, since: c.since ?? list.since };
        }),
    }));
}
