import { checks_a0809 } from '../../../src/checks/areas/08-09/index.ts';
import { describeChecks } from '../../support/area-suite.ts';

// Every mutant is tried in each edition its check applies to (2.0 and 2.1 unless the check is of one edition).
describeChecks('areas 08-09', checks_a0809(), [
  { mutant: 'opinion-period-reversed', check: 'medical.opinion-period-consistent' },
  { mutant: 'continuing-care-without-opinion', check: 'medical.continuing-care-needs-opinion' },
  { mutant: 'duplicate-medical-ticket', check: 'medical.ticket-no-duplicate' },
  { mutant: 'ticket-outside-protection', check: 'medical.ticket-protected-period-only' },
  { mutant: 'institution-code-last-seven-digits', check: 'medical.institution-code-ten-digits' },
  { mutant: 'ticket-kind-institution-mismatch', check: 'medical.ticket-kind-fits-institution' },
  { mutant: 'recipient-number-per-ticket', check: 'medical.ticket-payer-and-recipient-numbers' },
  { mutant: 'ticket-list-status-ignored', check: 'medical.ticket-list-filters' },
  { mutant: 'ticket-list-institution-ignored', check: 'medical.ticket-issuance-by-institution-and-month' },
  { mutant: 'ticket-list-institution-ignored', check: 'medical.tickets-by-institution' },
  { mutant: 'eligibility-data-without-tickets', check: 'medical.eligibility-data-for-month' },
  { mutant: 'eligibility-data-ticket-holders-only', check: 'medical.eligibility-every-protected-member' },
  { mutant: 'cancelled-ticket-in-eligibility-data', check: 'medical.eligibility-issued-tickets-only' },
  { mutant: 'restricted-ticket-in-eligibility-data', check: 'medical.eligibility-excludes-restricted-tickets' },
  { mutant: 'care-ticket-without-care-assistance', check: 'care.ticket-needs-care-assistance' },
  { mutant: 'duplicate-care-ticket', check: 'care.ticket-no-duplicate-and-cancellation' },
  { mutant: 'provider-number-last-seven-digits', check: 'care.provider-number-ten-digits' },
  { mutant: 'care-ticket-validity-unchecked', check: 'care.ticket-validity-within-protection' },
  { mutant: 'care-ticket-list-provider-ignored', check: 'care.ticket-list-filters' },
  { mutant: 'care-insurance-status-not-updated', check: 'care.member-insurance-status-recorded' },
  { mutant: 'care-ticket-insurance-by-age-only', check: 'care.ticket-states-insurance-and-full-cost' },
  { mutant: 'care-ticket-under-40', check: 'care.ticket-refused-under-40' },
  { mutant: 'care-premium-addition-missing', check: 'care.premium-addition' },
]);
