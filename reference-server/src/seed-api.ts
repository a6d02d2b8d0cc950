import { OperationUnavailableError, SeedApiError, type SeedApi, type SeedInput } from '@hogo-kit/seeds';
import { operationsFor, type Edition } from '@hogo-kit/sdk';
import type { HogoEngine } from '@hogo-kit/sdk/fastify';

/** The role a seed call uses when it names none: caseworker when allowed, else the operation's first role. */
function defaultRole(roles: readonly string[]): string {
  return roles.includes('caseworker') ? 'caseworker' : (roles[0] ?? 'caseworker');
}

const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`path parameter ${name} missing`);
    return encodeURIComponent(value);
  });

/**
 * A SeedApi over the engine of the reference server: every call goes through the whole pipeline (development
 * token of the role → role check → request validation → adapter → response validation → ETag → audit), as an
 * HTTP request would, without a port. Bodies are taken through JSON like on the wire, unless handed over
 * (SeedInput.handOver). An update that needs If-Match and has none gets the current ETag from the GET on the same path.
 */
export function engineSeedApi(engine: HogoEngine, edition: Edition): SeedApi {
  const metas = operationsFor(edition);
  const served = new Map(engine.routes.map((r) => [r.operationId, r]));
  const getByPath = new Map(engine.routes.filter((r) => r.method === 'GET').map((r) => [r.path, r.operationId]));

  async function call(operationId: string, input: SeedInput = {}, role?: string) {
    const route = served.get(operationId);
    const meta = metas[operationId];
    if (!route || !meta) throw new OperationUnavailableError(operationId);
    // A body handed over (plain JSON the seed does not touch again) is passed as it is: copying a whole data set
    // through JSON costs seconds and hundreds of MiB. Any other input is taken through JSON like on the wire.
    const wire = input.handOver ? input : (JSON.parse(JSON.stringify(input)) as SeedInput);
    const who = role ?? defaultRole(meta.roles);
    const headers: Record<string, string | undefined> = { authorization: `Bearer dev-${who}`, ...lower(wire.headers) };
    if (wire.body !== undefined) headers['content-type'] = 'application/json';
    if (meta.ifMatch && headers['if-match'] === undefined) {
      const reader = getByPath.get(route.path);
      if (reader) headers['if-match'] = (await respond(reader, { path: wire.path }, who)).etag;
    }
    return (await respond(operationId, wire, who, headers)).body;
  }

  async function respond(operationId: string, input: SeedInput, role: string, headers?: Record<string, string | undefined>) {
    const route = served.get(operationId)!;
    const url = fill(route.path, input.path ?? {});
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(input.query ?? {})) if (v !== undefined) query[k] = String(v);
    const response = await engine.handle({
      operationId, params: { ...(input.path ?? {}) }, query, headers: headers ?? { authorization: `Bearer dev-${role}` }, body: input.body, url,
    });
    if (response.status < 200 || response.status > 299) throw new SeedApiError(operationId, response.status, response.body);
    return { body: response.body, etag: response.headers.etag ?? response.headers.ETag };
  }

  return { call };
}

function lower(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}
