import type { CheckDefinition } from '../../../engine/types.ts';
import { careTicketNeedsCareAssistance, careTicketNoDuplicate, careTicketUnder40 } from './care-tickets.ts';
import { eligibilityRestrictedMember, medicalOpinionPeriod, medicalTicketCancellation, medicalTicketNoDuplicate, medicalTicketProtectedMonthsOnly } from './medical-tickets.ts';

/** Checks of the requirements of areas 08 医療扶助 and 09 介護扶助 (curated list). */
export function checks_a0809(): CheckDefinition[] {
  return [
    medicalOpinionPeriod,
    medicalTicketNoDuplicate,
    medicalTicketProtectedMonthsOnly,
    medicalTicketCancellation,
    eligibilityRestrictedMember,
    careTicketNoDuplicate,
    careTicketNeedsCareAssistance,
    careTicketUnder40,
  ];
}
