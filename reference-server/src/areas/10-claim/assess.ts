import type { AdapterContext, HogoAdapter } from '@hogo-kit/sdk';
import type { Transaction } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { ruleBroken, unknownReference } from '../../support/refusals.ts';
import { grossPaidFor } from '../05-payment/paid.ts';
import type { Household } from '../05-payment/types.ts';
import { refuseUnlessProtected } from './defects.ts';
import { claimView, sameDayYearsLater, type Claim, type RepaymentCalculation } from './ledger.ts';

type Input = Parameters<HogoAdapter['createClaim']>[0]['body'];
type SupportObligor = { obligorId: string; householdId: string };

interface Amounts {
  periodFrom: string;
  periodTo: string;
  principalAmount: number;
  surchargeAmount: number;
  calculation?: RepaymentCalculation;
}

const KEYS = ['periodFrom', 'periodTo', 'principalAmount', 'surchargeAmount'] as const;

/** The period and amounts: from the stored repayment calculation (2.1) or as sent. */
function amountsOf(tx: Transaction, body: Input): Amounts {
  if (body.repaymentCalculationId !== undefined) {
    const calc = tx.get<RepaymentCalculation>('RepaymentCalculation', body.repaymentCalculationId)?.value;
    if (!calc || calc.householdId !== body.householdId || calc.basis !== body.basis) {
      throw ruleBroken('calculation-mismatch', '/body/repaymentCalculationId', {
        ja: '指定された返還金等の算定結果がないか、世帯又は法定根拠が一致しません',
        en: 'The repayment calculation does not exist or is of another household or basis',
      });
    }
    const taken = { periodFrom: calc.periodFrom, periodTo: calc.periodTo, principalAmount: calc.principalAmount, surchargeAmount: calc.surchargeAmount };
    for (const key of KEYS) {
      if (body[key] !== undefined && body[key] !== taken[key]) {
        throw ruleBroken('calculation-mismatch', `/body/${key}`, {
          ja: `${key} が算定結果と一致しません`,
          en: `${key} differs from the repayment calculation`,
        });
      }
    }
    if (taken.principalAmount < 1) {
      throw ruleBroken('nothing-to-claim', '/body/repaymentCalculationId', {
        ja: '算定結果の返還・徴収額が0円のため調定できません',
        en: 'The calculation found nothing to repay or collect',
      });
    }
    return { ...taken, calculation: calc };
  }
  for (const key of ['periodFrom', 'periodTo', 'principalAmount'] as const) {
    if (body[key] === undefined) {
      throw ruleBroken('required', `/body/${key}`, { ja: `${key} は必須です`, en: `${key} is required` });
    }
  }
  return { periodFrom: body.periodFrom!, periodTo: body.periodTo!, principalAmount: body.principalAmount!, surchargeAmount: body.surchargeAmount ?? 0 };
}

/** The debtor: a member (63 / 77-2 / 78, default the head) or a person liable for support of this household (77). */
function debtorOf(env: AreaEnv, tx: Transaction, body: Input, household: Household): { debtorMemberId?: string; obligorId?: string } {
  // mutant claim-obligor-unchecked: an Art. 77 claim takes whatever obligor is sent (of any household), or none
  if (body.basis === '77' && hasMutant(env, 'claim-obligor-unchecked') && body.obligorId !== undefined) return { obligorId: body.obligorId };
  if (body.basis === '77' && !hasMutant(env, 'claim-obligor-unchecked')) {
    const obligor = body.obligorId === undefined ? undefined : tx.get<SupportObligor>('SupportObligor', body.obligorId)?.value;
    if (!obligor || obligor.householdId !== household.householdId) {
      throw ruleBroken('obligor-required', '/body/obligorId', {
        ja: '法第77条の徴収金には、この世帯の扶養義務者を債務者として指定してください',
        en: 'An Art. 77 claim must name a person liable for support of this household',
      });
    }
    if (body.debtorMemberId !== undefined) {
      throw ruleBroken('member-debtor-not-allowed', '/body/debtorMemberId', {
        ja: '法第77条の徴収金の債務者は扶養義務者です',
        en: 'The debtor of an Art. 77 claim is the person liable for support',
      });
    }
    return { obligorId: obligor.obligorId };
  }
  if (body.obligorId !== undefined) {
    throw ruleBroken('obligor-not-allowed', '/body/obligorId', {
      ja: '扶養義務者を債務者とできるのは法第77条の徴収金に限ります',
      en: 'Only an Art. 77 claim names a person liable for support',
    });
  }
  const head = household.members.find((m) => m.relationship === '01') ?? household.members[0]!;
  const memberId = body.debtorMemberId ?? head.memberId;
  if (!household.members.some((m) => m.memberId === memberId)) {
    throw unknownReference('/body/debtorMemberId', '世帯員', 'member of this household');
  }
  return { debtorMemberId: memberId };
}

