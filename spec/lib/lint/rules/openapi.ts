import { createRequire } from 'node:module';
import type { LintProblem, LintRule } from '../types.ts';

const require = createRequire(import.meta.url);
type Validator = { validate(api: unknown): Promise<unknown> };
const SwaggerParser = require('@apidevtools/swagger-parser') as Validator;

export const openapiValid: LintRule = {
  id: 'openapi-valid',
  description: 'The bundled OpenAPI of every edition validates (swagger-parser: OpenAPI 3.1 schema and $refs).',
  async check({ source, bundles }) {
    const problems: LintProblem[] = [];
    for (const bundle of bundles) {
      try {
        await SwaggerParser.validate(structuredClone(bundle.openapi));
      } catch (error) {
        const lines = String((error as Error).message).split('\n').filter(Boolean).slice(0, 20);
        for (const line of lines) {
          problems.push({ rule: 'openapi-valid', file: source.openapi.file, item: `edition ${bundle.edition}`, message: line.trim() });
        }
      }
    }
    return problems;
  },
};
