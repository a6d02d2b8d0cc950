import { defineCheck } from '../../../engine/registry.ts';
import { expectBody } from '../../data/households.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { CASH_TOTAL, failWith, paymentsOf, protectedHousehold, regularPayments, runFreshMonth, type Fault } from './support.ts';

type Json = Record<string, unknown>;
const ACCOUNT = { bankCode: '9999', branchCode: '002', accountType: '1', accountNumber: '7654321', accountHolderKana: 'ミホン ハナコ' };
const disbursementsOf = (p: Json): Json[] => (Array.isArray(p.disbursements) ? (p.disbursements as Json[]) : []);

/** 05.3.3, 05.3.4, 05.3.5: proxy payments are set per household, split out in the regular payment, and later changes leave it as it was. */
export const proxyPayments = defineCheck({
  id: 'payment.proxy-payments',
  title: {
    ja: '代理納付を設定した世帯の定例支給は支払先ごとの代理納付と受給者への支払に分けて記録され、後の支給方法の変更で変わらない',
    en: 'A household’s proxy payment is recorded apart from the recipient’s part in the regular payment, and a later change of method leaves that payment unchanged',
  },
  verifies: ['05.3.3', '05.3.4', '05.3.5'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const path = { householdId };
    const read = async () => {
      const answer = await send(caseworker, 'getPaymentMethod', { path });
      return { etag: answer.headers.get('etag') ?? '', body: expectBody(ctx, answer, 200, { ja: '支給方法の照会（getPaymentMethod）', en: 'reading the payment method (getPaymentMethod)' }) };
    };
    const setting = [{ target: 'rent', payeeName: '見本不動産株式会社', monthlyAmount: 40_000 }];
    const set = await send(caseworker, 'updatePaymentMethod', { path, body: { proxyPayments: setting }, headers: { 'if-match': (await read()).etag } });
    expectBody(ctx, set, 200, { ja: '代理納付の設定（updatePaymentMethod）', en: 'setting the proxy payment (updatePaymentMethod)' });
    const shown = (await read()).body;
    const listed = Array.isArray(shown.proxyPayments) ? (shown.proxyPayments as Json[]) : [];
    if (listed.length !== 1 || listed[0]!.payeeName !== '見本不動産株式会社' || listed[0]!.monthlyAmount !== 40_000) faults.push({ ja: '支給方法に代理納付の設定が記録されていない', en: 'the payment method does not show the proxy payment' });

    const { month } = await runFreshMonth(ctx);
    const [payment] = await regularPayments(ctx, householdId, month);
    if (!payment) return ctx.fail({ ja: `保護中の世帯に ${month} の定例支給がない`, en: `the household in protection has no regular payment of ${month}` });
    const parts = disbursementsOf(payment);
    const proxy = parts.filter((d) => d.method === 'proxy');
    const own = parts.filter((d) => d.method !== 'proxy');
    if (proxy.length !== 1 || proxy[0]!.amount !== 40_000 || proxy[0]!.payeeName !== '見本不動産株式会社') faults.push({ ja: `代理納付（家主へ40000円）が支払内訳にない（${JSON.stringify(proxy)}）`, en: `the proxy payment (40000 to the landlord) is not among the disbursements (${JSON.stringify(proxy)})` });
    if (own.length !== 1 || own[0]!.amount !== CASH_TOTAL - 40_000) faults.push({ ja: `受給者への支払が ${CASH_TOTAL - 40_000} 円として分けて記録されていない`, en: `the recipient's part is not recorded apart as ${CASH_TOTAL - 40_000}` });
    if (payment.proxyAmount !== 40_000 || payment.recipientAmount !== CASH_TOTAL - 40_000) faults.push({ ja: '代理納付額・受給者支払額が正しくない', en: 'the proxy and recipient amounts are wrong' });

    // 05.3.5: changing the method afterwards leaves the payment made.
    const change = await send(caseworker, 'updatePaymentMethod', { path, body: { method: 'transfer', bankAccount: ACCOUNT, proxyPayments: [] }, headers: { 'if-match': (await read()).etag } });
    expectBody(ctx, change, 200, { ja: '支給方法の変更（updatePaymentMethod）', en: 'changing the payment method (updatePaymentMethod)' });
    const after = (await paymentsOf(ctx, caseworker, { householdId, month })).find((p) => p.paymentId === payment.paymentId);
    if (!after || JSON.stringify(disbursementsOf(after)) !== JSON.stringify(parts)) faults.push({ ja: '支給方法の変更の後で作成済みの支給の支払内訳が変わった', en: 'the disbursements of the payment already made changed with the new method' });
    failWith(ctx, { ja: '代理納付が規則どおりでない', en: 'Proxy payments do not follow the rules' }, faults);
  },
});

/** 05.1.9: a run's totals are the sums over its payments. */
export const runTotals = defineCheck({
  id: 'payment.run-totals',
  title: {
    ja: '定例支給の実行結果の世帯数と合計が、その実行で作成された支給の件数と合計に一致する',
    en: 'A payment run’s household count and totals equal the count and sums of the payments it created',
  },
  verifies: ['05.1.9'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const faults: Fault[] = [];
    await protectedHousehold(ctx);
    const { run } = await runFreshMonth(ctx);
    const runId = String(run.runId);
    const read = expectBody(ctx, await send(accountant, 'getPaymentRun', { path: { runId } }), 200, { ja: '実行結果の照会（getPaymentRun）', en: 'reading the run (getPaymentRun)' });
    const payments = await paymentsOf(ctx, accountant, { runId });
    const sum = (key: string) => payments.reduce((s, p) => s + Number(p[key] ?? 0), 0);
    const expected: Record<string, number> = {
      householdCount: payments.length, grossTotal: sum('grossAmount'), deductionTotal: sum('deductionAmount'), proxyTotal: sum('proxyAmount'), recipientTotal: sum('recipientAmount'),
    };
    for (const [key, value] of Object.entries(expected)) {
      if (read[key] !== value) faults.push({ ja: `実行結果の ${key} が支給の合計 ${value} でなく ${String(read[key])}`, en: `the run's ${key} is ${String(read[key])}, not ${value} summed over its payments` });
    }
    if (payments.length === 0) faults.push({ ja: '実行で作成された支給がない', en: 'the run created no payment' });
    failWith(ctx, { ja: '定例支給の実行結果の集計が正しくない', en: 'The totals of the payment run are wrong' }, faults);
  },
});
