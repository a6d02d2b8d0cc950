import { checks_a07 } from '../../../src/checks/areas/07/index.ts';
import { describeChecks } from '../../support/area-suite.ts';

describeChecks('area 07', checks_a07(), [
  { mutant: 'no-capacity-not-met', check: 'self-reliance.no-capacity-not-judged-not-met' },
  { mutant: 'duplicate-active-enrolment', check: 'self-reliance.no-duplicate-active-enrolment' },
  { mutant: 'referral-without-consent', check: 'self-reliance.hello-work-referral-needs-consent' },
  { mutant: 'independence-benefit-twice', check: 'self-reliance.independence-benefit-grant-rules' },
  { mutant: 'independence-benefit-cap-removed', check: 'self-reliance.independence-benefit-grant-rules' },
]);
