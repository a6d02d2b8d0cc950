import type { OperationMeta } from '@hogo-kit/sdk';
import type { SendInput } from '../support/http.ts';

/** A path parameter's dummy value: well formed (so only authentication or authorisation can refuse it), never an existing id. */
function dummy(name: string): string {
  if (name === 'year') return '2025';
  if (name === 'month') return '2025-04';
  return 'conformance-auth-probe';
}

/**
 * The request an authorisation check sends: dummy path parameters, an empty JSON body where the method
 * carries one, and a dummy If-Match on updates — the answer must come from authentication or authorisation
 * (401 / 403), which run before lookup, validation and preconditions.
 */
export function probeRequest(meta: OperationMeta): SendInput {
  const names = [...meta.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const input: SendInput = {};
  if (names.length > 0) input.path = Object.fromEntries(names.map((n) => [n, dummy(n)]));
  if (['post', 'put', 'patch'].includes(meta.method.toLowerCase())) input.body = {};
  if (meta.ifMatch) input.headers = { 'if-match': '"conformance-auth-probe"' };
  return input;
}

/** An operationId in kebab case (check ids are kebab-case): listHouseholds → list-households. */
export function kebab(operationId: string): string {
  return operationId.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
}
