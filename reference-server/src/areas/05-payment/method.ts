import type { AdapterContext, HogoAdapter } from '@hogo-kit/sdk';
import type { Reader, Stored } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { missing, ruleBroken } from '../../support/refusals.ts';
import { assertIfMatch, withEtag } from '../../support/versions.ts';
import { householdInPath } from '../../support/households.ts';
import type { Household, PaymentMethod } from './types.ts';


/**
 * The household's payment method as stored, or the default (窓口払い, no 代理納付) at version 0 when no setting
 * has been recorded.
 */
export function methodRecord(tx: Reader, householdId: string): Stored<PaymentMethod> {
  return tx.get<PaymentMethod>('PaymentMethod', householdId) ?? { value: { householdId, method: 'counter', proxyPayments: [] }, version: 0 };
}

/** The name of the recipient paid: the head of household (世帯主), else the first member still in the household. */
export function recipientName(household: Household): string {
  const present = household.members.filter((m) => m.leftOn === undefined);
  const head = present.find((m) => m.relationship === '01') ?? present[0] ?? household.members[0]!;
  return `${head.name.family} ${head.name.given}`;
}

type Patch = Parameters<HogoAdapter['updatePaymentMethod']>[0]['body'];

function checkPatch(env: AreaEnv, current: PaymentMethod, patch: Patch): PaymentMethod {
  if (patch.method === 'proxy') {
    throw ruleBroken('proxy-not-a-method', '/body/method', {
      ja: '代理納付は支給方法ではなく、代理納付の設定（proxyPayments）で指定してください',
      en: 'proxy is not a method of the recipient’s part; set proxy payments through proxyPayments',
    });
  }
  const next: PaymentMethod = { ...current, ...patch };
  // mutant transfer-without-account: a transfer without an account is accepted
  if (next.method === 'transfer' && !next.bankAccount && !hasMutant(env, 'transfer-without-account')) {
    throw ruleBroken('bank-account-required', patch.method !== undefined ? '/body/method' : '/body/bankAccount', {
      ja: '口座振込には金融機関コード、支店コード、預金種目、口座番号及び口座名義（カナ）がそろった振込先口座が必要です',
      en: 'A bank transfer needs a complete bank account (bank, branch, type, number and holder in katakana)',
    });
  }
  (next.proxyPayments ?? []).forEach((p, i) => {
    if (p.startMonth !== undefined && p.endMonth !== undefined && p.startMonth > p.endMonth) {
      throw ruleBroken('period-reversed', `/body/proxyPayments/${i}/endMonth`, {
        ja: '代理納付の終了月が開始月より前です',
        en: 'The proxy payment ends before it starts',
      });
    }
  });
  return next;
}

export function paymentMethodOperations(env: AreaEnv): Pick<HogoAdapter, 'getPaymentMethod' | 'updatePaymentMethod'> {
  return {
    async getPaymentMethod({ path }) {
      const { store } = env;
      householdInPath(store, path.householdId);
      return withEtag(path.householdId, methodRecord(store, path.householdId));
    },
    async updatePaymentMethod({ path, body }, ctx: AdapterContext) {
      return env.store.transact((tx) => {
        householdInPath(tx, path.householdId);
        const current = methodRecord(tx, path.householdId);
        // mutant payment-method-stale-update: the If-Match version is not compared
        if (!hasMutant(env, 'payment-method-stale-update')) assertIfMatch(ctx, path.householdId, current);
        const checked = checkPatch(env, current.value, body);
        // mutant payment-account-not-saved: the bank account sent is not stored (the one recorded before stays);
        // mutant proxy-settings-not-saved: the proxy payments sent are not stored
        const { bankAccount, proxyPayments } = current.value;
        const kept = {
          ...(hasMutant(env, 'payment-account-not-saved') && { bankAccount }),
          ...(hasMutant(env, 'proxy-settings-not-saved') && { proxyPayments }),
        };
        const next: PaymentMethod = { ...checked, ...kept, updatedAt: env.clock.now().toISOString(), updatedBy: ctx.principal.staffId };
        const stored = tx.put('PaymentMethod', path.householdId, next);
        return withEtag(path.householdId, stored);
      });
    },
  };
}
