import { walkObjects } from '../../bundle/schemas.ts';
import { operationsOf } from '../../bundle/openapi.ts';
import type { LintProblem } from '../types.ts';
import { editionRule } from '../per-edition.ts';
import { operationFile, schemaFile } from '../where.ts';

/** The code list whose codes are the roles named in operation security. */
export const ROLE_CODELIST = 'role';

function rolesOf(operation: Record<string, unknown>): string[] {
  const security = operation.security;
  if (!Array.isArray(security)) return [];
  return security.flatMap((req) => Object.values(req as Record<string, unknown>).flatMap((v) => (Array.isArray(v) ? v.map(String) : [])));
}

export const codelistKnown = editionRule('codelist-known', 'Every x-codelist names a code list of the same edition; x-visible-to and security name known roles.', (bundle, source) => {
  const problems: LintProblem[] = [];
  const lists = new Map(bundle.codelists.map((l) => [l.id, l]));
  const roles = new Set(lists.get(ROLE_CODELIST)?.codes.map((c) => c.code) ?? []);
  for (const [name, schema] of Object.entries(bundle.schemas)) {
    walkObjects(schema, (node, path) => {
      const item = `${name} /${path.join('/')}`;
      const list = node['x-codelist'];
      if (list !== undefined && !lists.has(String(list))) {
        problems.push({ rule: 'codelist-known', file: schemaFile(source, name), item, message: `code list "${String(list)}" does not exist` });
      }
      const visible = node['x-visible-to'];
      for (const role of Array.isArray(visible) ? visible : []) {
        if (!roles.has(String(role))) problems.push({ rule: 'codelist-known', file: schemaFile(source, name), item, message: `role "${String(role)}" is not in the ${ROLE_CODELIST} code list` });
      }
    });
  }
  for (const { operation } of operationsOf(bundle.openapi)) {
    const id = String(operation.operationId);
    for (const role of rolesOf(operation)) {
      if (!roles.has(role)) problems.push({ rule: 'codelist-known', file: operationFile(source, id), item: id, message: `role "${role}" is not in the ${ROLE_CODELIST} code list` });
    }
  }
  return problems;
});

export const codelistUsed = editionRule('codelist-used', 'No unused code list: each is named by an x-codelist (the role list by operation security).', (bundle, source) => {
  const used = new Set<string>();
  for (const schema of Object.values(bundle.schemas)) {
    walkObjects(schema, (node) => {
      if (typeof node['x-codelist'] === 'string') used.add(node['x-codelist']);
      if (Array.isArray(node['x-visible-to'])) used.add(ROLE_CODELIST);
    });
  }
  walkObjects(bundle.openapi.paths, (node) => {
    if (typeof node['x-codelist'] === 'string') used.add(node['x-codelist']);
  });
  if (operationsOf(bundle.openapi).some(({ operation }) => rolesOf(operation).length > 0)) used.add(ROLE_CODELIST);
  return bundle.codelists
    .filter((list) => !used.has(list.id))
    .map((list) => ({
      rule: 'codelist-used',
      file: source.codelists.find((f) => f.data.id === list.id)?.file ?? `codelists/${list.id}.yaml`,
      item: list.id,
      message: 'code list is not used by any schema',
    }));
});

export { rolesOf };
