/** Date arithmetic on YYYY-MM-DD and YYYY-MM strings (calendar dates, no time zone). */
export function addDays(date: string, days: number): string {
  const fast = addDaysCivil(date, days);
  if (fast !== undefined) return fast;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * addDays by integer arithmetic on the proleptic Gregorian calendar (days from civil and back, as in H. Hinnant's
 * algorithms) — the generator calls it hundreds of thousands of times. Undefined for what it does not cover
 * (not YYYY-MM-DD, not a calendar date, a result outside years 1000–9999): addDays then takes the Date way.
 */
function addDaysCivil(date: string, days: number): string | undefined {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-' || !Number.isInteger(days)) return undefined;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const [ry, rm, rd] = civilFromDays(daysFromCivil(y, m, d) + days);
  if (ry < 1000 || ry > 9999) return undefined;
  return `${ry}-${pad2(rm)}-${pad2(rd)}`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The month (YYYY-MM) of a date, shifted by whole months. */
export function monthOf(date: string, shift = 0): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + shift;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first day (YYYY-MM-DD) of a month (YYYY-MM). */
export const firstDay = (month: string) => `${month}-01`;

/** The last day of a month (YYYY-MM). */
export const lastDay = (month: string) => addDays(firstDay(monthOf(firstDay(month), 1)), -1);

/** A birth date making the person `age` years old on `today` (born `dayOffset` days after that birthday). */
export function bornAged(today: string, age: number, dayOffset = 37): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const birthday = `${y - age - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
  return addDays(birthday, 1 + (Math.abs(dayOffset) % 299));
}

/** Months (YYYY-MM) from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = monthOf(firstDay(m), 1)) months.push(m);
  return months;
}
