import { defineCheck } from '../../../engine/registry.ts';
import { expectBody, type Json } from '../../data/households.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { agreeDeduction, assessClaim, claimBody, failWith, freshMonth, isoDay, protectedHousehold, readClaim, regularPayments, runFreshMonth, type Fault } from './support.ts';

const deductionsOf = (payment: Json | undefined): Json[] => (Array.isArray(payment?.deductions) ? (payment.deductions as Json[]) : []);

/**
 * 10.3.5: deductions are made only from regular payments whose payment date is after the day of the written
 * request — a request made on the payment date itself allows none from that payment, one made the day before does;
 * and never from an occasional payment.
 */
export const deductionOnlyAfterRequest = defineCheck({
  id: 'deduction.only-after-request-date',
  title: {
    ja: '保護金品からの徴収は申出の日より後に支給日がある定例支給に限られ、申出の日と同じ日の支給や随時支給からは徴収されない',
    en: 'Deductions are made only from regular payments paid after the day of the request: not from one paid on that day, nor from an occasional payment',
  },
  verifies: ['10.3.5'],
  async run(ctx) {
    const faults: Fault[] = [];
    const { householdId, decisionId } = await protectedHousehold(ctx);
    const month = freshMonth();
    const payDay = isoDay(0);
    const assess = async () => String((await assessClaim(ctx, claimBody(householdId, { basis: '78', principalAmount: 50_000, inKindCostAmount: 50_000 }))).claimId);
    const sameDay = await assess();
    const dayBefore = await assess();
    await agreeDeduction(ctx, sameDay, 5_000, month, payDay);
    await agreeDeduction(ctx, dayBefore, 6_000, month, isoDay(-1));
    await runFreshMonth(ctx, {}, month, payDay);
    const occasional = expectBody(ctx, await send(requireClient(ctx, 'caseworker'), 'createOccasionalPayment', {
      path: { householdId },
      body: { decisionId, item: 'clothing', items: [{ fujoType: '01', amount: 20_000 }], month, paymentDate: isoDay(1), reason: '被服の購入（見本データ）' },
    }), 201, { ja: '随時支給の登録（createOccasionalPayment）', en: 'recording an occasional payment (createOccasionalPayment)' });

    const [payment] = await regularPayments(ctx, householdId, month);
    if (!payment) return ctx.fail({ ja: `保護中の世帯に ${month} の定例支給がない`, en: `the household in protection has no regular payment of ${month}` });
    const taken = deductionsOf(payment);
    if (taken.some((d) => d.claimId === sameDay)) faults.push({ ja: `申出の日（${payDay}）と同じ日の定例支給から徴収された`, en: `the regular payment paid on the day of the request (${payDay}) was deducted from` });
    if (!taken.some((d) => d.claimId === dayBefore && d.amount === 6_000)) faults.push({ ja: '申出の日の翌日以後の定例支給から同意月額 6000 円が徴収されていない', en: 'the agreed 6000 yen was not deducted from the regular payment paid after the day of the request' });
    if (deductionsOf(occasional).length > 0 || Number(occasional.deductionAmount ?? 0) > 0) faults.push({ ja: '随時支給から徴収された', en: 'the occasional payment was deducted from' });
    const [first, second] = [await readClaim(ctx, sameDay), await readClaim(ctx, dayBefore)];
    if (first.balance !== 50_000) faults.push({ ja: `申出の日と同じ日の支給しかない債権の残高が 50000 円でなく ${String(first.balance)}`, en: `the balance of the claim requested on the payment date is ${String(first.balance)}, not 50000` });
    if (second.balance !== 44_000) faults.push({ ja: `前日に申出のあった債権の残高が 44000 円でなく ${String(second.balance)}`, en: `the balance of the claim requested the day before is ${String(second.balance)}, not 44000` });
    failWith(ctx, { ja: '申出より前又は同日の支給から徴収された', en: 'Deductions were made from payments not after the request' }, faults);
  },
});
