import { addDays, bornAged } from './dates.ts';
import { personName, RESERVED_FAMILY_NAMES, RESERVED_GIVEN_NAMES, type ReservedGivenName } from './names.ts';
import { MUNICIPALITIES, testAddressNumber, testMyNumber } from './numbers.ts';

/** mulberry32: a small, fast, seeded PRNG (same seed → same sequence on every platform). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedOptions {
  seed?: number;
  /** The system's today (YYYY-MM-DD); ages and dates are relative to it. Default 2026-04-01. */
  today?: string;
}

export interface GeneratedHousehold {
  body: Record<string, unknown>;
  /** 世帯類型 of the household on `today` (1 高齢者, 2 母子, 3 障害者, 4 傷病者, 5 その他), fixed by its shape. */
  householdType: '1' | '2' | '3' | '4' | '5';
  /** Every fifth household applies; of those, most are started. */
  application?: { applicationDate: string; start: boolean; livelihood: number };
}

const SHAPES = ['elderly-single', 'elderly-couple', 'single-mother', 'disabled', 'sick', 'other-single', 'other-family'] as const;
/** Each shape makes one 世帯類型: ages are exact on `today` (bornAged), members as the shape says. */
const TYPE_OF_SHAPE = {
  'elderly-single': '1', 'elderly-couple': '1', 'single-mother': '2', disabled: '3', sick: '4', 'other-single': '5', 'other-family': '5',
} as const satisfies Record<(typeof SHAPES)[number], GeneratedHousehold['householdType']>;
const MUNICIPALITY_LIST = Object.values(MUNICIPALITIES);
/** Members of generated households take serials from 1,000,000 on, so they never meet the demo's numbers. */
const SERIAL_BASE = 1_000_000;

/** The households of `generated:<n>` as plain data: deterministic in (n, seed, today). */
export function generateHouseholds(n: number, options: GeneratedOptions = {}): GeneratedHousehold[] {
  const random = prng(options.seed ?? 1);
  const today = options.today ?? '2026-04-01';
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const givenNames = { '1': RESERVED_GIVEN_NAMES.filter((g) => g.sex === '1'), '2': RESERVED_GIVEN_NAMES.filter((g) => g.sex === '2') };
  const given = (sex: '1' | '2') => pick(givenNames[sex]);
  let serial = SERIAL_BASE;
  const households: GeneratedHousehold[] = [];
  for (let i = 0; i < n; i++) {
    const family = pick(RESERVED_FAMILY_NAMES);
    const shape = pick(SHAPES);
    const m = pick(MUNICIPALITY_LIST);
    const people: { g: ReservedGivenName; age: number; relationship: string; extra?: Record<string, unknown> }[] = [];
    const headSex: '1' | '2' = shape === 'single-mother' ? '2' : random() < 0.5 ? '1' : '2';
    const headAge = shape.startsWith('elderly') ? int(65, 95) : shape === 'single-mother' ? int(20, 50) : int(20, 64);
    const headExtra = shape === 'disabled' ? { disabilityAddition: pick(['1', '2']) } : shape === 'sick' ? { livingArrangement: pick(['02', '03']) } : {};
    people.push({ g: given(headSex), age: headAge, relationship: '01', extra: headExtra });
    if (shape === 'elderly-couple') people.push({ g: given(headSex === '1' ? '2' : '1'), age: int(65, 95), relationship: '02' });
    if (shape === 'other-family') people.push({ g: given(headSex === '1' ? '2' : '1'), age: int(20, 64), relationship: '02' });
    if (shape === 'single-mother' || shape === 'other-family') {
      for (let c = int(1, 3); c > 0; c--) people.push({ g: given(random() < 0.5 ? '1' : '2'), age: int(0, Math.min(17, headAge - 18)), relationship: '03' });
    }
    const members = people.map((p) => {
      serial += 1;
      return {
        addressNumber: testAddressNumber(serial), name: personName(family, p.g), birthDate: bornAged(today, p.age, int(1, 298)), sex: p.g.sex,
        relationship: p.relationship, myNumber: testMyNumber(serial), livingArrangement: '01', workStatus: p.age >= 18 ? pick(['0', '0', '3', '5', '6']) : '0',
        ...(p.age >= 65 ? { careInsuranceInsured: true } : {}), ...p.extra,
      };
    });
    const body = {
      lgCode: m.lgCode, address: { postalCode: m.postalCode, lgCode: m.lgCode, text: `見本町${int(1, 9)}丁目${int(1, 30)}番${int(1, 20)}号` },
      grade: m.grade, winterRegion: m.winterRegion, section: `第${int(1, 4)}係`, assignedCaseworker: `caseworker-${int(1, 2)}`, monthlyRent: int(20, 70) * 1000, members,
    };
    const applies = i % 5 === 0;
    households.push({
      body,
      householdType: TYPE_OF_SHAPE[shape],
      ...(applies ? { application: { applicationDate: addDays(today, -int(20, 400)), start: random() < 0.8, livelihood: 60_000 + 30_000 * members.length } } : {}),
    });
  }
  return households;
}
