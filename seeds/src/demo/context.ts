import { addDays, firstDay, monthOf } from '../dates.ts';
import type { SeedRun } from '../run.ts';

export type Edition = '2.0' | '2.1';

/** A created household as the API answered it (only what the demo reads). */
export interface CreatedHousehold {
  householdId: string;
  members: { memberId: string; addressNumber?: string }[];
}

/** What the demo's steps share: the run, the dates, and the ids created so far. */
export interface DemoContext {
  run: SeedRun;
  edition: Edition;
  today: string;
  households: Record<string, CreatedHousehold | undefined>;
  applications: Record<string, string | undefined>;
  claims: Record<string, string | undefined>;
}

/** The first day of the month `shift` months from today's month (0 = this month, -1 = last month …). */
export const monthStart = (ctx: DemoContext, shift: number) => firstDay(monthOf(ctx.today, shift));
export const month = (ctx: DemoContext, shift: number) => monthOf(ctx.today, shift);
export const daysAgo = (ctx: DemoContext, days: number) => addDays(ctx.today, -days);

/** The member id of a demo household's member (undefined when the household was not created). */
export const memberOf = (ctx: DemoContext, key: string, index = 0) => ctx.households[key]?.members[index]?.memberId;
export const householdOf = (ctx: DemoContext, key: string) => ctx.households[key]?.householdId;

/** A 10-digit institution or provider code of the demo (fictitious: prefix 99). */
export const demoInstitution = (n: number) => `99${String(n).padStart(8, '0')}`;
