interface M { birthDate: string; sex: string; relationship: string; disabilityAddition?: string; livingArrangement?: string }

const ageOn = (birthDate: string, date: string) => {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

/** 世帯類型 by the rules of MonthlyStatistics.byHouseholdType (first match wins). */
export function householdTypeOf(h: { members: M[] }, date: string): string {
  const ages = h.members.map((m) => ageOn(m.birthDate, date));
  const head = h.members.find((m) => m.relationship === '01')!;
  if (ages.some((a) => a >= 65) && ages.every((a) => a >= 65 || a < 18)) return '1';
  const others = h.members.filter((m) => m !== head);
  if (head.sex === '2' && ageOn(head.birthDate, date) < 65 && others.length > 0 && others.every((m) => m.relationship === '03' && ageOn(m.birthDate, date) < 18)) return '2';
  if (head.disabilityAddition) return '3';
  if (head.livingArrangement === '02' || head.livingArrangement === '03') return '4';
  return '5';
}
