import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { member, type MemberFixture } from '../../data/fixtures.ts';
import { expectBody } from '../../data/households.ts';
import { protectedHousehold as sharedProtected } from '../../data/protection.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { isRefusal } from '../../support/steps.ts';
import { failWith, isoDay, monthOf, protectedHousehold, readClaim, type Fault } from './support.ts';

type Json = Record<string, unknown>;

/**
 * A household in protection paid an occasional payment of `amount` for a month, and what its ledger shows paid for
 * that month: the current month, or `month` (protection then starts on its first day with `head` as the only
 * member, the payment is on the 10th).
 */
async function paidHousehold(ctx: CheckContext, amount: number, month = monthOf(isoDay(-1)), head: Partial<MemberFixture> = {}): Promise<{ householdId: string; month: string; paid: number }> {
  const caseworker = requireClient(ctx, 'caseworker');
  const past = month !== monthOf(isoDay(-1));
  const { householdId, decisionId } = past ? await sharedProtected(ctx, { startOn: `${month}-01`, members: [member(head)] }) : await protectedHousehold(ctx);
  expectBody(ctx, await send(caseworker, 'createOccasionalPayment', {
    path: { householdId },
    body: { decisionId, item: 'furniture', items: [{ fujoType: '01', amount }], month, paymentDate: past ? `${month}-10` : isoDay(0), reason: '家具什器の購入（見本データ）' },
  }), 201, { ja: '随時支給の登録（createOccasionalPayment）', en: 'recording an occasional payment (createOccasionalPayment)' });
  const ledger = expectBody(ctx, await send(caseworker, 'getPaymentLedger', { path: { householdId }, query: { from: month, to: month } }), 200, {
    ja: '支給台帳の照会（getPaymentLedger）', en: 'reading the payment ledger (getPaymentLedger)',
  });
  return { householdId, month, paid: Number(ledger.grossTotal) };
}

/** 10.5.1, 10.5.2, 10.5.4, 10.5.5 (2.1): the repayment is computed from the payment records, the surcharge floored, and carried into a claim. */
export const repaymentComputed = defineCheck({
  id: 'claim.repayment-computed-from-records',
  title: {
    ja: '返還金等の算定は支給記録の支給済額から過払額を求め、加算額は40%以下で1円未満を切り捨て、算定結果が調定に引き継がれる',
    en: 'A repayment calculation takes the amounts paid from the payment records, floors the surcharge (≤ 40 %) and carries into the claim',
  },
  verifies: ['10.5.1', '10.5.2', '10.5.4', '10.5.5'],
  editions: ['2.1'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId, month, paid } = await paidHousehold(ctx, 12_347);
    const entitlement = 1_000;
    const calc = expectBody(ctx, await send(caseworker, 'calculateRepayment', {
      body: { householdId, basis: '78', months: [{ month, entitlementAmount: entitlement }], surchargePercent: 40 },
    }), 201, { ja: '返還金等の算定（calculateRepayment）', en: 'the repayment calculation (calculateRepayment)' });
    const months = Array.isArray(calc.months) ? (calc.months as Json[]) : [];
    if (months[0]?.paidAmount !== paid) faults.push({ ja: `算定の支給済額が支給記録の ${paid} 円でなく ${String(months[0]?.paidAmount)}`, en: `the amount paid in the calculation is ${String(months[0]?.paidAmount)}, not ${paid} from the payment records` });
    const principal = Math.max(0, paid - entitlement);
    const surcharge = Math.floor((principal * 40) / 100);
    if (calc.principalAmount !== principal) faults.push({ ja: `本体額が ${principal} 円でなく ${String(calc.principalAmount)}`, en: `the principal is ${String(calc.principalAmount)}, not ${principal}` });
    if (calc.surchargeAmount !== surcharge) faults.push({ ja: `加算額（40%、端数切捨て）が ${surcharge} 円でなく ${String(calc.surchargeAmount)}`, en: `the surcharge (40 %, floored) is ${String(calc.surchargeAmount)}, not ${surcharge}` });
    if (Number(calc.surchargeAmount) * 100 > Number(calc.principalAmount) * 40) faults.push({ ja: '算定された加算額が本体額の40%を超える', en: 'the computed surcharge exceeds 40 % of the principal' });

    const claim = await send(caseworker, 'createClaim', {
      body: { householdId, basis: '78', repaymentCalculationId: calc.repaymentCalculationId, assessedOn: isoDay(0), dueDate: isoDay(30), reason: '算定結果に基づき徴収する。（見本データ）' },
    });
    if (claim.status !== 201) faults.push({ ja: `算定結果からの調定が 201 でなく ${claim.status}`, en: `assessing from the calculation answered ${claim.status}, not 201` });
    else {
      const read = await readClaim(ctx, String((claim.body as Json).claimId));
      if (read.principalAmount !== calc.principalAmount || read.surchargeAmount !== calc.surchargeAmount || read.periodFrom !== month || read.periodTo !== month) {
        faults.push({ ja: '債権の金額・対象期間が算定結果と一致しない', en: 'the claim’s amounts or period differ from the calculation' });
      }
      if (!Array.isArray(read.months) || read.months.length !== 1) faults.push({ ja: '債権に月別の内訳が引き継がれていない', en: 'the claim does not carry the per-month breakdown' });
    }
    failWith(ctx, { ja: '返還金等の算定が規則どおりでない', en: 'The repayment calculation does not follow the rules' }, faults);
  },
});

