import type { CheckDefinition } from '../../../engine/types.ts';
import { decisionDeadlines, deemedRejection, townHeadForwarding } from './deadlines.ts';
import { closedStates, startInvestigation, withdraw } from './flow.ts';
import { applicantRequired, article24ItemsRequired, receiptNumbers, registrationItems, specialCircumstance } from './registration.ts';
import { assetDeclarationItems20, assetDeclarationOnVisit, assetDeclarations } from './declarations.ts';
import { electronicApplication } from './electronic-application.ts';
import { examinationOrder, incomeReports } from './income-and-orders.ts';
import { inconsistentPayslipRefused, payslipNotCountedTwice, payslipsBecomeReport, payslipsKept } from './payslips.ts';
import { taxSurvey, taxSurveyFromLinkage } from './tax-survey.ts';
import { formerRecipientPeriod, inquiryOverdue, inquiryRecord } from './inquiries.ts';
import { dvBlocksInquiry, exclusionReasons, inquirySteps, obligorRegister } from './support-obligors.ts';
import { consultationLink, consultationRecord, consultationSearch, intentNotClosed, noDelete, supportNoCondition } from './rights.ts';

/** Checks of the requirements of areas 01, 02 (curated list). */
export function checks_a0102(): CheckDefinition[] {
  return [
    // 01 相談・申請受付
    registrationItems, article24ItemsRequired, specialCircumstance, applicantRequired, receiptNumbers, electronicApplication,
    decisionDeadlines, deemedRejection, townHeadForwarding,
    startInvestigation, withdraw, closedStates,
    supportNoCondition, intentNotClosed, noDelete,
    consultationRecord, consultationLink, consultationSearch,
    // 02 調査
    dvBlocksInquiry, exclusionReasons, inquirySteps, obligorRegister,
    formerRecipientPeriod, inquiryRecord, inquiryOverdue,
    assetDeclarations, assetDeclarationItems20, assetDeclarationOnVisit, incomeReports, taxSurvey, taxSurveyFromLinkage, examinationOrder,
    payslipsBecomeReport, payslipsKept, inconsistentPayslipRefused, payslipNotCountedTwice,
  ];
}
