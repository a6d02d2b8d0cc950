/** OpenAPI path template → colon style used by fastify and msw: /households/{householdId} → /households/:householdId. */
export function toColonPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}

/** The path of a request URL, without the query string (for `instance` and the audit). */
export function urlPath(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