/** 10.5.3 (2.1): a month's recalculated entitlement is named as a stored calculation of area 04, whose payment (扶助額) is used. */
export const repaymentFromStoredCalculation = defineCheck({
  id: 'claim.repayment-from-stored-calculation',
  title: {
    ja: '返還金等の算定で、各月の再算定後の支給額として保存した保護費算定結果を指定でき、その保護費（扶助額）が用いられる',
    en: "A repayment calculation takes a month's recalculated entitlement from a stored calculation: its payment (扶助額)",
  },
  verifies: ['10.5.3'],
  editions: ['2.1'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    // An overpayment of a past month, recalculated by a calculation stored for that month, in which a pension is
    // recognised as income so that the payment (扶助額) is below the minimum cost of living. Month and member are
    // those of the standard's vector F1 (July 2021, a single adult born 2001-04-02), which the kit's tables cover.
    const { householdId, month, paid } = await paidHousehold(ctx, 300_000, '2021-07', { birthDate: '2001-04-02' });
    const stored = expectBody(ctx, await send(caseworker, 'createCaseCalculation', {
      path: { householdId }, body: { date: `${month}-01`, otherIncomes: [{ incomeType: '03', amount: 20_000 }] },
    }), 201, { ja: '保護費算定の保存（createCaseCalculation）', en: 'storing a calculation (createCaseCalculation)' });
    const entitlement = Number(stored.payment);
    if (!(Number(stored.minimumCost) > entitlement)) ctx.note(`the stored calculation's payment (${entitlement}) is not below its minimum cost (${String(stored.minimumCost)})`);
    const calc = expectBody(ctx, await send(caseworker, 'calculateRepayment', {
      body: { householdId, basis: '63', months: [{ month, calculationId: stored.calculationId }] },
    }), 201, { ja: '保存した算定結果による返還金の算定（calculateRepayment）', en: 'the repayment calculation from the stored calculation (calculateRepayment)' });
    const [line] = Array.isArray(calc.months) ? (calc.months as Json[]) : [];
    if (line?.entitlementAmount !== entitlement) faults.push({ ja: `再算定後の支給額が算定結果の保護費 ${entitlement} 円でなく ${String(line?.entitlementAmount)}`, en: `the recalculated entitlement is ${String(line?.entitlementAmount)}, not the stored calculation's payment ${entitlement}` });
    if (line?.calculationId !== stored.calculationId) faults.push({ ja: '算定の対象月に指定した保護費算定番号が記録されていない', en: 'the month does not name the stored calculation' });
    const overpaid = Math.max(0, paid - entitlement);
    if (line?.overpaidAmount !== overpaid || calc.principalAmount !== overpaid) faults.push({ ja: `過払額・本体額が ${overpaid} 円（支給済額 ${paid} − 保護費 ${entitlement}）でなく ${String(line?.overpaidAmount)}/${String(calc.principalAmount)}`, en: `the overpaid amount / principal are ${String(line?.overpaidAmount)}/${String(calc.principalAmount)}, not ${overpaid} (paid ${paid} − payment ${entitlement})` });
    const unknown = await send(caseworker, 'calculateRepayment', { body: { householdId, basis: '63', months: [{ month, calculationId: `no-such-calculation-${crypto.randomUUID().slice(0, 8)}` }] } });
    if (!isRefusal(unknown)) faults.push({ ja: `存在しない保護費算定番号を指定した算定が ${unknown.status} で応答した`, en: `a calculation naming no stored calculation answered ${unknown.status}` });
    failWith(ctx, { ja: '保存した保護費算定結果が返還金の算定に用いられない', en: 'The stored calculation is not used in the repayment calculation' }, faults);
  },
});

