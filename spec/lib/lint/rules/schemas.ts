import { createAjv } from '../../ajv.ts';
import { standaloneSchema, walkObjects } from '../../bundle/schemas.ts';
import { operationsOf } from '../../bundle/openapi.ts';
import type { LintProblem } from '../types.ts';
import { editionRule } from '../per-edition.ts';
import { operationFile, schemaFile } from '../where.ts';

/** ajv's message, with a hint when an "unknown keyword" is really text split off by an unquoted comma. */
function compileMessage(error: unknown): string {
  const message = (error as Error).message;
  const keyword = /unknown keyword: "([^"]*)"/.exec(message)?.[1];
  return keyword && /\s/.test(keyword)
    ? `${message} — an unquoted comma inside a { flow: mapping } split a text; quote the description`
    : message;
}

const LOCAL_REF = /^#\/components\/(schemas|parameters|responses|headers|securitySchemes)\/(.+)$/;

export const refsResolve = editionRule('refs-resolve', 'Every $ref in schemas and operations points at a component that exists in the same edition.', (bundle, source) => {
  const problems: LintProblem[] = [];
  const components = (bundle.openapi.components ?? {}) as Record<string, Record<string, unknown>>;
  const check = (file: string, item: string, node: unknown) =>
    walkObjects(node, (obj, path) => {
      if (typeof obj.$ref !== 'string') return;
      const m = LOCAL_REF.exec(obj.$ref);
      if (!m || !(m[2]! in (components[m[1]!] ?? {}))) {
        problems.push({ rule: 'refs-resolve', file, item: `${item} /${path.join('/')}`, message: `$ref "${obj.$ref}" does not resolve` });
      }
    });
  for (const [name, schema] of Object.entries(bundle.schemas)) check(schemaFile(source, name), name, schema);
  for (const { operation } of operationsOf(bundle.openapi)) {
    const id = String(operation.operationId);
    check(operationFile(source, id), id, operation);
  }
  for (const kind of ['parameters', 'responses', 'headers'] as const) {
    check(source.openapi.file, `components/${kind}`, components[kind]);
  }
  return problems;
});

export const schemaCompiles = editionRule('schema-compiles', 'Every schema of every edition compiles under ajv (JSON Schema 2020-12, strict: unknown keywords are errors).', (bundle, source) => {
  const problems: LintProblem[] = [];
  const ajv = createAjv();
  const names = Object.keys(bundle.schemas);
  const refsOk = new Set(names);
  for (const name of names) {
    try {
      ajv.addSchema(standaloneSchema(name, bundle.schemas[name]!, bundle.edition));
    } catch (error) {
      refsOk.delete(name);
      problems.push({ rule: 'schema-compiles', file: schemaFile(source, name), item: name, message: compileMessage(error) });
    }
  }
  for (const name of refsOk) {
    try {
      ajv.getSchema(`${name}.json`);
    } catch (error) {
      problems.push({ rule: 'schema-compiles', file: schemaFile(source, name), item: name, message: compileMessage(error) });
    }
  }
  // Inline schemas of operations (parameters, bodies, responses) compile too.
  for (const { operation } of operationsOf(bundle.openapi)) {
    const id = String(operation.operationId);
    const inline: { path: string[]; schema: Record<string, unknown> }[] = [];
    walkObjects(operation, (node, path) => {
      const schema = node.schema;
      if (schema && typeof schema === 'object' && !Array.isArray(schema)) inline.push({ path, schema: schema as Record<string, unknown> });
    });
    for (const { path, schema } of inline) {
      try {
        const { $id: _id, ...standalone } = standaloneSchema('inline', schema, bundle.edition);
        ajv.compile(standalone);
      } catch (error) {
        problems.push({ rule: 'schema-compiles', file: operationFile(source, id), item: `${id} /${path.join('/')}/schema`, message: compileMessage(error) });
      }
    }
  }
  return problems;
});
