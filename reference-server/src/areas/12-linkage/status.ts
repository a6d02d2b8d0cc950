/** The linked systems and their linkage status (12.3.1, 12.3.6): listed in code-list order; suspended and resumed by the system administrator. */
import { conflict, type HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { page } from '../../support/page.ts';
import { missing } from '../../support/refusals.ts';
import { isSystem, linkedSystem, SYSTEMS, type LinkedSystem } from './systems.ts';

export function statusOperations(env: AreaEnv): Pick<HogoAdapter, 'listLinkedSystems' | 'setLinkedSystemStatus'> {
  return {
    async listLinkedSystems({ query }) {
      const systems = SYSTEMS.map((system) => linkedSystem(env.store, system));
      // Mutant linked-system-receipt-not-shown: the time the status last changed is shown as the last receipt.
      if (hasMutant(env, 'linked-system-receipt-not-shown')) return page(systems.map((s) => ({ ...s, lastReceivedAt: s.statusChangedAt ?? null })), query);
      return page(systems, query);
    },

    async setLinkedSystemStatus({ path, body }) {
      return env.store.transact((tx) => {
        if (!isSystem(path.systemCode)) throw missing('連携業務システム', 'linked system');
        const current = linkedSystem(tx, path.systemCode);
        if (current.status === body.status) {
          throw conflict('linkage-status-unchanged', {
            ja: `業務システム（${path.systemCode}）は既に${body.status === 'suspended' ? '停止中' : '連携中'}です。`,
            en: `The linkage with ${path.systemCode} is already ${body.status}.`,
          });
        }
        const { statusReason: _previous, ...rest } = current;
        const next: LinkedSystem = {
          ...rest,
          status: body.status,
          ...(body.status === 'suspended' && { statusReason: body.reason }),
          statusChangedAt: env.clock.now().toISOString(),
        };
        tx.put('LinkedSystem', path.systemCode, next);
        return next;
      });
    },
  };
}
