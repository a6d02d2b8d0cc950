import requirements20 from '@hogo-kit/spec/dist/2.0/requirements.json' with { type: 'json' };
import requirements21 from '@hogo-kit/spec/dist/2.1/requirements.json' with { type: 'json' };
import areas20 from '@hogo-kit/spec/dist/2.0/areas.json' with { type: 'json' };
import areas21 from '@hogo-kit/spec/dist/2.1/areas.json' with { type: 'json' };
import flows20 from '@hogo-kit/spec/dist/2.0/flows.json' with { type: 'json' };
import flows21 from '@hogo-kit/spec/dist/2.1/flows.json' with { type: 'json' };
import type { Bilingual, Edition } from '@hogo-kit/sdk';
import type { FlowDefinition } from './engine/flows.ts';
import type { RequirementClass } from './engine/verdicts.ts';

/** The fields of a catalogue requirement (spec/dist/<edition>/requirements.json) a run reports. */
export interface CatalogueRequirement {
  id: string;
  qualifiedId: string;
  area: string;
  title: Bilingual;
  text: string;
  class: RequirementClass;
  testability: 'auto' | 'manual';
}

export interface CatalogueArea {
  id: string;
  name: Bilingual;
}

const REQUIREMENTS: Record<Edition, readonly CatalogueRequirement[]> = {
  '2.0': requirements20 as CatalogueRequirement[],
  '2.1': requirements21 as CatalogueRequirement[],
};
const AREAS: Record<Edition, readonly CatalogueArea[]> = { '2.0': areas20, '2.1': areas21 };

/** The requirements of an edition, in catalogue order. */
export function requirementsOf(edition: Edition): readonly CatalogueRequirement[] {
  return REQUIREMENTS[edition];
}

/** The areas of an edition (id and name), in catalogue order. */
export function areasOf(edition: Edition): readonly CatalogueArea[] {
  return AREAS[edition];
}

const FLOWS: Record<Edition, readonly FlowDefinition[]> = { '2.0': flows20 as FlowDefinition[], '2.1': flows21 as FlowDefinition[] };

/** The business flows (state machines) of an edition. */
export function flowsOf(edition: Edition): readonly FlowDefinition[] {
  return FLOWS[edition];
}
