import { checks_a0510 } from '../../../src/checks/areas/05-10/index.ts';
import { describeChecks, type MutantCase } from '../../support/area-suite.ts';

/** Each seeded defect of areas 05 and 10 and the check that must fail under it. */
const CAUGHT: MutantCase[] = [
  { mutant: 'second-payment-run-accepted', check: 'payment.run-once-per-month', says: /second payment run/ },
  { mutant: 'double-payment-on-retry', check: 'payment.run-retry-pays-once', says: /retry/ },
  { mutant: 'in-kind-paid-in-cash', check: 'payment.regular-equals-decision-cash', says: /in-kind assistance \(04\)/ },
  { mutant: 'occasional-retry-pays-twice', check: 'payment.occasional-recorded-once', says: /retry/ },
  { mutant: 'transfer-without-account', check: 'payment.method-update-rules', says: /without an account/ },
  { mutant: 'payment-method-stale-update', check: 'payment.method-update-rules', says: /stale version/ },
  { mutant: 'ledger-totals-wrong', check: 'payment.ledger-totals', says: /recipientTotal/ },
  { mutant: 'claim-above-paid', check: 'claim.principal-not-above-paid', says: /above what was paid/ },
  { mutant: 'surcharge-cap-removed', check: 'claim.surcharge-at-most-40-percent', says: /above 40 %/ },
  { mutant: 'payment-above-balance', check: 'claim.payment-flow', says: /above the balance/ },
  { mutant: 'claim-payment-retry-twice', check: 'claim.payment-retry-recorded-once', says: /retry/ },
  { mutant: 'deduction-without-request', check: 'deduction.none-without-agreement', says: /without a request/ },
  { mutant: 'unprotected-household-paid', check: 'payment.unprotected-households-not-paid', says: /suspended household|discontinued household/ },
  { mutant: 'repayment-surcharge-wrong', check: 'claim.repayment-computed-from-records', says: /floored|exceeds 40 %/ },
  { mutant: 'early-prescription-write-off', check: 'claim.no-write-off-before-prescription', says: /prescription/ },
  // issue #5: the remaining requirements of areas 05 and 10
  { mutant: 'caseworker-has-accountant-role', check: 'payment.run-by-accountant-only', says: /role caseworker/ },
  { mutant: 'caseworker-has-accountant-role', check: 'claim.payment-recorded-by-accountant-only', says: /role caseworker/ },
  { mutant: 'caseworker-has-accountant-role', check: 'claim.write-off-by-accountant-or-manager-only', says: /role caseworker/ },
  { mutant: 'occasional-method-ignored', check: 'payment.occasional-own-method', says: /not paid by the method sent/ },
  { mutant: 'deductions-not-itemised', check: 'payment.deductions-and-proxies-itemised', says: /not one item/ },
  { mutant: 'payment-list-filters-ignored', check: 'payment.list-filters', says: /method transfer/ },
  { mutant: 'payment-list-filters-ignored', check: 'payment.list-filters-with-section-and-caseworker', says: /section .*assignedCaseworker/ },
  { mutant: 'claim-list-filters-ignored', check: 'claim.list-filters', says: /basis 78/ },
  { mutant: 'claim-list-filters-ignored', check: 'claim.list-filters-with-section-and-caseworker', says: /section .*assignedCaseworker/ },
  { mutant: 'claim-obligor-unchecked', check: 'claim.art77-obligor-as-debtor', says: /naming no person liable.*another household/ },
  { mutant: 'claims-closed-after-discontinuation', check: 'claim.managed-after-discontinuation', says: /discontinued household/ },
  { mutant: 'instalment-plan-dropped', check: 'claim.instalment-plan-recorded', says: /instalment plan is not as assessed/ },
  { mutant: 'deduction-on-request-day', check: 'deduction.only-after-request-date', says: /paid on the day of the request/ },
  { mutant: 'deduction-without-request', check: 'deduction.only-after-request-date', says: /paid on the day of the request/ },
  { mutant: 'repayment-minimum-cost-as-entitlement', check: 'claim.repayment-from-stored-calculation', says: /not the stored calculation's payment/ },
  { mutant: 'repayment-exclusion-ignored', check: 'claim.repayment-amount-not-reclaimed', says: /basis 63: overpaid\/principal/ },
];

describeChecks('the checks of areas 05 and 10', checks_a0510(), CAUGHT);
