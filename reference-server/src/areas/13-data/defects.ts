import type { AdapterContext, components } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { myNumberRoles } from '../../support/privacy.ts';

type PersonName = components['schemas']['PersonName'];

/**
 * The seeded defects of area 13 that several operations share (mutants/catalogue-11-14.ts). Without a mutant each
 * helper is the identity: the guards throw at once, names stay exactly as sent, the caller's own roles decide masking.
 */

/**
 * Runs the business-rule guards of an operation. Normally a refusal is thrown at once (inside the transaction, so
 * nothing is written); under refused-request-writes the first refusal is kept and thrown only after the write
 * was committed — the request answers 422 yet its changes stay.
 */
export class Guards {
  #refusal: unknown;
  readonly #late: boolean;

  constructor(env: AreaEnv) {
    this.#late = hasMutant(env, 'refused-request-writes');
  }

  check(guard: () => void): void {
    try {
      guard();
    } catch (error) {
      if (!this.#late) throw error;
      this.#refusal ??= error;
    }
  }

  /** Throws the refusal kept back (only ever one under the seeded defect). */
  rethrow(): void {
    if (this.#refusal !== undefined) throw this.#refusal;
  }
}

const VARIATION_SELECTORS = /[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g;

/** names-normalised: NFKC, variation selectors dropped and 𠮷 replaced by 吉 — what a careless system does. */
export function storedName(env: AreaEnv, name: PersonName): PersonName;
export function storedName(env: AreaEnv, name: PersonName | undefined): PersonName | undefined;
export function storedName(env: AreaEnv, name: PersonName | undefined): PersonName | undefined {
  if (!name || !hasMutant(env, 'names-normalised')) return name;
  const fold = (text: string) => text.normalize('NFKC').replace(VARIATION_SELECTORS, '').replace(/\u{20BB7}/gu, '吉');
  return Object.fromEntries(Object.entries(name).map(([k, v]) => [k, typeof v === 'string' ? fold(v) : v])) as PersonName;
}

/** The roles 個人番号 masking looks at: the caller's — or, under my-number-unmasked, roles that may see it. */
export const maskingRoles = (env: AreaEnv, ctx: AdapterContext): readonly string[] =>
  hasMutant(env, 'my-number-unmasked') ? myNumberRoles(env.edition) : ctx.principal.roles;
