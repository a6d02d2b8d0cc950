import { checks_a06 } from '../../../src/checks/areas/06/index.ts';
import { describeChecks } from '../../support/area-suite.ts';

describeChecks('area 06', checks_a06(), [
  { mutant: 'case-record-author-from-client', check: 'casework.case-record-register-and-list' },
  { mutant: 'case-record-filter-ignored', check: 'casework.case-record-register-and-list' },
  { mutant: 'review-date-beyond-a-year', check: 'casework.assistance-plan-review' },
  { mutant: 'absent-visit-counts', check: 'casework.overdue-visits' },
  { mutant: 'future-visit-accepted', check: 'casework.visit-in-future-refused' },
  { mutant: 'self-approval-allowed', check: 'casework.approval-no-self-approval' },
  { mutant: 'self-approval-allowed', check: 'casework.approval-route-excludes-requester-and-author' },
  { mutant: 'approval-steps-out-of-order', check: 'casework.approval-steps-in-order' },
  { mutant: 'keyword-search-misses-body', check: 'casework.case-record-keyword-search' },
  { mutant: 'task-completed-twice', check: 'casework.task-completed-once' },
  { mutant: 'appointment-answered-twice', check: 'casework.visit-appointment-answered-once' },
]);
