import { defineCheck } from '../../../engine/registry.ts';
import { expectBody } from '../../data/households.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, isoDay, monthOf, protectedHousehold, readClaim, type Fault } from './support.ts';

type Json = Record<string, unknown>;

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
    const { householdId, decisionId } = await protectedHousehold(ctx);
    const month = monthOf(isoDay(-1));
    expectBody(ctx, await send(caseworker, 'createOccasionalPayment', {
      path: { householdId },
      body: { decisionId, item: 'other', items: [{ fujoType: '01', amount: 12_347 }], month, paymentDate: isoDay(0), reason: '決定に定める随時の給付（見本データ）' },
    }), 201, { ja: '随時支給の登録（createOccasionalPayment）', en: 'recording an occasional payment (createOccasionalPayment)' });
    const ledger = expectBody(ctx, await send(caseworker, 'getPaymentLedger', { path: { householdId }, query: { from: month, to: month } }), 200, {
      ja: '支給台帳の照会（getPaymentLedger）', en: 'reading the payment ledger (getPaymentLedger)',
    });
    const paid = Number(ledger.grossTotal);
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
