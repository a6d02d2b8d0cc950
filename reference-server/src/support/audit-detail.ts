import type { AdapterContext } from '@hogo-kit/sdk';
import type { AreaEnv } from './env.ts';

/** Query parameters that only page through a list; they are not search conditions. */
const PAGING = new Set(['cursor', 'limit']);
const MAX_QUERY = 2048;

/** The search conditions as a query string (keys sorted; paging and 個人番号 never included). */
export function conditionsOf(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (PAGING.has(key) || value === undefined || /mynumber/i.test(key)) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  return params.toString().slice(0, MAX_QUERY);
}

/** Records a list's search conditions and the number of records it returned in its audit entry (14.2.2). */
export function noteSearch(env: AreaEnv, ctx: AdapterContext, query: Record<string, unknown>, resultCount: number): void {
  env.auditLog.note({ staffId: ctx.principal.staffId, operationId: ctx.operationId, url: ctx.request.url }, { query: conditionsOf(query), resultCount });
}
