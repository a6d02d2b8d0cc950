import type { OperationMeta } from '../editions.ts';
import { PROBLEMS, problemResponse } from './problem.ts';
import type { EngineResponse, Principal, TokenVerifier } from './types.ts';

/** The principal of operations that need no credential (GET /health). */
export const ANONYMOUS: Principal = Object.freeze({ staffId: '', roles: [] as string[] }) as Principal;

// RFC 6750 b64token after "Bearer" and one or more spaces.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

const isPrincipal = (value: unknown): value is Principal =>
  typeof value === 'object' && value !== null &&
  typeof (value as Principal).staffId === 'string' && (value as Principal).staffId !== '' &&
  Array.isArray((value as Principal).roles) && (value as Principal).roles.every((r) => typeof r === 'string');

export type Authentication = { principal: Principal } | { refused: EngineResponse };

/** 401 unless the Authorization header carries a bearer token the verifier accepts. */
export async function authenticate(authorization: string | undefined, verify: TokenVerifier, instance: string): Promise<Authentication> {
  if (authorization === undefined || authorization.trim() === '') {
    return { refused: problemResponse(PROBLEMS.missingToken, instance, { 'www-authenticate': 'Bearer' }) };
  }
  const token = BEARER.exec(authorization)?.[1];
  if (token === undefined) {
    return { refused: problemResponse(PROBLEMS.malformedToken, instance, { 'www-authenticate': 'Bearer error="invalid_request"' }) };
  }
  let principal: unknown = null;
  try {
    principal = await verify(token);
  } catch {
    principal = null;
  }
  if (!isPrincipal(principal)) {
    return { refused: problemResponse(PROBLEMS.invalidToken, instance, { 'www-authenticate': 'Bearer error="invalid_token"' }) };
  }
  return { principal };
}

/** 403 unless the principal has one of the operation's roles. */
export function authorize(principal: Principal, meta: OperationMeta, instance: string): EngineResponse | undefined {
  if (meta.roles.some((role) => principal.roles.includes(role))) return undefined;
  const roles = meta.roles.join(', ');
  return problemResponse(
    {
      ...PROBLEMS.forbidden,
      detail: {
        ja: `この操作は次の役割の職員のみ実行できます: ${roles}`,
        en: `Only staff with one of these roles may perform this operation: ${roles}`,
      },
    },
    instance,
  );
}
