import type { OperationMeta } from '../operations.ts';

export interface Route {
  operationId: string;
  meta: OperationMeta;
  pattern: RegExp;
  /** Literal segments first: /visits/overdue beats a template such as /visits/{visitId}. */
  params: number;
}

const compiled = new WeakMap<object, Route[]>();

/** Compiles the edition's operations into matchers of method + URL path (once per operations table). */
export function compileRoutes(operations: Readonly<Record<string, OperationMeta>>): Route[] {
  let found = compiled.get(operations);
  if (!found) compiled.set(operations, (found = compile(operations)));
  return found;
}

function compile(operations: Readonly<Record<string, OperationMeta>>): Route[] {
  const routes = Object.entries(operations).map(([operationId, meta]) => {
    const params = (meta.path.match(/\{[^}]+\}/g) ?? []).length;
    const source = meta.path
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+');
    return { operationId, meta, pattern: new RegExp(`^${source}/?$`), params };
  });
  return routes.sort((a, b) => a.params - b.params);
}

/** The operation a request is for, or undefined for a URL outside the standard API. */
export function findRoute(routes: Route[], method: string, path: string): Route | undefined {
  const m = method.toLowerCase();
  return routes.find((r) => r.meta.method === m && r.pattern.test(path));
}

/** The path of a URL relative to the API's base URL (base path stripped). */
export function apiPath(url: string, basePath: string): string {
  const { pathname } = new URL(url);
  const base = basePath.replace(/\/+$/, '');
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}
