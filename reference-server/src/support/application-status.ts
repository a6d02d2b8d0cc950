import type { components } from '@hogo-kit/sdk';
import { addDays } from './clock.ts';

type Application = components['schemas']['Application'];

/** Days from the application date to the decision deadline (生活保護法第24条第5項). */
export const DECISION_DAYS = 14;
/** Days to the extended deadline, after which the application may be deemed rejected (第24条第5項ただし書・第7項). */
export const EXTENDED_DECISION_DAYS = 30;
/** Days a 町村長 has to forward an application lodged there (第24条第10項). */
export const FORWARDING_DAYS = 5;

/** The fiscal year (April–March) a date belongs to: 2026-03-31 → 2025, 2026-04-01 → 2026. */
export function fiscalYearOf(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month >= 4 ? year : year - 1;
}

/** The receipt number of the 保護申請書受理簿: fiscal year and six-digit serial (2026-000001). */
export const receiptNumberOf = (fiscalYear: number, serial: number) => `${fiscalYear}-${String(serial).padStart(6, '0')}`;

/** The day the decision counts from: its notice (the periods of 第24条 are periods for the notice). */
const noticeDay = (app: Partial<Application>) => app.decisionNotifiedOn ?? app.decidedOn;

/** True when the decision was notified on or before asOf. */
export const notifiedBy = (app: Partial<Application>, asOf: string) => {
  const day = noticeDay(app);
  return day !== undefined && day <= asOf;
};

/** True when the application was withdrawn on or before asOf. */
export const withdrawnBy = (app: Partial<Application>, asOf: string) => app.withdrawnOn !== undefined && app.withdrawnOn <= asOf;

/** The periods the flags are derived with (the law's, unless a seeded defect of area 01 changes one). */
export interface DeadlineRules {
  decisionDays: number;
  forwardingDays: number;
  /** Whether みなし却下 is identified at all. */
  deemedRejection: boolean;
}

export const LAW_DEADLINES: DeadlineRules = { decisionDays: DECISION_DAYS, forwardingDays: FORWARDING_DAYS, deemedRejection: true };

export interface ApplicationDerivedStatus {
  decisionDueDate: string;
  extendedDecisionDueDate: string;
  asOf: string;
  decisionOverdue: boolean;
  deemedRejected: boolean;
  forwardingDueDate?: string;
  forwardingOverdue: boolean;
}

/**
 * The deadlines and flags of an application for asOf (flow `application`, derived statuses):
 * decisionOverdue — asOf after applicationDate + 14 with no notice on or before asOf (withdrawn ones excluded);
 * deemedRejected (みなし却下) — asOf after applicationDate + 30 with neither notice nor withdrawal on or before asOf;
 * forwardingOverdue — lodged with a 町村長 and forwarded after applicationDate + 5, or not yet forwarded and
 * asOf after it.
 */
export function deriveApplicationStatus(
  app: Pick<Application, 'applicationDate' | 'viaTownHead'> & Partial<Application>,
  asOf: string,
  rules: DeadlineRules = LAW_DEADLINES,
): ApplicationDerivedStatus {
  const decisionDueDate = addDays(app.applicationDate, rules.decisionDays);
  const extendedDecisionDueDate = addDays(app.applicationDate, EXTENDED_DECISION_DAYS);
  const open = !notifiedBy(app, asOf);
  const derived: ApplicationDerivedStatus = {
    decisionDueDate,
    extendedDecisionDueDate,
    asOf,
    decisionOverdue: asOf > decisionDueDate && open && !withdrawnBy(app, asOf),
    deemedRejected: rules.deemedRejection && asOf > extendedDecisionDueDate && open && !withdrawnBy(app, asOf),
    forwardingOverdue: false,
  };
  if (app.viaTownHead) {
    const forwardingDueDate = addDays(app.applicationDate, rules.forwardingDays);
    derived.forwardingDueDate = forwardingDueDate;
    derived.forwardingOverdue = app.forwardedOn !== undefined ? app.forwardedOn > forwardingDueDate : asOf > forwardingDueDate;
  }
  return derived;
}

/** The application as the API shows it for asOf: the stored record with its deadlines and flags recomputed. */
export function applicationAsOf(app: Application, asOf: string, rules: DeadlineRules = LAW_DEADLINES): Application {
  const { forwardingDueDate: _stale, ...rest } = app;
  return { ...rest, ...deriveApplicationStatus(app, asOf, rules) };
}
