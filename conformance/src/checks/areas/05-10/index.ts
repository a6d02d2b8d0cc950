import type { CheckDefinition } from '../../../engine/types.ts';
import { agreementRules, recipientNeverNegative } from './agreements.ts';
import { closedClaimNotWrittenOff, overdueAndPrescribed, prescriptionDate } from './claim-dates.ts';
import { claimAssessment, deductionLimits, writeOffGround } from './claim-records.ts';
import { claimNotAbovePaid, claimPaymentFlow, claimPaymentRetryOnce, noEarlyPrescriptionWriteOff, surchargeAtMost40 } from './claims.ts';
import { agreedDeductionApplied, ledgerTotals, noDeductionWithoutAgreement } from './deductions.ts';
import { occasionalNeedsOwnDecision, occasionalRetryOnce } from './occasional.ts';
import { paymentMethodRules } from './payment-method.ts';
import { occasionalDoesNotBlockRegular, paymentsNotRewritten, unprotectedNotPaid } from './payment-records.ts';
import { paymentRunOncePerMonth, paymentRunRetryPaysOnce, regularPaymentFromDecision } from './payment-run.ts';
import { proxyPayments, runTotals } from './proxy.ts';
import { repaymentComputed } from './repayment.ts';

/** Checks of the requirements of areas 05, 10 (curated list). */
export function checks_a0510(): CheckDefinition[] {
  return [
    // 05 支給・経理
    paymentRunOncePerMonth,
    paymentRunRetryPaysOnce,
    regularPaymentFromDecision,
    unprotectedNotPaid,
    paymentsNotRewritten,
    occasionalRetryOnce,
    occasionalNeedsOwnDecision,
    occasionalDoesNotBlockRegular,
    paymentMethodRules,
    proxyPayments,
    runTotals,
    ledgerTotals,
    // 10 返還金・徴収金・債権管理
    claimAssessment,
    claimNotAbovePaid,
    surchargeAtMost40,
    claimPaymentFlow,
    claimPaymentRetryOnce,
    prescriptionDate,
    overdueAndPrescribed,
    noEarlyPrescriptionWriteOff,
    closedClaimNotWrittenOff,
    writeOffGround,
    noDeductionWithoutAgreement,
    agreedDeductionApplied,
    agreementRules,
    recipientNeverNegative,
    deductionLimits,
    repaymentComputed,
  ];
}
