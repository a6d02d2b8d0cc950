import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import { createAjv } from '../../ajv.ts';
import type { LintProblem, LintRule } from '../types.ts';

const schemaDir = new URL('../../../schema/', import.meta.url);
const load = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(name, schemaDir)), 'utf8'));

let validators: Record<'catalogue' | 'codelist' | 'flow', ReturnType<ReturnType<typeof createAjv>['compile']>> | undefined;
function validatorsFor() {
  if (!validators) {
    const ajv = createAjv();
    ajv.addSchema(load('catalogue.schema.json'));
    validators = {
      catalogue: ajv.compile({ $ref: 'catalogue.schema.json' }),
      codelist: ajv.compile(load('codelist.schema.json')),
      flow: ajv.compile(load('flow.schema.json')),
    };
  }
  return validators;
}

function describe(error: ErrorObject): string {
  const extra = error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties'
    ? ` (${String(Object.values(error.params)[0])})`
    : '';
  return `${error.instancePath || '/'} ${error.message ?? error.keyword}${extra}`;
}

function shapeRule(id: string, kind: 'catalogue' | 'codelist' | 'flow', description: string): LintRule {
  return {
    id,
    description,
    check({ source }) {
      const files = kind === 'catalogue' ? source.areas : kind === 'codelist' ? source.codelists : source.flows;
      const validate = validatorsFor()[kind];
      const problems: LintProblem[] = [];
      for (const file of files) {
        if (validate(file.data)) continue;
        for (const error of validate.errors ?? []) {
          problems.push({ rule: id, file: file.file, item: error.instancePath || '/', message: describe(error) });
        }
      }
      return problems;
    },
  };
}

export const yamlParse: LintRule = {
  id: 'yaml-parse',
  description: 'Every source file is readable YAML with a mapping at the top.',
  check: ({ source }) =>
    source.unreadable.map((u) => ({ rule: 'yaml-parse', file: u.file, item: '/', message: u.message })),
};

export const catalogueSchema = shapeRule('catalogue-schema', 'catalogue', 'Each requirement area file validates against schema/catalogue.schema.json.');
export const codelistSchema = shapeRule('codelist-schema', 'codelist', 'Each code list validates against schema/codelist.schema.json.');
export const flowSchema = shapeRule('flow-schema', 'flow', 'Each flow validates against schema/flow.schema.json.');
