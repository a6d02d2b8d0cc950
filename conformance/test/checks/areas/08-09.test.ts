import { checks_a0809 } from '../../../src/checks/areas/08-09/index.ts';
import { describeChecks } from '../../support/area-suite.ts';

const only21 = ['2.1' as const];

describeChecks('areas 08-09', checks_a0809(), [
  { mutant: 'opinion-period-reversed', check: 'medical.opinion-period-consistent', editions: only21 },
  { mutant: 'duplicate-medical-ticket', check: 'medical.ticket-no-duplicate', editions: only21 },
  { mutant: 'ticket-outside-protection', check: 'medical.ticket-protected-period-only', editions: only21 },
  { mutant: 'restricted-ticket-in-eligibility-data', check: 'medical.eligibility-excludes-restricted-tickets', editions: only21 },
  { mutant: 'care-ticket-without-care-assistance', check: 'care.ticket-needs-care-assistance', editions: only21 },
  { mutant: 'duplicate-care-ticket', check: 'care.ticket-no-duplicate-and-cancellation', editions: only21 },
  { mutant: 'care-ticket-under-40', check: 'care.ticket-refused-under-40', editions: only21 },
]);
