import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createAjv } from '../../lib/ajv.ts';
import { buildBundle } from '../../lib/bundle/index.ts';
import type { EditionBundle } from '../../lib/bundle/types.ts';
import { diffEditions, RULES } from '../../lib/diff/index.ts';
import { fixture } from '../helpers.ts';

/** The minimal fixture's bundle for an edition (a fresh copy every call). */
export const minimal = (edition = '2.1'): EditionBundle => buildBundle(fixture(), edition);

const schema = JSON.parse(readFileSync(new URL('../../schema/diff-report.schema.json', import.meta.url), 'utf8'));
/** Validates a report against spec/schema/diff-report.schema.json (ajv/dist/2020.js, strict); returns the errors (empty when valid). */
export function reportErrors(report: unknown): unknown[] {
  const validate = createAjv().compile(schema);
  return validate(report) ? [] : (validate.errors ?? []);
}

/** Operation object by operationId in a bundle's OpenAPI document. */
export function op(bundle: EditionBundle, id: string): Record<string, any> {
  for (const item of Object.values(bundle.openapi.paths as Record<string, Record<string, any>>)) {
    for (const operation of Object.values(item)) if (operation?.operationId === id) return operation;
  }
  throw new Error(`no operation ${id}`);
}

export interface RuleCase {
  rule: string;
  severity: 'breaking' | 'non-breaking' | 'review';
  target: string;
  /** Changes the later side (`to`); `from` is the unchanged base unless `before` changes it. */
  after?: (b: EditionBundle) => void;
  before?: (b: EditionBundle) => void;
  check?: (change: Record<string, unknown>) => void;
}

/** Runs one case: exactly the expected rule (and nothing else) in the rule's section. */
export function runCase(c: RuleCase): void {
  const from = minimal();
  const to = minimal();
  c.before?.(from);
  c.after?.(to);
  const section = RULES.find((r) => r.id === c.rule)?.section;
  const changes = diffEditions(from, to).changes.filter((x) => x.section === section);
  expect(new Set(changes.map((x) => x.rule))).toEqual(new Set([c.rule]));
  const hit = changes.find((x) => x.target === c.target);
  expect(hit, `a ${c.rule} change on ${c.target}`).toBeDefined();
  expect(hit!.severity).toBe(c.severity);
  c.check?.(hit as unknown as Record<string, unknown>);
}
