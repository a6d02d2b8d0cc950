import { checks_a11 } from '../../../src/checks/areas/11/index.ts';
import { describeChecks } from '../../support/area-suite.ts';

describeChecks('area 11', checks_a11(), [
  { mutant: 'suspended-counted-as-protected', check: 'statistics.monthly-section-figures' },
  { mutant: 'suspended-counted-as-protected', check: 'statistics.monthly-protected-started-discontinued' },
  { mutant: 'annual-reference-date-wrong', check: 'statistics.annual-as-of-31-july' },
  { mutant: 'household-type-order-wrong', check: 'statistics.household-type-disabled-and-sick-head' },
  { mutant: 'discontinued-month-not-protected', check: 'statistics.monthly-protected-started-discontinued' },
  { mutant: 'ex-officio-start-not-counted', check: 'statistics.monthly-protected-started-discontinued' },
  { mutant: 'transfer-not-counted-as-discontinued', check: 'statistics.monthly-protected-started-discontinued' },
  { mutant: 'monthly-due-date-same-month', check: 'statistics.monthly-protected-started-discontinued' },
  { mutant: 'monthly-figures-cached', check: 'statistics.monthly-protected-started-discontinued' },
  { mutant: 'cancelled-tickets-counted', check: 'statistics.monthly-by-fujo-type-from-tickets' },
  { mutant: 'section-persons-heads-only', check: 'statistics.monthly-section-figures' },
  { mutant: 'annual-ticket-validity-ignored', check: 'statistics.annual-by-fujo-type' },
  { mutant: 'household-size-capped-at-5', check: 'statistics.annual-by-type-size-age-sex' },
  { mutant: 'age-band-age-at-year-start', check: 'statistics.annual-by-type-size-age-sex' },
  { mutant: 'work-status-unrecorded-as-not-working', check: 'statistics.annual-by-work-status-and-living-arrangement' },
  { mutant: 'living-arrangement-unrecorded-as-home', check: 'statistics.annual-by-work-status-and-living-arrangement' },
  { mutant: 'elderly-with-children-not-elderly', check: 'statistics.household-type-elderly-and-mother-child' },
  { mutant: 'mother-child-adult-child', check: 'statistics.household-type-elderly-and-mother-child' },
  { mutant: 'hospitalised-head-not-sick', check: 'statistics.household-type-disabled-and-sick-head' },
]);
