import { checks_a0102 } from '../../../src/checks/areas/01-02/index.ts';
import { describeChecks } from '../../support/area-suite.ts';

describeChecks('areas 01-02', checks_a0102(), [
  { mutant: 'consultation-link-dropped', check: 'consultation.links-its-application', says: /applicationId of the consultation/ },
  { mutant: 'receipt-number-not-sequential', check: 'application.receipt-number-per-fiscal-year', says: /serials of fiscal/ },
  { mutant: 'investigation-before-application-date', check: 'application.start-investigation', says: /before the application date/ },
  { mutant: 'withdraw-decided-application', check: 'application.closed-states-refuse-transitions', says: /withdrawApplication on a started application/ },
  { mutant: 'deadline-off-by-one', check: 'application.decision-deadline-14-days', says: /decisionDueDate|day 15/ },
  { mutant: 'deemed-rejection-ignored', check: 'application.deemed-rejection-after-30-days', says: /deemedRejected on day 31/ },
  { mutant: 'forwarding-deadline-off-by-one', check: 'application.town-head-forwarding-5-days', says: /forwardingDueDate|day 6/ },
  { mutant: 'support-condition-on-application', check: 'application.support-is-no-precondition', says: /「不明」 was not registered/ },
  { mutant: 'inquiry-former-recipient-any-period', check: 'inquiry.former-recipient-protected-period-only', says: /before protection/ },
  { mutant: 'support-inquiry-to-dv-relative', check: 'support.dv-excluded-never-inquired', says: /violence or abuse/ },
  { mutant: 'asset-declaration-history-overwritten', check: 'investigation.asset-declarations-kept-with-total', says: /date order/ },
  { mutant: 'examination-order-unlinked', check: 'investigation.examination-order-linked-to-application', says: /applicationId/ },
  { mutant: 'tax-survey-mismatch-hidden', check: 'investigation.tax-survey-flags-differences', says: /discrepancy/, editions: ['2.0'] },
  { mutant: 'consultation-intent-closed', check: 'consultation.intent-to-apply-not-closed', says: /outcome 4 was not refused/ },
  { mutant: 'electronic-application-not-distinguished', check: 'application.electronic-channel-distinguished', says: /application registered with channel 4/ },
  { mutant: 'asset-declaration-visit-unlinked', check: 'investigation.asset-declaration-linked-to-visit', says: /visitId/ },
  { mutant: 'tax-survey-mismatch-hidden', check: 'investigation.tax-survey-from-linked-tax-records', says: /discrepancy/ },
  { mutant: 'tax-survey-linked-wrong-year', check: 'investigation.tax-survey-from-linked-tax-records', says: /the head \(taxed/ },
  { mutant: 'electronic-income-first-slip-only', check: 'investigation.payslip-data-recorded-as-income-report', says: /the report \(member/ },
  { mutant: 'payslip-net-unchecked', check: 'investigation.inconsistent-payslip-refused', says: /were not refused/ },
  { mutant: 'payslip-double-counted', check: 'investigation.payslip-not-counted-twice', says: /instead of 90000/ },
  { mutant: 'payslip-data-not-kept', check: 'investigation.payslip-data-kept-as-submitted', says: /pay slips as kept/ },
]);
