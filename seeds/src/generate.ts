import type { SeedApi } from './api.ts';
import { addDays, bornAged } from './dates.ts';
import { personName, RESERVED_FAMILY_NAMES, RESERVED_GIVEN_NAMES, type ReservedGivenName } from './names.ts';
import { MUNICIPALITIES, testAddressNumber, testMyNumber } from './numbers.ts';
import { SeedRun, type SeedReport } from './run.ts';

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
  /** Every fifth household applies; of those, most are started. */
  application?: { applicationDate: string; start: boolean; livelihood: number };
}

const SHAPES = ['elderly-single', 'elderly-couple', 'single-mother', 'disabled', 'sick', 'other-single', 'other-family'] as const;
const MUNICIPALITY_LIST = Object.values(MUNICIPALITIES);
/** Members of generated households take serials from 1,000,000 on, so they never meet the demo's numbers. */
const SERIAL_BASE = 1_000_000;

/** The households of `generated:<n>` as plain data: deterministic in (n, seed, today). */
export function generateHouseholds(n: number, options: GeneratedOptions = {}): GeneratedHousehold[] {
  const random = prng(options.seed ?? 1);
  const today = options.today ?? '2026-04-01';
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const given = (sex: '1' | '2') => pick(RESERVED_GIVEN_NAMES.filter((g) => g.sex === sex));
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
      ...(applies ? { application: { applicationDate: addDays(today, -int(20, 400)), start: random() < 0.8, livelihood: 60_000 + 30_000 * members.length } } : {}),
    });
  }
  return households;
}

/** Loads `generated:<n>` through the API: households with members, and for every fifth an application and its decision. */
export async function seedGenerated(api: SeedApi, n: number, options: GeneratedOptions = {}): Promise<SeedReport> {
  const run = new SeedRun(`generated:${n}`, api);
  let applicationsServed = true;
  for (const [i, h] of generateHouseholds(n, options).entries()) {
    const created = await run.step(`household ${i + 1}`, {}, () => run.call('createHousehold', { body: h.body }, 'intake'));
    if (!created) continue;
    const householdId = (created as { householdId: string }).householdId;
    run.households[String(i + 1)] = householdId;
    if (!h.application || !applicationsServed) continue;
    const { applicationDate, start, livelihood } = h.application;
    const head = (h.body.members as { name: unknown; birthDate: string }[])[0]!;
    const applicationId = await run.step(`household ${i + 1}: application`, {}, async () =>
      (await run.call('createApplication', { body: {
        applicationDate, applicantRelation: '1', householdId, personInNeed: { name: head.name, birthDate: head.birthDate, address: h.body.address },
        reason: '収入の減少により生活に困窮しているため。', assetStatus: 'なし。', incomeStatus: 'なし。', workOrJobSearchStatus: '求職中。', supportStatus: '不明。', otherBenefitStatus: 'なし。',
      } }, 'intake')).applicationId as string);
    if (!applicationId) {
      applicationsServed = run.steps.at(-1)?.status !== 'skipped';
      continue;
    }
    await run.step(`household ${i + 1}: decision`, {}, () =>
      run.call('decideApplication', { path: { applicationId }, body: start
        ? { type: 'start', decidedOn: addDays(applicationDate, 10), effectiveOn: applicationDate, startReason: '06', reasonText: '最低生活費に満たないため開始する。',
            fujoBreakdown: [{ fujoType: '01', monthlyAmount: livelihood, inKind: false }, { fujoType: '03', monthlyAmount: h.body.monthlyRent as number, inKind: false }] }
        : { type: 'reject', decidedOn: addDays(applicationDate, 10), rejectionReason: '01', reasonText: '収入が最低生活費を上回るため却下する。' } }, 'caseworker'));
  }
  return run.report();
}
