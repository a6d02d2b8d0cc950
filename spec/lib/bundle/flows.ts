import { presentIn } from '../editions.ts';
import type { SpecSource } from '../source/types.ts';
import type { Flow } from './types.ts';

export function resolveFlows(source: SpecSource, edition: string): Flow[] {
  return source.flows
    .map(({ data }) => data)
    .filter((flow) => presentIn(flow, edition))
    .map((flow) => ({
      id: flow.id,
      name: flow.name,
      since: flow.since,
      schema: flow.schema,
      stateProperty: flow.stateProperty,
      states: (flow.states ?? [])
        .filter((s) => presentIn(s, edition, flow.since))
        .map(({ removed: _removed, ...s }) => ({ ...s, since: s.since ?? flow.since })),
      transitions: (flow.transitions ?? [])
        .filter((t) => presentIn(t, edition, flow.since))
        .map((t) => ({
          id: t.id,
          from: t.from ?? [],
          to: t.to,
          operation: t.operation,
          guards: t.guards ?? [],
          requirements: t.requirements ?? [],
          since: t.since ?? flow.since,
        })),
      derived: (flow.derived ?? [])
        .filter((d) => presentIn(d, edition, flow.since))
        .map((d) => ({ id: d.id, ja: d.ja, en: d.en, when: d.when, requirements: d.requirements ?? [] })),
    }));
}
