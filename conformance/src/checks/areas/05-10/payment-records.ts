import { defineCheck } from '../../../engine/registry.ts';
import { expectBody } from '../../data/households.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, freshMonth, isoDay, paymentsOf, protectedHousehold, regularPayments, runFreshMonth, type Fault } from './support.ts';

type Json = Record<string, unknown>;
type RawRequest = (method: string, url: string, init: Record<string, unknown>) => Promise<{ response: Response }>;

/** 05.1.3: suspended and discontinued households are not paid; one in protection is. */
export const unprotectedNotPaid = defineCheck({
  id: 'payment.unprotected-households-not-paid',
  title: {
    ja: '停止中・廃止済みの世帯は定例支給の対象とならず、保護中の世帯は対象となる',
    en: 'Suspended and discontinued households get no regular payment; a household in protection does',
  },
  verifies: ['05.1.3'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const active = await protectedHousehold(ctx);
    const suspended = await protectedHousehold(ctx);
    const ended = await protectedHousehold(ctx);
    const decide = async (householdId: string, body: Json, what: { ja: string; en: string }) =>
      expectBody(ctx, await send(caseworker, 'createCaseDecision', {
        path: { householdId },
        body: { origin: 'ex-officio', decidedOn: isoDay(0), effectiveOn: isoDay(0), reasonText: '収入の増加により保護を要しなくなったため。（見本データ）', ...body },
      }), 201, what);
    await decide(suspended.householdId, { type: 'suspend' }, { ja: '停止決定（createCaseDecision）', en: 'the suspension (createCaseDecision)' });
    await decide(ended.householdId, { type: 'discontinue', discontinuationReason: '04' }, { ja: '廃止決定（createCaseDecision）', en: 'the discontinuation (createCaseDecision)' });
    const { month } = await runFreshMonth(ctx);
    if ((await regularPayments(ctx, active.householdId, month)).length !== 1) faults.push({ ja: '保護中の世帯に定例支給が1件作成されていない', en: 'the household in protection did not get one regular payment' });
    const toSuspended = (await regularPayments(ctx, suspended.householdId, month)).length;
    if (toSuspended > 0) faults.push({ ja: `停止中の世帯に定例支給が ${toSuspended} 件作成された`, en: `the suspended household got ${toSuspended} regular payments` });
    const toEnded = (await regularPayments(ctx, ended.householdId, month)).length;
    if (toEnded > 0) faults.push({ ja: `廃止済みの世帯に定例支給が ${toEnded} 件作成された`, en: `the discontinued household got ${toEnded} regular payments` });
    failWith(ctx, { ja: '保護中でない世帯に定例支給された', en: 'Households not in protection were paid' }, faults);
  },
});

/** 05.4.6 (prohibited): a payment cannot be deleted or rewritten through the API. */
export const paymentsNotRewritten = defineCheck({
  id: 'payment.records-not-deleted-or-rewritten',
  title: {
    ja: '作成済みの支給記録は削除も金額の書換えもできない',
    en: 'A payment once recorded can be neither deleted nor have its amount rewritten',
  },
  verifies: ['05.4.6'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const { month } = await runFreshMonth(ctx);
    const [payment] = await regularPayments(ctx, householdId, month);
    if (!payment) return ctx.fail({ ja: `保護中の世帯に ${month} の定例支給がない`, en: `the household in protection has no regular payment of ${month}` });
    const paymentId = String(payment.paymentId);
    const request = (accountant as unknown as { request: RawRequest }).request;
    const url = `/payments/${encodeURIComponent(paymentId)}`;
    const attempts: [string, unknown][] = [['DELETE', undefined], ['PATCH', { grossAmount: 1, items: [{ fujoType: '01', amount: 1 }] }], ['PUT', { ...payment, grossAmount: 1, recipientAmount: 1 }]];
    for (const [method, body] of attempts) {
      const { response } = await request(method, url, { ...(body !== undefined ? { body } : {}), headers: { 'if-match': '*' }, parseAs: 'text' });
      if (response.ok) faults.push({ ja: `支給記録への ${method} が ${response.status} で受け付けられた`, en: `${method} on the payment record was accepted with ${response.status}` });
    }
    const after = (await paymentsOf(ctx, accountant, { householdId, month })).filter((p) => p.paymentId === paymentId);
    if (after.length !== 1) faults.push({ ja: '支給記録が一覧から消えた', en: 'the payment record is no longer listed' });
    else if (JSON.stringify(after[0]) !== JSON.stringify(payment)) faults.push({ ja: '支給記録の内容が変わっていた', en: 'the payment record changed' });
    failWith(ctx, { ja: '支給記録を削除又は書換えできた', en: 'A payment record could be deleted or rewritten' }, faults);
  },
});

/** 05.2.4: an occasional payment does not keep the household out of the same month's regular payment. */
export const occasionalDoesNotBlockRegular = defineCheck({
  id: 'payment.occasional-does-not-block-regular',
  title: {
    ja: '随時支給を受けた世帯も同じ対象月の定例支給の対象となる',
    en: 'A household paid an occasional payment still gets the regular payment of that month',
  },
  verifies: ['05.2.4'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const { householdId, decisionId } = await protectedHousehold(ctx);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const month = freshMonth();
      expectBody(ctx, await send(caseworker, 'createOccasionalPayment', {
        path: { householdId },
        body: { decisionId, item: 'transport', items: [{ fujoType: '01', amount: 6_000 }], month, paymentDate: `${month}-01`, reason: '通院のための移送費（見本データ）' },
      }), 201, { ja: '随時支給の登録（createOccasionalPayment）', en: 'recording an occasional payment (createOccasionalPayment)' });
      const run = await send(requireClient(ctx, 'accountant'), 'createPaymentRun', { body: { month, paymentDate: `${month}-01` } });
      if (run.status === 409) continue;
      expectBody(ctx, run, 201, { ja: `${month} の定例支給の実行`, en: `the payment run of ${month}` });
      const regular = await regularPayments(ctx, householdId, month);
      if (regular.length !== 1) ctx.fail({ ja: `随時支給を受けた世帯の ${month} の定例支給が1件でなく ${regular.length} 件`, en: `the household with an occasional payment got ${regular.length} regular payments of ${month}, not 1` });
      return;
    }
    ctx.skip('a month with no payment run yet (five tries answered 409)');
  },
});
