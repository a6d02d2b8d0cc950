/** Date arithmetic on YYYY-MM-DD and YYYY-MM strings (calendar dates, no time zone). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
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
