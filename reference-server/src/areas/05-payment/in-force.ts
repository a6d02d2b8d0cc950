import { recordsWhere, type Reader } from '../../store/store.ts';
import { groupBy } from '../../support/group.ts';
import type { Decision } from './types.ts';

export type StatusOnDate = 'none' | 'protected' | 'suspended' | 'discontinued' | 'transferred';

const byEffect = (a: { d: Decision; index: number }, b: { d: Decision; index: number }) =>
  a.d.effectiveOn!.localeCompare(b.d.effectiveOn!) || a.d.createdAt.localeCompare(b.d.createdAt) || a.index - b.index;

/**
 * Every household's decisions that take effect (all but 却下), oldest first (by effectiveOn, then registration),
 * read once so that a payment run over many households stays linear.
 */
export function decisionsByHousehold(tx: Reader): Map<string, Decision[]> {
  // index: the order of registration among these decisions (only their relative order is compared).
  const effective = recordsWhere<Decision>(tx, 'Decision', (d) => d.type !== 'reject' && d.effectiveOn !== undefined).map((r, index) => ({ d: r.value, index }));
  const grouped = groupBy(effective, ({ d }) => d.householdId);
  return new Map([...grouped].map(([id, list]) => [id, list.sort(byEffect).map(({ d }) => d)]));
}

/** The protection status on a date, from the last of the household's decisions in effect on that date. */
export function statusOn(decisions: readonly Decision[], date: string): StatusOnDate {
  const last = decisions.filter((d) => d.effectiveOn! <= date).at(-1);
  if (!last) return 'none';
  switch (last.type) {
    case 'start':
    case 'change':
    case 'resume':
      return 'protected';
    case 'suspend':
      return 'suspended';
    default:
      return last.transfer ? 'transferred' : 'discontinued';
  }
}

/**
 * The decision in force on a date that fixes the amounts: the latest start or change decision effective on or
 * before it, or a 停止解除 that restated the amounts (CaseDecisionInput: fujoBreakdown on change and resume); a
 * 停止解除 without amounts restores those of the decision before the suspension.
 */
export function amountDecisionOn(decisions: readonly Decision[], date: string): Decision | undefined {
  return decisions
    .filter((d) => d.effectiveOn! <= date && (d.type === 'start' || d.type === 'change' || (d.type === 'resume' && d.fujoBreakdown !== undefined)))
    .at(-1);
}
