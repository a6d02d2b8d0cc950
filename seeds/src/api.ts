/** What a seed sends to one operation: path parameters, query parameters, the JSON body and extra headers. */
export interface SeedInput {
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * The body is plain JSON data — what JSON.parse gives: no undefined, no Date or class instances, no object used
   * twice — that the caller hands over with the call and does not change afterwards. A SeedApi may then pass it
   * to the system as it is instead of copying it through JSON as on the wire (for a data set of 100,000
   * households that copy alone costs seconds and hundreds of MiB).
   */
  handOver?: boolean;
}

/**
 * The only way seeds touch a system: one call per operation of the standard, as a member of staff with the given
 * role (default: a role the operation allows). Resolves with the response body of a 2xx answer and throws
 * SeedApiError otherwise — OperationUnavailableError when the system does not serve the operation at all.
 */
export interface SeedApi {
  // The body's type depends on the operation; seeds read only the ids they need from it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(operationId: string, input?: SeedInput, role?: string): Promise<any>;
}

/** A non-2xx answer to a seed call. */
export class SeedApiError extends Error {
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`${operationId} answered ${status}${describeProblem(problem)}`);
    this.name = 'SeedApiError';
  }
}

/** The system does not serve the operation (not in its edition, or not implemented yet). */
export class OperationUnavailableError extends SeedApiError {
  constructor(operationId: string) {
    super(operationId, 404, { code: 'operation-unavailable' });
    this.name = 'OperationUnavailableError';
  }
}

function describeProblem(problem: unknown): string {
  if (!problem || typeof problem !== 'object') return '';
  const p = problem as { code?: unknown; title?: unknown; detail?: unknown; errors?: unknown };
  const text = (v: unknown) => (v && typeof v === 'object' && 'en' in v ? String((v as { en: unknown }).en) : typeof v === 'string' ? v : '');
  const parts = [p.code, text(p.title), text(p.detail)].filter((x) => typeof x === 'string' && x !== '');
  const errors = Array.isArray(p.errors)
    ? p.errors.map((e: { pointer?: string; message?: unknown }) => `${e.pointer ?? ''} ${text(e.message)}`.trim()).join('; ')
    : '';
  return `${parts.length ? `: ${parts.join(' — ')}` : ''}${errors ? ` [${errors}]` : ''}`;
}
