import { presentIn, qualifiedId, withChanges, appliedChanges } from '../editions.ts';
import type { SpecSource, RequirementSource } from '../source/types.ts';
import type { Area, Requirement } from './types.ts';

/** The areas and requirements of one edition, in source order. */
export function resolveCatalogue(source: SpecSource, edition: string): { areas: Area[]; requirements: Requirement[] } {
  const areas: Area[] = [];
  const requirements: Requirement[] = [];
  for (const { data } of source.areas) {
    const present = (data.requirements ?? []).filter((req) => presentIn(req, edition));
    if (present.length === 0) continue;
    areas.push({ id: data.area, name: data.name, groups: data.groups ?? {} });
    for (const req of present) requirements.push(toRequirement(data.area, req, edition));
  }
  return { areas, requirements };
}

function toRequirement(area: string, req: RequirementSource, edition: string): Requirement {
  const r = withChanges(req, req.changed, edition);
  return {
    id: r.id,
    qualifiedId: qualifiedId(edition, r.id),
    area,
    group: String(r.id).split('.')[1] ?? '',
    title: r.title,
    text: r.text,
    class: r.class,
    kind: r.kind,
    testability: r.testability,
    ...(r.testability === 'manual' && r.manualReason ? { manualReason: r.manualReason } : {}),
    legalBasis: r.legalBasis ?? [],
    source: r.source,
    since: r.since,
    changed: appliedChanges(req.changed, edition),
    operations: r.operations ?? [],
    schemas: r.schemas ?? [],
    flows: r.flows ?? [],
  };
}
