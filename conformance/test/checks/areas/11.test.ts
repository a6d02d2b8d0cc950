import { checks_a11 } from '../../../src/checks/areas/11/index.ts';
import { describeChecks } from '../../support/area-suite.ts';

describeChecks('area 11', checks_a11(), [
  { mutant: 'suspended-counted-as-protected', check: 'statistics.monthly-section-figures', editions: ['2.1'] },
  { mutant: 'annual-reference-date-wrong', check: 'statistics.annual-as-of-31-july', editions: ['2.1'] },
]);
