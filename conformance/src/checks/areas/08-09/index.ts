import type { CheckDefinition } from '../../../engine/types.ts';
import { carePremiumAddition, careTicketInsuranceStatus, memberCareInsuranceStatus } from './care-insurance.ts';
import { careTicketValidity } from './care-ticket-validity.ts';
import { careTicketNeedsCareAssistance, careTicketNoDuplicate, careTicketUnder40 } from './care-tickets.ts';
import { continuingCareNeedsOpinion } from './continuing-care.ts';
import { institutionCodeTenDigits, providerNumberTenDigits } from './institution-codes.ts';
import { eligibilityRestrictedMember, medicalOpinionPeriod, medicalTicketCancellation, medicalTicketNoDuplicate, medicalTicketProtectedMonthsOnly } from './medical-tickets.ts';
import { eligibilityDataForMonth, eligibilityEveryProtectedMember, eligibilityIssuedTicketsOnly } from './online-eligibility.ts';
import { ticketKindFitsInstitution, ticketPayerAndRecipientNumbers } from './ticket-content.ts';
import { careTicketListFilters, medicalTicketListFilters, ticketIssuanceByInstitution, ticketsByInstitution } from './ticket-lists.ts';
import { viewingRestrictionNeedsReason } from './viewing-restriction.ts';

/** Checks of the requirements of areas 08 医療扶助 and 09 介護扶助 (curated list). */
export function checks_a0809(): CheckDefinition[] {
  return [
    medicalOpinionPeriod,
    continuingCareNeedsOpinion,
    medicalTicketNoDuplicate,
    medicalTicketProtectedMonthsOnly,
    medicalTicketCancellation,
    institutionCodeTenDigits,
    ticketKindFitsInstitution,
    ticketPayerAndRecipientNumbers,
    medicalTicketListFilters,
    ticketIssuanceByInstitution,
    ticketsByInstitution,
    eligibilityDataForMonth,
    eligibilityEveryProtectedMember,
    eligibilityIssuedTicketsOnly,
    viewingRestrictionNeedsReason,
    eligibilityRestrictedMember,
    careTicketNoDuplicate,
    careTicketNeedsCareAssistance,
    providerNumberTenDigits,
    careTicketValidity,
    careTicketListFilters,
    memberCareInsuranceStatus,
    careTicketInsuranceStatus,
    careTicketUnder40,
    carePremiumAddition,
  ];
}
