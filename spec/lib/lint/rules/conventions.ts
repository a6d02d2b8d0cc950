import { HTTP_METHODS } from '../../bundle/openapi.ts';
import type { LintProblem, LintRule } from '../types.ts';

type Json = Record<string, unknown>;

const hasParam = (op: Json, name: string) =>
  Array.isArray(op.parameters) && op.parameters.some((p) => (p as Json)?.$ref === `#/components/parameters/${name}`);

function checkOperation(file: string, area: string | undefined, path: string, method: string, op: Json): string[] {
  const found: string[] = [];
  const responses = (op.responses ?? {}) as Record<string, Json>;
  const codes = Object.keys(responses);
  if (typeof op.operationId !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(op.operationId)) found.push('operationId must be lowerCamel');
  if (typeof op['x-since'] !== 'string') found.push('x-since is missing');
  const tags = Array.isArray(op.tags) ? op.tags.map(String) : [];
  if (tags.length !== 1 || (area !== undefined && !tags[0]!.startsWith(`${area} `))) found.push(`tags must be exactly one tag of area ${area ?? '?'}`);
  if (!Array.isArray(op.security)) found.push('security must be declared on the operation');
  if ('x-personal-data' in op && typeof op['x-personal-data'] !== 'boolean') found.push('x-personal-data must be a boolean');
  const open = Array.isArray(op.security) && op.security.length === 0;
  for (const code of ['400', ...(open ? [] : ['401', '403'])]) {
    if (!codes.includes(code)) found.push(`responses lack ${code}`);
  }
  for (const [code, response] of Object.entries(responses)) {
    if (/^[45]/.test(code) && typeof response?.$ref !== 'string') found.push(`${code} must $ref a shared problem+json response`);
  }
  if (method === 'post' && codes.includes('201') && !hasParam(op, 'IdempotencyKey')) found.push('a creating POST takes the IdempotencyKey parameter');
  if (method === 'patch' || method === 'put') {
    if (!hasParam(op, 'IfMatch')) found.push('an update takes the IfMatch parameter');
    for (const code of ['412', '428']) if (!codes.includes(code)) found.push(`an update answers ${code}`);
  }
  const declared = new Set(
    (Array.isArray(op.parameters) ? op.parameters : [])
      .filter((p) => (p as Json)?.in === 'path')
      .map((p) => String((p as Json).name)),
  );
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
    if (!declared.has(name!)) found.push(`path parameter {${name}} is not declared`);
  }
  if (/\{[^}]+\}/.test(path) && !codes.includes('404')) found.push('an operation on an identified resource answers 404');
  return found;
}

export const operationConventions: LintRule = {
  id: 'operation-conventions',
  description: 'Operations follow CONVENTIONS.md: id, x-since, one area tag, explicit security, shared problem responses, Idempotency-Key on creation, If-Match/412/428 on updates, declared path parameters.',
  check({ source }) {
    const problems: LintProblem[] = [];
    for (const fragment of source.paths) {
      const area = /paths\/([0-9]{2})-/.exec(fragment.file)?.[1];
      for (const [path, item] of Object.entries(fragment.data ?? {})) {
        for (const method of HTTP_METHODS) {
          const op = item?.[method] as Json | undefined;
          if (!op) continue;
          const item_ = String(op.operationId ?? `${method.toUpperCase()} ${path}`);
          for (const message of checkOperation(fragment.file, area, path, method, op)) {
            problems.push({ rule: 'operation-conventions', file: fragment.file, item: item_, message });
          }
        }
      }
    }
    return problems;
  },
};
