import requirements20 from '@hogo-kit/spec/dist/2.0/requirements.json' with { type: 'json' };
import requirements21 from '@hogo-kit/spec/dist/2.1/requirements.json' with { type: 'json' };
import type { Edition } from '@hogo-kit/sdk';

const REQUIREMENTS: Record<Edition, { id: string; class: string }[]> = { '2.0': requirements20, '2.1': requirements21 };

/** The reference server's 適合宣言: the edition, the product, and every 標準オプション (it implements them all). */
export function referenceDeclaration(edition: Edition, declaredAt: string) {
  return {
    edition,
    product: { name: 'hogo-kit reference server', vendor: 'hogo-kit', version: '0.1.0', build: 'in-memory' },
    options: REQUIREMENTS[edition].filter((r) => r.class === 'option').map((r) => r.id),
    declaredAt,
  };
}
