import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAjv } from '@hogo-kit/spec';
import { expect } from 'vitest';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../schema/report.schema.json', import.meta.url)), 'utf8')) as object;
const validate = createAjv().compile(schema);

/** Every report.json a test writes goes through here: it must be valid against the published schema. */
export function expectValidReport(report: unknown): void {
  const valid = validate(JSON.parse(JSON.stringify(report)));
  expect(validate.errors ?? [], 'report.json against schema/report.schema.json').toEqual([]);
  expect(valid).toBe(true);
}
