import type { CheckDefinition } from '../../../engine/types.ts';
import { claimsAfterDiscontinuation } from './after-discontinuation.ts';
import { agreementRules, recipientNeverNegative } from './agreements.ts';
import { closedClaimNotWrittenOff, overdueAndPrescribed, prescriptionDate } from './claim-dates.ts';
import { claimListFilters20, claimListFilters21 } from './claim-listing.ts';
import { claimAssessment, deductionLimits, writeOffGround } from './claim-records.ts';
import { claimNotAbovePaid, claimPaymentFlow, claimPaymentRetryOnce, noEarlyPrescriptionWriteOff, surchargeAtMost40 } from './claims.ts';
import { deductionOnlyAfterRequest } from './deduction-dates.ts';
import { agreedDeductionApplied, ledgerTotals, noDeductionWithoutAgreement } from './deductions.ts';
import { instalmentPlanRecorded } from './instalments.ts';
import { deductionsAndProxiesItemised } from './itemised.ts';
import { art77ObligorAsDebtor } from './obligor-claims.ts';
import { occasionalNeedsOwnDecision, occasionalOwnMethod, occasionalRetryOnce } from './occasional.ts';
import { paymentListFilters20, paymentListFilters21 } from './payment-listing.ts';
import { paymentMethodRules } from './payment-method.ts';
import { occasionalDoesNotBlockRegular, paymentsNotRewritten, unprotectedNotPaid } from './payment-records.ts';
import { paymentRunOncePerMonth, paymentRunRetryPaysOnce, regularPaymentFromDecision } from './payment-run.ts';
import { proxyPayments, runTotals } from './proxy.ts';
import { repaymentComputed, repaymentExclusion, repaymentFromStoredCalculation } from './repayment.ts';
import { claimPaymentAccountantOnly, paymentRunAccountantOnly, writeOffAccountantOrManagerOnly } from './roles.ts';

/** Checks of the requirements of areas 05, 10 (curated list). */
export function checks_a0510(): CheckDefinition[] {
  return [
    // 05 支給・経理
    paymentRunOncePerMonth,
    paymentRunRetryPaysOnce,
    regularPaymentFromDecision,
    paymentRunAccountantOnly,
    unprotectedNotPaid,
    paymentsNotRewritten,
    occasionalRetryOnce,
    occasionalNeedsOwnDecision,
    occasionalDoesNotBlockRegular,
    occasionalOwnMethod,
    paymentMethodRules,
    proxyPayments,
    runTotals,
    ledgerTotals,
    deductionsAndProxiesItemised,
    paymentListFilters20,
    paymentListFilters21,
    // 10 返還金・徴収金・債権管理
    claimAssessment,
    art77ObligorAsDebtor,
    claimListFilters20,
    claimListFilters21,
    claimsAfterDiscontinuation,
    claimNotAbovePaid,
    surchargeAtMost40,
    claimPaymentFlow,
    claimPaymentRetryOnce,
    instalmentPlanRecorded,
    claimPaymentAccountantOnly,
    prescriptionDate,
    overdueAndPrescribed,
    noEarlyPrescriptionWriteOff,
    closedClaimNotWrittenOff,
    writeOffGround,
    writeOffAccountantOrManagerOnly,
    noDeductionWithoutAgreement,
    agreedDeductionApplied,
    deductionOnlyAfterRequest,
    agreementRules,
    recipientNeverNegative,
    deductionLimits,
    repaymentComputed,
    repaymentFromStoredCalculation,
    repaymentExclusion,
  ];
}
