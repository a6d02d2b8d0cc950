import type { AdapterContext } from '@hogo-kit/sdk';
import type { Stored, Transaction } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { daysBetween } from '../../support/clock.ts';
import { newId } from '../../support/ids.ts';
import { missing, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { C, type Approval, type CalculationResult, type Decision, type FujoItem, type Household } from './types.ts';

/** The household named in the path, or 404. */
export function loadHousehold(tx: Transaction, householdId: string): Stored<Household> {
  const record = tx.get<Household>(C.household, householdId);
  if (!record) throw missing('世帯', 'household');
  return record;
}

/** notifiedOn defaults to decidedOn and is never before it (422). */
export function noticeDate(body: { decidedOn: string; notifiedOn?: string }): string {
  const notifiedOn = body.notifiedOn ?? body.decidedOn;
  if (notifiedOn < body.decidedOn) {
    throw ruleBroken('notified-before-decided', '/body/notifiedOn', {
      ja: '通知日は決定日以後の日としてください',
      en: 'notifiedOn must not be before decidedOn',
    });
  }
  return notifiedOn;
}

/**
 * The deadline fields of a decision on an application or change application (法第24条第5項〜第7項, 第9項):
 * days from the application date to the notice (初日不算入); over 14 needs a delay reason (422); over 30 is
 * still registered and marked as made after the deemed-rejection period.
 */
export function deadline(env: AreaEnv, appliedOn: string, decidedOn: string, notifiedOn: string, delayReason: string | undefined) {
  if (decidedOn < appliedOn) {
    throw ruleBroken('decided-before-application', '/body/decidedOn', {
      ja: `決定日は申請日（${appliedOn}）以後の日としてください`,
      en: `decidedOn must not be before the application date (${appliedOn})`,
    });
  }
  const daysFromApplication = daysBetween(appliedOn, notifiedOn);
  if (daysFromApplication > 14 && delayReason === undefined && !hasMutant(env, 'delay-reason-not-required')) {
    throw ruleBroken('delay-reason-required', '/body/delayReason', {
      ja: `申請日から${daysFromApplication}日後の通知となるため、遅延の理由を記載してください（生活保護法第24条第6項）`,
      en: `The notice comes ${daysFromApplication} days after the application date, so a delay reason is required (Art. 24(6))`,
    });
  }
  // Seeded defects: days-from-application-first-day-counted (初日算入 in the count shown) and
  // deemed-rejection-from-day-30 (day 30 itself shown as past the deemed-rejection period).
  const shown = hasMutant(env, 'days-from-application-first-day-counted') ? daysFromApplication + 1 : daysFromApplication;
  const deemedRejectionPassed = hasMutant(env, 'deemed-rejection-from-day-30') ? daysFromApplication >= 30 : daysFromApplication > 30;
  return { daysFromApplication: shown, deemedRejectionPassed };
}

/** Refuses a breakdown naming one type of assistance twice. */
export function checkFujo(items: FujoItem[] | undefined): void {
  const seen = new Set<string>();
  for (const [i, item] of (items ?? []).entries()) {
    if (seen.has(item.fujoType)) {
      throw ruleBroken('duplicate-fujo-type', `/body/fujoBreakdown/${i}/fujoType`, {
        ja: '同じ扶助の種類が重複しています',
        en: 'The same type of assistance appears twice',
      });
    }
    seen.add(item.fujoType);
  }
}

/**
 * The amounts of a linked case calculation of this household (03.1.5); 422 when unknown or another household's.
 * Under the seeded defect decision-calculation-amounts-dropped only the calculation id is kept.
 */
export function linkCalculation(tx: Transaction, calculationId: string | undefined, householdId: string, env?: AreaEnv) {
  if (calculationId === undefined) return {};
  const calc = tx.get<CalculationResult>(C.calculation, calculationId)?.value;
  if (!calc) throw unknownReference('/body/calculationId', '算定結果', 'calculation');
  if (calc.householdId !== householdId) {
    throw ruleBroken('calculation-of-another-household', '/body/calculationId', {
      ja: '他の世帯の算定結果は紐付けられません',
      en: 'The calculation belongs to another household',
    });
  }
  if (env && hasMutant(env, 'decision-calculation-amounts-dropped')) return { calculationId };
  return { calculationId, minimumCost: calc.minimumCost, recognisedIncome: calc.recognisedIncome, payment: calc.payment };
}

/**
 * An approved 決裁 of subjectType decision for this household (03.5.9); 422 otherwise. Under the seeded defect
 * decision-unapproved-approval-accepted an approval still awaiting its approver is accepted.
 */
export function checkApproval(tx: Transaction, approvalId: string | undefined, householdId: string, env?: AreaEnv): void {
  if (approvalId === undefined) return;
  const approval = tx.get<Approval>(C.approval, approvalId)?.value;
  if (!approval) throw unknownReference('/body/approvalId', '決裁', 'approval');
  const refuse = (code: string, ja: string, en: string) => ruleBroken(code, '/body/approvalId', { ja, en });
  if (approval.status !== 'approved' && !(env && hasMutant(env, 'decision-unapproved-approval-accepted'))) throw refuse('approval-not-approved', '決裁が完了していません', 'The approval is not approved');
  if (approval.subjectType !== 'decision') {
    throw refuse('approval-not-for-decision', '保護の決定の決裁ではありません', 'The approval is not for a decision');
  }
  if (approval.householdId !== undefined && approval.householdId !== householdId) {
    throw refuse('approval-of-another-household', '他の世帯の決裁です', 'The approval concerns another household');
  }
}

/** The household's decisions in registration order. */
export function decisionsOf(tx: Transaction, householdId: string): Decision[] {
  return tx.select<Decision>(C.decision, (d) => d.householdId === householdId).map((r) => r.value);
}

/** The decision in force: the household's latest registered decision other than a rejection (03.5.7). */
export function decisionInForce(tx: Transaction, householdId: string): string | undefined {
  return decisionsOf(tx, householdId).filter((d) => d.type !== 'reject').at(-1)?.decisionId;
}

/**
 * Stores a new decision with its id, author and registration time; answers the stored record. `as` and
 * `persist: false` exist only for the seeded defects (a decision overwritten in place, or not recorded).
 */
export function registerDecision(
  tx: Transaction,
  env: AreaEnv,
  ctx: AdapterContext,
  fields: Omit<Decision, 'decisionId' | 'decidedBy' | 'createdAt'>,
  defect: { as?: string; persist?: boolean } = {},
): Stored<Decision> {
  const decisionId = defect.as ?? newId(tx, 'DEC');
  // Seeded defect decision-author-not-kept: the staff who registered the decision is not recorded.
  const decidedBy = hasMutant(env, 'decision-author-not-kept') ? undefined : ctx.principal.staffId;
  const decision = { decisionId, ...fields, decidedBy, createdAt: env.clock.now().toISOString() } as Decision;
  for (const key of Object.keys(decision) as (keyof Decision)[]) if (decision[key] === undefined) delete decision[key];
  return defect.persist === false ? { value: decision, version: 1 } : tx.put(C.decision, decisionId, decision);
}

/** A new case number (ケース番号), assigned on the first start. */
export const newCaseNumber = (tx: Transaction) => String(tx.next('caseNumber')).padStart(6, '0');
