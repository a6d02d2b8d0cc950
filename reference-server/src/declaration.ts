import requirements20 from '@hogo-kit/spec/dist/2.0/requirements.json' with { type: 'json' };
import requirements21 from '@hogo-kit/spec/dist/2.1/requirements.json' with { type: 'json' };
import type { Edition } from '@hogo-kit/sdk';

const REQUIREMENTS: Record<Edition, { id: string; class: string }[]> = { '2.0': requirements20, '2.1': requirements21 };

const optionsOf = (edition: Edition) => REQUIREMENTS[edition].filter((r) => r.class === 'option').map((r) => r.id);

/** Seeded defects of the declaration (mutants undeclared-option-answers, declaration-unknown-option). */
export interface DeclarationDefects {
  /** Options implemented but left out of the declaration. */
  leaveOut?: string[];
  /** Declare an option of the other edition, which this edition does not have. */
  foreignOption?: boolean;
}

/** The option undeclared-option-answers leaves out: validate-only import (13.6.5), implemented in both editions. */
export const VALIDATE_ONLY_OPTION = '13.6.5';

/** The reference server's 適合宣言: the edition, the product, and every 標準オプション (it implements them all). */
export function referenceDeclaration(edition: Edition, declaredAt: string, defects: DeclarationDefects = {}) {
  const own = optionsOf(edition);
  const foreign = optionsOf(edition === '2.0' ? '2.1' : '2.0').filter((id) => !own.includes(id)).slice(0, 1);
  return {
    edition,
    product: { name: 'hogo-kit reference server', vendor: 'hogo-kit', version: '0.1.0', build: 'in-memory' },
    options: [...own.filter((id) => !(defects.leaveOut ?? []).includes(id)), ...(defects.foreignOption ? foreign : [])],
    declaredAt,
  };
}
