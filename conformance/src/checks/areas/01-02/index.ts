import type { CheckDefinition } from '../../../engine/types.ts';
import { decisionDeadlines, deemedRejection, townHeadForwarding } from './deadlines.ts';
import { closedStates, startInvestigation, withdraw } from './flow.ts';
import { applicantRequired, article24ItemsRequired, receiptNumbers, registrationItems, specialCircumstance } from './registration.ts';
import { assetDeclarationItems20, assetDeclarations } from './declarations.ts';
import { examinationOrder, incomeReports, taxSurvey } from './income-and-orders.ts';
import { formerRecipientPeriod, inquiryOverdue, inquiryRecord } from './inquiries.ts';
import { dvBlocksInquiry, exclusionReasons, inquirySteps, obligorRegister } from './support-obligors.ts';
import { consultationLink, consultationRecord, consultationSearch, intentNotClosed, noDelete, supportNoCondition } from './rights.ts';

/** Checks of the requirements of areas 01, 02 (curated list). */
export function checks_a0102(): CheckDefinition[] {
  return [
    // 01 相談・申請受付
    registrationItems, article24ItemsRequired, specialCircumstance, applicantRequired, receiptNumbers,
    decisionDeadlines, deemedRejection, townHeadForwarding,
    startInvestigation, withdraw, closedStates,
    supportNoCondition, intentNotClosed, noDelete,
    consultationRecord, consultationLink, consultationSearch,
    // 02 調査
    dvBlocksInquiry, exclusionReasons, inquirySteps, obligorRegister,
    formerRecipientPeriod, inquiryRecord, inquiryOverdue,
    assetDeclarations, assetDeclarationItems20, incomeReports, taxSurvey, examinationOrder,
  ];
}
