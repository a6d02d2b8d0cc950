import { OUTCOMES, type Columns, type Interned, type TextColumn } from './columns.ts';
import type { AuditFilter } from './log.ts';

/** The filter's members that compare with the text column of the same name. */
const TEXT_CONDITIONS = ['staffId', 'action', 'operationId', 'householdId', 'memberId'] as const satisfies readonly TextColumn[];

/**
 * Sequence numbers of the rows that satisfy every condition of the filter, read from the columns without building
 * entries: a text condition compares string numbers (a value never stored matches no row), the period compares
 * milliseconds (an unparsable bound matches nothing, as Date.parse comparisons do). `timeText` gives the occurredAt of
 * a row not kept as milliseconds.
 */
export function searchRows(rows: Columns, strings: Interned, timeText: (i: number) => string | undefined, filter: AuditFilter): number[] {
  const wanted: [TextColumn, number][] = [];
  for (const column of TEXT_CONDITIONS) {
    const value = filter[column];
    if (value === undefined) continue;
    const id = strings.known(value);
    if (id === undefined) return [];
    wanted.push([column, id]);
  }
  const outcome = filter.outcome === undefined ? -1 : OUTCOMES.indexOf(filter.outcome as (typeof OUTCOMES)[number]);
  if (filter.outcome !== undefined && outcome < 0) return [];
  const hidden = filter.hiddenOutcome === undefined ? -1 : OUTCOMES.indexOf(filter.hiddenOutcome as (typeof OUTCOMES)[number]);
  const from = filter.from === undefined ? undefined : Date.parse(filter.from);
  const to = filter.to === undefined ? undefined : Date.parse(filter.to);
  const out: number[] = [];
  rows: for (let i = 0; i < rows.length; i++) {
    if (outcome >= 0 && rows.outcome(i) !== outcome) continue;
    if (hidden >= 0 && rows.outcome(i) === hidden) continue;
    for (const [column, id] of wanted) if (rows.text(column, i) !== id) continue rows;
    if (from !== undefined || to !== undefined) {
      const stored = rows.at(i);
      const at = Number.isNaN(stored) ? Date.parse(timeText(i) ?? '') : stored;
      if (from !== undefined && !(at >= from)) continue;
      if (to !== undefined && !(at < to)) continue;
    }
    out.push(i + 1);
  }
  return out;
}
