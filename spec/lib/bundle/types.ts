import type { Localized, RequirementSource, SourceKind } from '../source/types.ts';

/** One requirement as written to requirements.json for an edition (the source fields, resolved). */
export interface Requirement extends Omit<RequirementSource, 'changed' | 'removed'> {
  qualifiedId: string;
  area: string;
  group: string;
  /** Editions (up to this one) in which the requirement was changed. */
  changed: string[];
}

export interface Area {
  id: string;
  name: Localized;
  groups: Record<string, Localized>;
}

export interface Code {
  code: string;
  ja: string;
  en: string;
  since: string;
}

export interface CodeList {
  id: string;
  name: Localized;
  source: { kind: SourceKind; ref: string };
  since: string;
  codes: Code[];
}

export interface Flow {
  id: string;
  name: Localized;
  since: string;
  schema: string;
  stateProperty: string;
  states: { id: string; ja: string; en: string; initial?: boolean; final?: boolean; since: string }[];
  transitions: {
    id: string;
    from: string[];
    to: string;
    operation: string;
    guards: Localized[];
    requirements: string[];
    since: string;
  }[];
  derived: { id: string; ja: string; en: string; when: Localized; requirements: string[] }[];
}

/** Everything one edition consists of. */
export interface EditionBundle {
  edition: string;
  areas: Area[];
  requirements: Requirement[];
  codelists: CodeList[];
  flows: Flow[];
  /** Component schemas by name, code-list enums injected, refs as #/components/schemas/X. */
  schemas: Record<string, Record<string, unknown>>;
  openapi: Record<string, unknown>;
  /** 基準 tables and calculation fixtures, by source file base name. */
  kijun: Record<string, unknown>;
}
