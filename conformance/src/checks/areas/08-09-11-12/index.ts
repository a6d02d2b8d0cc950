import type { CheckDefinition } from '../../../engine/types.ts';
import { careTicketNeedsCareAssistance, careTicketNoDuplicate, careTicketUnder40 } from './care-tickets.ts';
import { alertOnlyInProtection, duplicateChangeIgnored, inquiryListStored, restrictedAddressWithheld } from './linkage.ts';
import { eligibilityRestrictedMember, medicalOpinionPeriod, medicalTicketCancellation, medicalTicketNoDuplicate, medicalTicketProtectedMonthsOnly } from './medical-tickets.ts';
import { annualReferenceDate, monthlySectionFigures } from './statistics.ts';

/** Checks of the requirements of areas 08, 09, 11, 12 (curated list). */
export function checks_a08091112(): CheckDefinition[] {
  return [
    medicalOpinionPeriod,
    medicalTicketNoDuplicate,
    medicalTicketProtectedMonthsOnly,
    medicalTicketCancellation,
    eligibilityRestrictedMember,
    careTicketNoDuplicate,
    careTicketNeedsCareAssistance,
    careTicketUnder40,
    monthlySectionFigures,
    annualReferenceDate,
    alertOnlyInProtection,
    duplicateChangeIgnored,
    restrictedAddressWithheld,
    inquiryListStored,
  ];
}
