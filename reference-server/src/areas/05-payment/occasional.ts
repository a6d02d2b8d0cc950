import type { AdapterContext, HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { ruleBroken } from '../../support/refusals.ts';
import { householdInPath } from '../../support/households.ts';
import { methodRecord } from './method.ts';
import { recipientDisbursement } from './regular.ts';
import { IN_KIND_FUJO, type Decision, type Payment, type PaymentMethod } from './types.ts';

type Input = Parameters<HogoAdapter['createOccasionalPayment']>[0]['body'];

/** Decision types that grant assistance (開始・変更・停止解除). */
const GRANTING = new Set(['start', 'change', 'resume']);

function checkDecision(env: AreaEnv, decision: Decision | undefined, householdId: string): Decision {
  // mutant occasional-decision-of-any-household: the decision's household is not compared
  const otherHousehold = decision !== undefined && decision.householdId !== householdId && !hasMutant(env, 'occasional-decision-of-any-household');
  if (!decision || otherHousehold || !GRANTING.has(decision.type)) {
    throw ruleBroken('decision-not-of-household', '/body/decisionId', {
      ja: '随時支給の根拠には、この世帯の開始・変更又は停止解除の決定を指定してください',
      en: 'An occasional payment must rest on a start, change or resumption decision of this household',
    });
  }
  return decision;
}

function checkItems(items: Input['items']): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (IN_KIND_FUJO.has(item.fujoType)) {
      throw ruleBroken('in-kind-assistance', `/body/items/${i}/fujoType`, {
        ja: '医療扶助及び介護扶助は現物給付のため、金銭で支給できません',
        en: 'Medical and long-term care assistance are given in kind and cannot be paid in cash',
      });
    }
    if (seen.has(item.fujoType)) {
      throw ruleBroken('duplicate-fujo-type', `/body/items/${i}/fujoType`, {
        ja: '同じ扶助の種類が重複しています',
        en: 'The same type of assistance is listed twice',
      });
    }
    seen.add(item.fujoType);
  });
  if (items.every((item) => item.amount === 0)) {
    throw ruleBroken('zero-payment', '/body/items', { ja: '支給額が0円です', en: 'The payment amounts to 0 yen' });
  }
}

/** The method of this payment: the one sent (transfer or counter) or the household's. */
function methodFor(env: AreaEnv, body: Input, recorded: PaymentMethod): PaymentMethod {
  if (body.method === 'proxy') {
    throw ruleBroken('proxy-not-allowed', '/body/method', {
      ja: '随時支給には代理納付を指定できません',
      en: 'An occasional payment cannot be paid by proxy',
    });
  }
  // mutant occasional-method-ignored: the method (and account) sent for this payment are ignored
  const ignored = hasMutant(env, 'occasional-method-ignored');
  const method = (ignored ? undefined : body.method) ?? recorded.method;
  const bankAccount = (ignored ? undefined : body.bankAccount) ?? recorded.bankAccount;
  if (method === 'transfer' && !bankAccount) {
    throw ruleBroken('bank-account-required', body.method !== undefined ? '/body/method' : '/body/bankAccount', {
      ja: '口座振込には振込先口座が必要です',
      en: 'A bank transfer needs a bank account',
    });
  }
  return { ...recorded, method, ...(method === 'transfer' ? { bankAccount } : {}) };
}

export function occasionalPaymentOperations(env: AreaEnv): Pick<HogoAdapter, 'createOccasionalPayment'> {
  return {
    async createOccasionalPayment({ path, body }, ctx: AdapterContext) {
      return env.store.transact((tx) => {
        const household = householdInPath(tx, path.householdId);
        const decision = checkDecision(env, tx.get<Decision>('Decision', body.decisionId)?.value, household.householdId);
        checkItems(body.items);
        const method = methodFor(env, body, methodRecord(tx, household.householdId).value);
        const gross = body.items.reduce((sum, i) => sum + i.amount, 0);
        const paymentId = newId(tx, 'PAY');
        const payment: Payment = {
          paymentId,
          householdId: household.householdId,
          kind: 'occasional',
          month: body.month,
          paymentDate: body.paymentDate,
          // mutant occasional-names-start-decision: the payment names the household's start decision, not the one sent
          decisionId: hasMutant(env, 'occasional-names-start-decision')
            ? (tx.all<Decision>('Decision').find((d) => d.value.householdId === household.householdId && d.value.type === 'start')?.value.decisionId ?? decision.decisionId)
            : decision.decisionId,
          items: body.items,
          // mutant occasional-item-dropped: the item code is not kept; mutant occasional-reason-dropped: nor the reason
          ...(!hasMutant(env, 'occasional-item-dropped') && { occasionalItem: body.item }),
          ...(!hasMutant(env, 'occasional-reason-dropped') && { reason: body.reason }),
          grossAmount: gross,
          deductions: [],
          deductionAmount: 0,
          proxyAmount: 0,
          recipientAmount: gross,
          disbursements: [recipientDisbursement(household, method, gross)],
          createdAt: env.clock.now().toISOString(),
          createdBy: ctx.principal.staffId,
        };
        tx.put('Payment', paymentId, payment);
        return payment;
      });
    },
  };
}
