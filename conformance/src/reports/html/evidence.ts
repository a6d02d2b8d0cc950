import type { Evidence } from '../../engine/types.ts';
import type { RunReport } from '../../run.ts';

/** A body longer than this (as JSON) is cut in the HTML report; report.json keeps it whole. */
export const BODY_LIMIT = 4_000;

type Body = { body?: unknown; bodyCut?: { text: string; length: number } };
interface Side extends Body {
  headers: Record<string, string>;
}
/** One recorded exchange as the page's script renders it: the URL relative to the target, long bodies cut. */
export interface Exchange {
  request?: Side & { method: string; url: string };
  response?: Side & { status: number };
  note?: string;
}

function body(value: unknown): Body {
  if (value === undefined) return {};
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= BODY_LIMIT ? { body: value } : { bodyCut: { text: text.slice(0, BODY_LIMIT), length: text.length } };
}

/** The target's URLs as paths (the page names the target once); any other URL as it was. */
const relative = (url: string, base: string) => (url.startsWith(base) && /^([/?#]|$)/.test(url.slice(base.length)) ? url.slice(base.length) || '/' : url);

function exchange(e: Evidence, base: string): Exchange {
  return {
    ...(e.request && { request: { method: e.request.method, url: relative(e.request.url, base), headers: e.request.headers, ...body(e.request.body) } }),
    ...(e.response && { response: { status: e.response.status, headers: e.response.headers, ...body(e.response.body) } }),
    ...(e.note !== undefined && { note: e.note }),
  };
}

/**
 * The evidence of every check that recorded any, as [check id, exchanges] pairs: embedded once in the page
 * (a check verifying several requirements is not repeated) and rendered only when a reader opens it.
 */
export function evidenceData(report: RunReport): [string, Exchange[]][] {
  const base = report.target.baseUrl.replace(/\/+$/, '');
  return report.checks.filter((c) => c.evidence.length > 0).map((c) => [c.checkId, c.evidence.map((e) => exchange(e, base))]);
}
