import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createAjv } from '@hogo-kit/spec';

const require = createRequire(import.meta.url);
type Edition = '2.0' | '2.1';

const distDir = (edition: Edition) => dirname(require.resolve(`@hogo-kit/spec/dist/${edition}/openapi.json`));

/** An ajv holding every standalone schema of the edition (spec/dist/<edition>/schemas). */
export function editionAjv(edition: Edition) {
  const ajv = createAjv();
  const dir = join(distDir(edition), 'schemas');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return ajv;
}

interface Operation { operationId?: string; requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }

/** operationId → the component schema name of its JSON request body. */
export function requestSchemas(edition: Edition): Map<string, string> {
  const openapi = JSON.parse(readFileSync(join(distDir(edition), 'openapi.json'), 'utf8')) as { paths: Record<string, Record<string, Operation>> };
  const map = new Map<string, string>();
  for (const methods of Object.values(openapi.paths)) {
    for (const op of Object.values(methods)) {
      const ref = op.requestBody?.content?.['application/json']?.schema?.$ref;
      if (op.operationId && ref) map.set(op.operationId, ref.replace('#/components/schemas/', ''));
    }
  }
  return map;
}

/** Validates a request body of an operation; returns the error messages (empty when valid). */
export function requestBodyErrors(edition: Edition) {
  const ajv = editionAjv(edition);
  const schemas = requestSchemas(edition);
  return (operationId: string, body: unknown): string[] => {
    const name = schemas.get(operationId);
    if (!name) return body === undefined ? [] : [`${operationId} takes no JSON body`];
    const validate = ajv.getSchema(`${name}.json`);
    if (!validate) return [`no schema ${name}`];
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${operationId} ${e.instancePath} ${e.message}`);
  };
}
