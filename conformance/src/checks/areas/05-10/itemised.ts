import { defineCheck } from '../../../engine/registry.ts';
import { expectBody, type Json } from '../../data/households.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { agreeDeduction, assessClaim, CASH_TOTAL, claimBody, failWith, freshMonth, protectedHousehold, regularPayments, runFreshMonth, type Fault } from './support.ts';

const listOf = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
/** Amount by key (claim or payee) of a payment's parts, with the number of parts per key. */
function byKey(parts: Json[], key: string): Map<string, { amount: number; count: number }> {
  const out = new Map<string, { amount: number; count: number }>();
  for (const p of parts) {
    const was = out.get(String(p[key])) ?? { amount: 0, count: 0 };
    out.set(String(p[key]), { amount: was.amount + Number(p.amount), count: was.count + 1 });
  }
  return out;
}

const PROXIES = [
  { target: 'rent', payeeName: '見本不動産株式会社', monthlyAmount: 30_000 },
  { target: 'common-fee', payeeName: '見本管理組合', monthlyAmount: 5_000 },
];

/** 05.4.3: a payment itemises its Art. 78-2 deductions claim by claim and its proxy payments payee by payee, in the list and the ledger alike. */
export const deductionsAndProxiesItemised = defineCheck({
  id: 'payment.deductions-and-proxies-itemised',
  title: {
    ja: '支給には法第78条の2による徴収額が債権ごとに、代理納付額が支払先ごとに内訳として記録され、支給台帳にも同じ内訳が示される',
    en: 'A payment records its Art. 78-2 deductions per claim and its proxy payments per payee, and the ledger shows the same breakdown',
  },
  verifies: ['05.4.3'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const path = { householdId };
    const etag = (await send(caseworker, 'getPaymentMethod', { path })).headers.get('etag') ?? '*';
    expectBody(ctx, await send(caseworker, 'updatePaymentMethod', { path, body: { proxyPayments: PROXIES }, headers: { 'if-match': etag } }), 200, {
      ja: '代理納付（家賃・共益費）の設定（updatePaymentMethod）', en: 'setting the proxy payments of rent and common fee (updatePaymentMethod)',
    });
    const month = freshMonth();
    const claims: [string, number][] = [];
    for (const [basis, monthly] of [['78', 4_000], ['77-2', 3_000]] as const) {
      const claimId = String((await assessClaim(ctx, claimBody(householdId, { basis, principalAmount: 50_000, inKindCostAmount: 50_000 }))).claimId);
      await agreeDeduction(ctx, claimId, monthly, month);
      claims.push([claimId, monthly]);
    }
    await runFreshMonth(ctx, {}, month);
    const [payment] = await regularPayments(ctx, householdId, month);
    if (!payment) return ctx.fail({ ja: `保護中の世帯に ${month} の定例支給がない`, en: `the household in protection has no regular payment of ${month}` });

    const deductions = byKey(listOf(payment.deductions), 'claimId');
    for (const [claimId, monthly] of claims) {
      const got = deductions.get(claimId);
      if (got?.count !== 1 || got.amount !== monthly) faults.push({ ja: `債権 ${claimId} の徴収額が 1件 ${monthly} 円として記録されていない（${got ? `${got.count}件 ${got.amount}円` : 'なし'}）`, en: `the deduction for claim ${claimId} is not one item of ${monthly} (${got ? `${got.count} items, ${got.amount}` : 'none'})` });
    }
    if (deductions.size !== claims.length) faults.push({ ja: `徴収の内訳が債権 ${claims.length} 件でなく ${deductions.size} 件`, en: `the deductions name ${deductions.size} claims, not ${claims.length}` });
    const proxies = byKey(listOf(payment.disbursements).filter((d) => d.method === 'proxy'), 'payeeName');
    for (const p of PROXIES) {
      const got = proxies.get(p.payeeName);
      if (got?.count !== 1 || got.amount !== p.monthlyAmount) faults.push({ ja: `支払先 ${p.payeeName} への代理納付が 1件 ${p.monthlyAmount} 円として記録されていない`, en: `the proxy payment to ${p.payeeName} is not one item of ${p.monthlyAmount}` });
    }
    if (payment.recipientAmount !== CASH_TOTAL - 35_000 - 7_000) faults.push({ ja: `受給者支払額が ${CASH_TOTAL - 42_000} 円でなく ${String(payment.recipientAmount)}`, en: `the recipient's part is ${String(payment.recipientAmount)}, not ${CASH_TOTAL - 42_000}` });

    const ledger = expectBody(ctx, await send(caseworker, 'getPaymentLedger', { path, query: { from: month, to: month } }), 200, {
      ja: '支給台帳の照会（getPaymentLedger）', en: 'reading the payment ledger (getPaymentLedger)',
    });
    const inLedger = listOf(ledger.payments).find((p) => p.paymentId === payment.paymentId);
    if (!inLedger || JSON.stringify([inLedger.deductions, inLedger.disbursements]) !== JSON.stringify([payment.deductions, payment.disbursements])) {
      faults.push({ ja: '支給台帳の支給に一覧と同じ徴収・支払の内訳が示されていない', en: 'the ledger does not show the payment with the same deductions and disbursements as the list' });
    }
    failWith(ctx, { ja: '徴収額・代理納付額の内訳が記録されていない', en: 'Deductions and proxy payments are not itemised' }, faults);
  },
});
