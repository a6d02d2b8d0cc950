import type { Localized } from '../source/types.ts';

/** How a change lands on the people who implement or call the standard. */
export type Severity = 'breaking' | 'non-breaking' | 'review';
export type Section = 'requirements' | 'api' | 'data' | 'codelists' | 'flows';
export const SECTIONS: readonly Section[] = ['requirements', 'api', 'data', 'codelists', 'flows'];
export const SEVERITIES: readonly Severity[] = ['breaking', 'non-breaking', 'review'];

/** One classification rule of the diff: kept as data so reports and docs can list them. */
export interface DiffRule {
  id: string;
  section: Section;
  severity: Severity;
  ja: string;
  en: string;
}

/** One classified difference between two editions. */
export interface Change {
  rule: string;
  severity: Severity;
  section: Section;
  /** Requirement id, operationId, schema name, code list id, flow id or `flow#transition`. */
  target: string;
  /** Where inside the target: a property path, `parameter query:limit`, `response 200`, … */
  location?: string;
  from?: unknown;
  to?: unknown;
  added?: string[];
  removed?: string[];
}

/** The shape `hogo-conformance checks --json` prints, one record per check. */
export interface CheckRecord {
  id: string;
  title?: Localized;
  verifies: string[];
  editions?: string[];
}

/** Why a requirement (and the checks verifying it) must be re-tested. */
export interface ImpactReason {
  requirement: string;
  rule: string;
  section: Section;
  target: string;
  location?: string;
}

export interface ImpactedRequirement {
  id: string;
  title: Localized;
  reasons: ImpactReason[];
}

export interface ImpactedCheck {
  id: string;
  title?: Localized;
  /** True when the check applies to <to> but not to <from>. */
  newCheck: boolean;
  reasons: ImpactReason[];
}

export interface Impact {
  checksGiven: boolean;
  requirements: ImpactedRequirement[];
  checks: ImpactedCheck[];
  /** Checks that applied to <from> and no longer apply to <to>. */
  noLongerApplicable: string[];
  /** In both editions, unchanged, verified by at least one check and no verifying check impacted. */
  evidenceHolds: string[];
  /** Manual requirements in both editions, unchanged: the earlier attestation still holds. */
  manualEvidenceHolds: string[];
  /** Unchanged automatic requirements that no given check verifies. */
  withoutChecks: string[];
}

export interface DiffReport {
  format: 'hogo-spec-diff/1';
  standard: string;
  from: string;
  to: string;
  /** True when <from> was built from a different source directory (--from-src). */
  separateSources: boolean;
  summary: Record<Section, Record<Severity, number>> & { total: Record<Severity, number> };
  rules: DiffRule[];
  changes: Change[];
  impact: Impact;
}

export interface DiffOptions {
  checks?: CheckRecord[];
  separateSources?: boolean;
}
