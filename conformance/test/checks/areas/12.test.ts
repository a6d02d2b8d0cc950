import { checks_a12 } from '../../../src/checks/areas/12/index.ts';
import { describeChecks } from '../../support/area-suite.ts';

describeChecks('area 12', checks_a12(), [
  { mutant: 'restricted-address-disclosed', check: 'linkage.restricted-address-withheld' },
  { mutant: 'duplicate-change-stored', check: 'linkage.duplicate-change-ignored' },
  { mutant: 'inquiry-list-live', check: 'linkage.inquiry-list-stored-as-made' },
  { mutant: 'alert-for-unprotected', check: 'linkage.alert-only-for-households-in-protection' },
]);
