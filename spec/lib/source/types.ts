/** Shapes of the hand-written YAML under spec/src (before edition resolution). */

export interface Localized {
  ja: string;
  en: string;
}

export type RequirementClass = 'mandatory' | 'option' | 'prohibited';
export type RequirementKind = 'function' | 'data' | 'flow' | 'form' | 'linkage' | 'non-functional';
export type SourceKind = 'law' | 'notice' | 'seed' | 'official-spec' | 'kit';

export interface RequirementSource {
  id: string;
  title: Localized;
  text: string;
  class: RequirementClass;
  kind: RequirementKind;
  testability: 'auto' | 'manual';
  manualReason?: Localized;
  legalBasis: string[];
  source: { kind: SourceKind; ref: string };
  since: string;
  changed?: Record<string, Partial<RequirementSource>>;
  removed?: string;
  operations: string[];
  schemas: string[];
  flows: string[];
}

export interface AreaSource {
  area: string;
  name: Localized;
  groups: Record<string, Localized>;
  requirements: RequirementSource[];
}

export interface CodeSource {
  code: string;
  ja: string;
  en: string;
  since: string;
  removed?: string;
  changed?: Record<string, Partial<CodeSource>>;
}

export interface CodeListSource {
  id: string;
  name: Localized;
  source: { kind: SourceKind; ref: string };
  since: string;
  removed?: string;
  codes: CodeSource[];
}

export interface StateSource {
  id: string;
  ja: string;
  en: string;
  initial?: boolean;
  final?: boolean;
  since: string;
  removed?: string;
}

export interface TransitionSource {
  id: string;
  from: string[];
  to: string;
  operation: string;
  guards?: Localized[];
  requirements: string[];
  since: string;
  removed?: string;
}

export interface DerivedStatusSource {
  id: string;
  ja: string;
  en: string;
  when: Localized;
  requirements: string[];
  since?: string;
  removed?: string;
}

export interface FlowSource {
  id: string;
  name: Localized;
  since: string;
  removed?: string;
  schema: string;
  stateProperty: string;
  states: StateSource[];
  transitions: TransitionSource[];
  derived?: DerivedStatusSource[];
}

/** A JSON Schema or OpenAPI node: left loose on purpose, rules inspect it. */
export type JsonObject = Record<string, unknown>;

export interface SourceFile<T> {
  /** Path relative to spec/src, with forward slashes. */
  file: string;
  data: T;
}

export interface SpecSource {
  /** Absolute directory the source was read from. */
  root: string;
  /** The editions this source yields, oldest first (`editions.yaml`, default `EDITIONS`). */
  editions: string[];
  areas: SourceFile<AreaSource>[];
  codelists: SourceFile<CodeListSource>[];
  /** Component schemas; the name is the file's base name. */
  schemas: (SourceFile<JsonObject> & { name: string })[];
  flows: SourceFile<FlowSource>[];
  openapi: SourceFile<JsonObject>;
  paths: SourceFile<Record<string, JsonObject>>[];
  kijun: SourceFile<JsonObject>[];
  /** Files that could not be read or parsed. */
  unreadable: { file: string; message: string }[];
}
