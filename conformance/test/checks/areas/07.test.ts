import { checks_a07 } from '../../../src/checks/areas/07/index.ts';
import { describeChecks } from '../../support/area-suite.ts';

describeChecks('area 07', checks_a07(), [
  { mutant: 'no-capacity-not-met', check: 'self-reliance.no-capacity-not-judged-not-met' },
  { mutant: 'capacity-elements-optional', check: 'self-reliance.capacity-needs-willingness-and-job-opportunity', says: /without the willingness was not refused/ },
  { mutant: 'assessment-grounds-dropped', check: 'self-reliance.assessment-grounds-recorded', says: /qualifications/ },
  { mutant: 'duplicate-active-enrolment', check: 'self-reliance.no-duplicate-active-enrolment' },
  { mutant: 'outcome-date-replaced', check: 'self-reliance.employment-outcomes-recorded-with-dates', says: /outcomes and dates/ },
  { mutant: 'outcome-earnings-dropped', check: 'self-reliance.outcome-records-employer-and-earnings', says: /monthly earnings/ },
  { mutant: 'outcome-after-end-accepted', check: 'self-reliance.no-outcome-after-support-ended', says: /ended enrolment was not refused/ },
  { mutant: 'support-list-without-outcomes', check: 'self-reliance.household-employment-support-listed', says: /enrolment \(programme, status, outcomes\)/ },
  { mutant: 'timeline-without-employment-support', check: 'self-reliance.employment-support-on-timeline', says: /employment-support entries/ },
  { mutant: 'referral-without-consent', check: 'self-reliance.hello-work-referral-needs-consent' },
  { mutant: 'referral-enrolment-of-another-member', check: 'self-reliance.referral-linked-to-enrolment', says: /another member's enrolment was not refused/ },
  { mutant: 'independence-benefit-twice', check: 'self-reliance.independence-benefit-grant-rules' },
  { mutant: 'independence-benefit-cap-removed', check: 'self-reliance.independence-benefit-grant-rules' },
  { mutant: 'assessment-date-replaced', check: 'self-reliance.no-capacity-not-judged-not-met', says: /lacks its date, capacity/ },
  { mutant: 'enrolment-goal-dropped', check: 'self-reliance.no-duplicate-active-enrolment', says: /start date or goal/ },
  { mutant: 'referral-date-replaced', check: 'self-reliance.hello-work-referral-needs-consent', says: /lacks its date or office/ },
  { mutant: 'independence-benefit-grant-date-replaced', check: 'self-reliance.independence-benefit-grant-rules', says: /date of grant/ },
  { mutant: 'independence-benefit-work-date-unrecorded', check: 'self-reliance.independence-benefit-records-the-work', says: /employer and first day of work/ },
]);
