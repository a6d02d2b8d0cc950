/**
 * When a household is protected, from its decisions (MonthlyStatistics' definition): a household is protected on
 * a day when a 開始 (incl. 職権開始) has taken effect on or before that day and no 廃止 or 移管 has since, and no 停止
 * covers that day. A 停止 lasts until a 停止解除 takes effect; a 廃止 takes effect on its effectiveOn (that day is no
 * longer protected). A household registered without decisions (e.g. loaded data) falls back to its startedOn /
 * endedOn and protectionStatus.
 */
import type { components } from '@hogo-kit/sdk';
import { recordsWhere, type Reader } from '../store/store.ts';
import { addDays } from './clock.ts';
import { daysFrom } from './months.ts';

type Decision = components['schemas']['Decision'];
type Household = components['schemas']['Household'];

export type DayState = 'protected' | 'suspended' | 'none';

/** One change of state: from `on` (inclusive) the household is in `state`. */
export interface StateChange {
  on: string;
  state: DayState;
}

const STATE_OF: Partial<Record<string, DayState>> = { start: 'protected', resume: 'protected', suspend: 'suspended', discontinue: 'none' };

const byEffect = (a: Decision, b: Decision) =>
  (a.effectiveOn ?? '').localeCompare(b.effectiveOn ?? '') || a.createdAt.localeCompare(b.createdAt) || a.decisionId.localeCompare(b.decisionId);

/** The household's decisions that took effect, in order of effect. */
export function effectiveDecisions(reader: Reader, householdId: string): Decision[] {
  return recordsWhere<Decision>(reader, 'Decision', (d) => d.householdId === householdId && d.effectiveOn !== undefined && d.type !== 'reject')
    .map((r) => r.value)
    .sort(byEffect);
}

/** The household's changes of protection state, in order. */
export function stateChanges(reader: Reader, household: Household): StateChange[] {
  const changes = effectiveDecisions(reader, household.householdId)
    .filter((d) => STATE_OF[d.type] !== undefined)
    .map((d) => ({ on: d.effectiveOn!, state: STATE_OF[d.type]! }));
  if (changes.length > 0 || !household.startedOn) return changes;
  const fallback: StateChange[] = [{ on: household.startedOn, state: household.protectionStatus === 'suspended' ? 'suspended' : 'protected' }];
  if (household.endedOn) fallback.push({ on: household.endedOn, state: 'none' });
  return fallback;
}

/** The state on one day. */
export function stateOn(changes: readonly StateChange[], day: string): DayState {
  let state: DayState = 'none';
  for (const change of changes) {
    if (change.on > day) break;
    state = change.state;
  }
  return state;
}

/** A run of consecutive days, first and last inclusive. */
export interface DayRange {
  first: string;
  last: string;
}

/**
 * The runs of protected days between two dates (inclusive), in order, each as long as it goes (a 停止解除 right after
 * a 開始 does not split one), computed from the change dates: the state is stateOn's on every day of a run.
 */
export function protectedRanges(changes: readonly StateChange[], from: string, to: string): DayRange[] {
  const ranges: DayRange[] = [];
  if (from > to) return ranges;
  // stateOn(day) is the state of the last change before the first one after `day`: `seen` counts those changes.
  let seen = 0;
  while (seen < changes.length && changes[seen]!.on <= from) seen++;
  let state: DayState = seen > 0 ? changes[seen - 1]!.state : 'none';
  let start = from;
  const add = (first: string, last: string) => {
    const previous = ranges.at(-1);
    if (previous && addDays(previous.last, 1) === first) previous.last = last;
    else ranges.push({ first, last });
  };
  while (seen < changes.length && changes[seen]!.on <= to) {
    const next = changes[seen]!.on; // later than `start`: the state changes on this day
    while (seen < changes.length && changes[seen]!.on <= next) seen++;
    if (state === 'protected') add(start, addDays(next, -1));
    state = changes[seen - 1]!.state;
    start = next;
  }
  if (state === 'protected') add(start, to);
  return ranges;
}

/** The protected days between two dates (inclusive), in order. */
export function protectedDays(changes: readonly StateChange[], from: string, to: string): string[] {
  return protectedRanges(changes, from, to).flatMap((range) => daysFrom(range.first, range.last));
}

/** First and last protected day between two dates, or undefined when there is none. */
export function protectedSpan(changes: readonly StateChange[], from: string, to: string): DayRange | undefined {
  const ranges = protectedRanges(changes, from, to);
  return ranges.length === 0 ? undefined : { first: ranges[0]!.first, last: ranges[ranges.length - 1]!.last };
}

/** The decision in force on a day: the latest 開始・変更・停止解除 with a fujoBreakdown that took effect by then. */
export function decisionInForce(reader: Reader, householdId: string, day: string): Decision | undefined {
  let inForce: Decision | undefined;
  for (const d of effectiveDecisions(reader, householdId)) {
    if (d.effectiveOn! > day) break;
    if (d.type === 'discontinue') inForce = undefined;
    else if ((d.type === 'start' || d.type === 'change' || d.type === 'resume') && d.fujoBreakdown) inForce = d;
  }
  return inForce;
}
