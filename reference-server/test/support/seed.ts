import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createAjv } from '@hogo-kit/spec';
import type { Edition } from '@hogo-kit/sdk';

const require = createRequire(import.meta.url);

/** Validators of the edition's standalone schemas (spec/dist/<edition>/schemas/<Name>.json), by schema name. */
export function schemaValidator(edition: Edition) {
  const ajv = createAjv();
  const dir = join(dirname(require.resolve(`@hogo-kit/spec/dist/${edition}/openapi.json`)), 'schemas');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return (name: string, value: unknown): string[] => {
    const validate = ajv.getSchema(`${name}.json`);
    if (!validate) return [`no schema ${name}`];
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message}`);
  };
}
