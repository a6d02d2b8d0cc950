import { HogoError, type AdapterContext, type components } from '@hogo-kit/sdk';
import { recordsWhere, type Reader, type Stored } from '../../store/store.ts';
import { missing, ruleBroken } from '../../support/refusals.ts';

export type Schemas = components['schemas'];
export type Household = Schemas['Household'];
export type Member = Schemas['Member'];

export { householdRecordInPath } from '../../support/households.ts';

/** The member named in the path with the household it belongs to, or 404. */
export function memberOr404(tx: Reader, memberId: string): { household: Household; member: Member } {
  const holding = (h: Readonly<Household>) => h.members.some((m) => m.memberId === memberId);
  for (const { value } of recordsWhere<Household>(tx, 'Household', holding)) {
    const member = value.members.find((m) => m.memberId === memberId);
    if (member) return { household: value, member };
  }
  throw missing('世帯員', 'member');
}

/** 422 unless every member id is a member of the household (世帯単位の原則). */
export function assertMembersOf(household: Household, memberIds: readonly string[] | undefined, pointer: string): void {
  (memberIds ?? []).forEach((id, i) => {
    if (!household.members.some((m) => m.memberId === id)) {
      throw ruleBroken('member-not-in-household', `${pointer}/${i}`, {
        ja: `世帯員（${id}）は当該世帯に属していません`,
        en: `Member ${id} does not belong to the household`,
      });
    }
  });
}

/** 403 for an actor the rule of the operation does not allow (separation of duties, assignee only …). */
export const forbiddenActor = (code: string, ja: string, en: string) =>
  new HogoError(403, code, { ja: 'この操作の権限がありません', en: 'You may not perform this operation' }, { ja, en });

export const staffOf = (ctx: AdapterContext) => ctx.principal.staffId;
export const nowIso = (now: Date) => now.toISOString();

/** Today's date in Japan for a time stamp (YYYY-MM-DD). */
export const jstDate = (iso: string) => new Date(Date.parse(iso) + 9 * 3600_000).toISOString().slice(0, 10);

/** Adds calendar months to a YYYY-MM-DD date: same day number, or the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Within an inclusive date range (either end optional). */
export const inPeriod = (date: string, from?: string, to?: string) => (!from || date >= from) && (!to || date <= to);

/** Compares by several keys in order (strings or numbers). */
export function byKeys<T>(...keys: ((item: T) => string | number)[]) {
  return (a: T, b: T) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

/** Drops properties whose value is undefined (optional properties are absent, never null). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