/** The date `days` days later (mutant prescription-five-times-365-days only). */
const daysLater = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function checkAmounts(env: AreaEnv, body: Input, a: Amounts, paid: number, inKind: number): void {
  if (a.periodFrom > a.periodTo) {
    throw ruleBroken('period-reversed', '/body/periodTo', { ja: '対象期間の終期が始期より前です', en: 'periodTo is before periodFrom' });
  }
  if (body.dueDate < body.assessedOn) {
    throw ruleBroken('due-before-assessment', '/body/dueDate', { ja: '納期限が調定日より前です', en: 'The due date is before the assessment date' });
  }
  // mutant claim-above-paid: the principal is not compared with what was paid for the period
  if (a.principalAmount > paid + inKind && !hasMutant(env, 'claim-above-paid')) {
    throw ruleBroken('principal-exceeds-paid', '/body/principalAmount', {
      ja: `本体額が対象期間に支給した保護金品の額（${paid + inKind}円）を超えています`,
      en: `The principal exceeds what was paid for the period (${paid + inKind} yen)`,
    });
  }
  // mutant surcharge-cap-removed: the surcharge is not checked (neither Art. 78 only nor the 40 % cap)
  const surchargeChecked = !hasMutant(env, 'surcharge-cap-removed');
  if (a.surchargeAmount > 0 && body.basis !== '78' && surchargeChecked) {
    throw ruleBroken('surcharge-not-allowed', '/body/surchargeAmount', {
      ja: '加算額は法第78条の徴収金に限り付けられます',
      en: 'A surcharge may be put only on an Art. 78 claim',
    });
  }
  if (a.surchargeAmount * 100 > a.principalAmount * 40 && surchargeChecked) {
    throw ruleBroken('surcharge-above-40-percent', '/body/surchargeAmount', {
      ja: '加算額は徴収する額の100分の40以下でなければなりません（法第78条第1項）',
      en: 'The surcharge may not exceed 40 % of the amount collected (Art. 78(1))',
    });
  }
  const total = (body.instalments ?? []).reduce((s, i) => s + i.amount, 0);
  if (body.instalments && total !== a.principalAmount + a.surchargeAmount) {
    throw ruleBroken('instalments-mismatch', '/body/instalments', {
      ja: `分納額の合計（${total}円）が調定額と一致しません`,
      en: `The instalments sum to ${total} yen, not the assessed amount`,
    });
  }
}

export function assessOperations(env: AreaEnv): Pick<HogoAdapter, 'createClaim'> {
  return {
    async createClaim({ body }, ctx: AdapterContext) {
      return env.store.transact((tx) => {
        const household = tx.get<Household>('Household', body.householdId)?.value;
        if (!household) throw unknownReference('/body/householdId', '世帯', 'household');
        const a = amountsOf(tx, body);
        refuseUnlessProtected(env, tx, household.householdId, '/body/householdId');
        const debtor = debtorOf(env, tx, body, household);
        const inKind = body.inKindCostAmount ?? 0;
        const paid = grossPaidFor(tx, household.householdId, a.periodFrom, a.periodTo);
        checkAmounts(env, body, a, paid, inKind);
        const assessed = a.principalAmount + a.surchargeAmount;
        const claimId = newId(tx, 'CL');
        const claim: Claim = {
          claimId,
          householdId: household.householdId,
          basis: body.basis,
          ...debtor,
          periodFrom: a.periodFrom,
          periodTo: a.periodTo,
          paidAmountForPeriod: paid,
          inKindCostAmount: inKind,
          principalAmount: a.principalAmount,
          surchargeAmount: a.surchargeAmount,
          assessedAmount: assessed,
          assessedOn: body.assessedOn,
          // mutant claim-due-date-as-assessment-date: the due date field is filled from the assessment date
          dueDate: hasMutant(env, 'claim-due-date-as-assessment-date') ? body.assessedOn : body.dueDate,
          // mutant claim-reason-not-kept: the reason is required but not stored
          reason: hasMutant(env, 'claim-reason-not-kept') ? '' : body.reason,
          status: 'assessed',
          paidTotal: 0,
          balance: assessed,
          payments: [],
          // mutant instalment-plan-dropped: the plan is checked but not kept
          ...(body.instalments && !hasMutant(env, 'instalment-plan-dropped') ? { instalments: [...body.instalments].sort((x, y) => x.dueDate.localeCompare(y.dueDate)) } : {}),
          deductionAgreements: [],
          // mutant art-77-2-not-enforceable: an Art. 77-2 collection is treated like an Art. 63 repayment
          enforceableByTaxMethod: body.basis === '78' || (body.basis === '77-2' && !hasMutant(env, 'art-77-2-not-enforceable')),
          // mutant prescription-five-times-365-days: five years counted as 1825 days (leap days forgotten)
          prescriptionDate: hasMutant(env, 'prescription-five-times-365-days') ? daysLater(body.dueDate, 5 * 365) : sameDayYearsLater(body.dueDate, 5),
          // mutant repayment-months-not-carried: the calculation is named but its per-month breakdown is not copied
          ...(a.calculation ? { repaymentCalculationId: a.calculation.repaymentCalculationId, ...(hasMutant(env, 'repayment-months-not-carried') ? {} : { months: a.calculation.months }) } : {}),
          createdAt: env.clock.now().toISOString(),
          createdBy: ctx.principal.staffId,
        };
        tx.put('Claim', claimId, claim);
        return claimView(claim, env.clock.today());
      });
    },
  };
}
