import { checks_a12 } from '../../../src/checks/areas/12/index.ts';
import { describeChecks } from '../../support/area-suite.ts';

describeChecks('area 12', checks_a12(), [
  { mutant: 'restricted-address-disclosed', check: 'linkage.restricted-address-withheld' },
  { mutant: 'duplicate-change-stored', check: 'linkage.duplicate-change-ignored' },
  { mutant: 'inquiry-list-live', check: 'linkage.inquiry-list-stored-as-made' },
  { mutant: 'alert-for-unprotected', check: 'linkage.alert-only-for-households-in-protection' },
  { mutant: 'not-held-shown-as-answered', check: 'linkage.inquiry-answered-or-not-held' },
  { mutant: 'item-as-of-received-date', check: 'linkage.inquiry-item-as-of-date' },
  { mutant: 'data-as-of-from-effective-date', check: 'linkage.inquiry-data-received-at' },
  { mutant: 'applicant-inquiry-refused', check: 'linkage.inquiry-by-address-number' },
  { mutant: 'systems-choice-ignored', check: 'linkage.inquiry-chosen-systems-only' },
  { mutant: 'unchanged-marked-changed', check: 'linkage.inquiry-changes-since-previous' },
  { mutant: 'support-measure-ignored', check: 'linkage.resident-support-measure-honoured' },
  { mutant: 'linked-system-receipt-not-shown', check: 'linkage.linked-systems-listed' },
  { mutant: 'caseworker-sends-linkage-changes', check: 'linkage.change-only-from-linkage-role' },
  { mutant: 'foreign-item-dropped', check: 'linkage.change-with-foreign-item-refused' },
  { mutant: 'alert-before-as-after', check: 'linkage.alert-shows-values-before-and-after' },
  { mutant: 'alert-type-from-system', check: 'linkage.alert-kinds-told-apart' },
  { mutant: 'acknowledger-not-recorded', check: 'linkage.alert-acknowledged-with-response' },
  { mutant: 'alert-decision-not-linked', check: 'linkage.alert-links-decision' },
  { mutant: 'open-days-from-effective-date', check: 'linkage.alert-open-days' },
  { mutant: 'unavailable-shown-as-not-held', check: 'linkage.suspension-refuses-changes-and-shows-unavailable', says: /not shown as unavailable/ },
  { mutant: 'inquiry-default-leaves-out-system', check: 'linkage.restricted-address-withheld', says: /eight systems/ },
  { mutant: 'inquiry-purpose-not-recorded', check: 'linkage.inquiry-list-stored-as-made', says: /purpose/ },
  { mutant: 'suspended-system-changes-received', check: 'linkage.suspension-refuses-changes-and-shows-unavailable', says: /not refused with 409/ },
]);
