import { operationsFor, type Edition, type FetchLike } from '@hogo-kit/sdk';
import { responseSchema } from '@hogo-kit/sdk/schemas';
import { sampleValid } from '../../src/checks/input/sample.ts';
import { operationMatcher } from '../../src/engine/contract.ts';

/**
 * A fake system that knows the contract and nothing else: any request with a bearer token gets the operation's
 * success status and a schema-valid body built from the schema alone; it keeps no state and enforces no rule.
 * The suite must find it not conformant (issue #5: a system that only echoes schema-valid data).
 */
export function echoTarget(edition: Edition, baseUrl: string): FetchLike {
  const match = operationMatcher(edition, baseUrl);
  const samples = new Map<string, unknown>();
  const problem = (status: number, title: string) =>
    new Response(JSON.stringify({ type: 'about:blank', title, status }), { status, headers: { 'content-type': 'application/problem+json' } });
  return async (request) => {
    const operationId = match(request.method, request.url);
    if (!operationId) return problem(404, 'Not Found');
    const meta = operationsFor(edition)[operationId]!;
    if (meta.authenticated && !/^Bearer \S+/.test(request.headers.get('authorization') ?? '')) return problem(401, 'Unauthorized');
    if (!samples.has(operationId)) {
      const schema = responseSchema(edition, operationId, meta.success);
      samples.set(operationId, schema === undefined ? undefined : sampleValid(edition, schema));
    }
    const body = samples.get(operationId);
    const type = meta.successType ?? 'application/json';
    if (body === undefined) return new Response(meta.success === 204 ? null : type === 'application/json' ? '{}' : '', { status: meta.success, headers: { 'content-type': type } });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: meta.success, headers: { 'content-type': type } });
  };
}