/** 10.5.6 (2.1): an Art. 63 (and 77-2) calculation subtracts the amount the office does not reclaim, given with its reason. */
export const repaymentExclusion = defineCheck({
  id: 'claim.repayment-amount-not-reclaimed',
  title: {
    ja: '法第63条（第77条の2を含む。）の返還金の算定で、返還を求めない額を理由とともに過払額の合計から差し引け、理由のないものは拒否される',
    en: 'An Art. 63 (and 77-2) calculation subtracts an amount not reclaimed, given with its reason; one without a reason is refused',
  },
  verifies: ['10.5.6'],
  editions: ['2.1'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId, month, paid } = await paidHousehold(ctx, 50_000);
    const overpaid = Math.max(0, paid - 10_000);
    const body = { householdId, months: [{ month, entitlementAmount: 10_000 }], exclusionAmount: 15_000 };
    const bare = await send(caseworker, 'calculateRepayment', { body: { ...body, basis: '63' } });
    if (!isRefusal(bare)) faults.push({ ja: `理由のない返還を求めない額が ${bare.status} で応答した`, en: `an amount not reclaimed without a reason answered ${bare.status}` });
    const reason = '自立更生のための費用に充てられた額として返還を求めない。（見本データ）';
    for (const basis of ['63', '77-2']) {
      const calc = expectBody(ctx, await send(caseworker, 'calculateRepayment', { body: { ...body, basis, exclusionReason: reason } }), 201, {
        ja: `法定根拠 ${basis} の返還を求めない額を含む算定（calculateRepayment）`, en: `the basis-${basis} calculation with an amount not reclaimed (calculateRepayment)`,
      });
      if (calc.overpaidTotal !== overpaid || calc.principalAmount !== overpaid - 15_000) faults.push({ ja: `法定根拠 ${basis}: 過払額 ${overpaid} 円から 15000 円を差し引いた ${overpaid - 15_000} 円でなく ${String(calc.overpaidTotal)}/${String(calc.principalAmount)}`, en: `basis ${basis}: overpaid/principal are ${String(calc.overpaidTotal)}/${String(calc.principalAmount)}, not ${overpaid}/${overpaid - 15_000}` });
      if (calc.exclusionAmount !== 15_000 || calc.exclusionReason !== reason) faults.push({ ja: `法定根拠 ${basis}: 返還を求めない額と理由が記録されていない`, en: `basis ${basis}: the amount not reclaimed and its reason are not recorded` });
    }
    failWith(ctx, { ja: '返還を求めない額が規則どおり差し引かれない', en: 'The amount not reclaimed is not subtracted as the rules say' }, faults);
  },
});
