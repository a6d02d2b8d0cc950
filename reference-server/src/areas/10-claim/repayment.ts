import type { AdapterContext, HogoAdapter } from '@hogo-kit/sdk';
import type { Transaction } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { ruleBroken, unknownReference } from '../../support/refusals.ts';
import { grossPaidFor } from '../05-payment/paid.ts';
import type { RepaymentCalculation } from './ledger.ts';

type Input = Parameters<HogoAdapter['calculateRepayment']>[0]['body'];
type Month = RepaymentCalculation['months'][number];
type StoredCalculation = { calculationId?: string; householdId?: string; payment: number; minimumCost: number };

function checkBasis(body: Input, exclusion: number, percent: number): void {
  if (body.basis === '77') {
    throw ruleBroken('basis-not-calculable', '/body/basis', {
      ja: '法第77条の徴収金は扶養義務の範囲で定めるため、過払額から算定できません',
      en: 'An Art. 77 collection is fixed within the duty of support and is not computed from overpayments',
    });
  }
  if (exclusion > 0 && body.basis === '78') {
    throw ruleBroken('exclusion-not-allowed', '/body/exclusionAmount', {
      ja: '返還を求めない額は法第63条の返還金（法第77条の2を含む。）に限り差し引けます',
      en: 'An amount not reclaimed applies only to Art. 63 (and Art. 77-2) repayments',
    });
  }
  if (exclusion > 0 && !body.exclusionReason?.trim()) {
    throw ruleBroken('exclusion-reason-required', '/body/exclusionReason', {
      ja: '返還を求めない額には理由が必要です',
      en: 'An amount not reclaimed needs a reason',
    });
  }
  if (percent > 0 && body.basis !== '78') {
    throw ruleBroken('surcharge-not-allowed', '/body/surchargePercent', {
      ja: '加算率は法第78条の徴収金に限り指定できます',
      en: 'A surcharge rate applies only to Art. 78 collections',
    });
  }
}

/** The month before a YYYY-MM month (mutant repayment-paid-from-previous-month only). */
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${String(y - 1).padStart(4, '0')}-12` : `${String(y).padStart(4, '0')}-${String(m - 1).padStart(2, '0')}`;
}

/** One month: the amount paid from the payment records and the recalculated entitlement. */
function monthOf(env: AreaEnv, tx: Transaction, body: Input, index: number): Month {
  const input = body.months[index]!;
  const pointer = `/body/months/${index}`;
  if ((input.entitlementAmount === undefined) === (input.calculationId === undefined)) {
    throw ruleBroken('entitlement-one-of', pointer, {
      ja: '再算定後の支給額又は保護費算定番号のいずれか一方を指定してください',
      en: 'Send exactly one of entitlementAmount and calculationId',
    });
  }
  let entitlement = input.entitlementAmount;
  if (input.calculationId !== undefined) {
    const calc = tx.get<StoredCalculation>('CalculationResult', input.calculationId)?.value;
    if (!calc || calc.householdId !== body.householdId) throw unknownReference(`${pointer}/calculationId`, 'この世帯の保護費算定結果', 'calculation of this household');
    // mutant repayment-minimum-cost-as-entitlement: the minimum cost is taken, the recognised income forgotten
    entitlement = hasMutant(env, 'repayment-minimum-cost-as-entitlement') ? calc.minimumCost : calc.payment;
  }
  // mutant repayment-paid-from-previous-month: the paid amount is read for the month before (zero-based month slip)
  const paidMonth = hasMutant(env, 'repayment-paid-from-previous-month') ? previousMonth(input.month) : input.month;
  const paidAmount = grossPaidFor(tx, body.householdId, paidMonth, paidMonth);
  // mutant repayment-overpaid-reversed: the difference is taken the wrong way round (entitlement − paid)
  const difference = hasMutant(env, 'repayment-overpaid-reversed') ? entitlement! - paidAmount : paidAmount - entitlement!;
  return {
    month: input.month,
    paidAmount,
    entitlementAmount: entitlement!,
    ...(input.calculationId !== undefined ? { calculationId: input.calculationId } : {}),
    overpaidAmount: Math.max(0, difference),
  };
}

export function repaymentOperations(env: AreaEnv): Pick<HogoAdapter, 'calculateRepayment'> {
  return {
    async calculateRepayment({ body }, ctx: AdapterContext) {
      return env.store.transact((tx) => {
        if (!tx.get('Household', body.householdId)) throw unknownReference('/body/householdId', '世帯', 'household');
        const exclusion = body.exclusionAmount ?? 0;
        const percent = body.surchargePercent ?? 0;
        checkBasis(body, exclusion, percent);
        const seen = new Set<string>();
        body.months.forEach((m, i) => {
          if (seen.has(m.month)) {
            throw ruleBroken('month-listed-twice', `/body/months/${i}/month`, { ja: '同じ対象月が重複しています', en: 'The month is listed twice' });
          }
          seen.add(m.month);
        });
        const months = body.months.map((_, i) => monthOf(env, tx, body, i)).sort((a, b) => a.month.localeCompare(b.month));
        const overpaidTotal = months.reduce((s, m) => s + m.overpaidAmount, 0);
        // mutant repayment-exclusion-ignored: the amount not reclaimed is kept but not subtracted
        const principalAmount = Math.max(0, overpaidTotal - (hasMutant(env, 'repayment-exclusion-ignored') ? 0 : exclusion));
        // mutant repayment-surcharge-wrong: the fraction is rounded up, so 40 % can give more than 40 %
        const round = hasMutant(env, 'repayment-surcharge-wrong') ? Math.ceil : Math.floor;
        const surchargeAmount = round((principalAmount * percent) / 100);
        const calculation: RepaymentCalculation = {
          repaymentCalculationId: newId(tx, 'RC'),
          householdId: body.householdId,
          basis: body.basis,
          periodFrom: months[0]!.month,
          periodTo: months.at(-1)!.month,
          months,
          overpaidTotal,
          exclusionAmount: exclusion,
          ...(body.exclusionReason !== undefined ? { exclusionReason: body.exclusionReason } : {}),
          principalAmount,
          surchargePercent: percent,
          surchargeAmount,
          totalAmount: principalAmount + surchargeAmount,
          calculatedAt: env.clock.now().toISOString(),
          calculatedBy: ctx.principal.staffId,
        };
        tx.put('RepaymentCalculation', calculation.repaymentCalculationId, calculation);
        return calculation;
      });
    },
  };
}
