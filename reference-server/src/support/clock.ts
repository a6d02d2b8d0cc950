/** The server's notion of now and of today (Japan time), fixed in tests and seeds. */
export interface Clock {
  now(): Date;
  /** Today's date in Japan (YYYY-MM-DD), the date deadlines and asOf views default to. */
  today(): string;
}

const JST_OFFSET_MS = 9 * 3600_000;
const DAY_MS = 86_400_000;

export function createClock(now: () => Date = () => new Date()): Clock {
  // today() runs on most requests: the date is worked out once per Japanese day and kept with that day's bounds.
  let from = 0;
  let until = 0;
  let day = '';
  return {
    now,
    today: () => {
      const t = now().getTime();
      // Written so that an invalid time (NaN) recomputes, and throws as toISOString does.
      if (!(t >= from && t < until)) {
        const local = t + JST_OFFSET_MS;
        day = new Date(local).toISOString().slice(0, 10);
        from = Math.floor(local / DAY_MS) * DAY_MS - JST_OFFSET_MS;
        until = from + DAY_MS;
      }
      return day;
    },
  };
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (b − a) for YYYY-MM-DD dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Month and day of a YYYY-MM-DD date as one number (MMDD), for comparing birthdays. */
function monthDay(date: string): number {
  return Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/** Age in whole years on a date (YYYY-MM-DD strings). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return monthDay(date) < monthDay(birthDate) ? years - 1 : years;
}
