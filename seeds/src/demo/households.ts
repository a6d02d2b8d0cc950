import { bornAged } from '../dates.ts';
import { familyName, givenName, personName } from '../names.ts';
import { MUNICIPALITIES, testAddressNumber, testMyNumber, type Municipality } from '../numbers.ts';

/** What happens to a demo household (the scenario its steps play). */
export type DemoScenario =
  | 'protected'
  | 'suspended'
  | 'suspended-resumed'
  | 'discontinued'
  | 'transferred'
  | 'ex-officio'
  | 'pending-near-limit'
  | 'pending-deemed-rejected'
  | 'rejected';

export interface DemoMember {
  given: string;
  age: number;
  relationship: string;
  extra?: Record<string, unknown>;
}

export interface DemoHousehold {
  key: string;
  /** 世帯類型 the members make (householdType code), for the tests and the README. */
  householdType: '1' | '2' | '3' | '4' | '5';
  scenario: DemoScenario;
  family: string;
  municipality: Municipality;
  section: string;
  caseworker: string;
  monthlyRent: number;
  members: DemoMember[];
  /** Monthly 生活扶助 granted on start (yen). */
  livelihood: number;
  /** Extra assistance granted on start besides 生活扶助 and 住宅扶助 (fujoType codes, in kind). */
  inKind?: string[];
}

/** The thirteen demo households: every 世帯類型 and every flow of the standard. */
export const DEMO_HOUSEHOLDS: readonly DemoHousehold[] = [
  { key: 'elderly-single', householdType: '1', scenario: 'protected', family: '見本', municipality: MUNICIPALITIES.chiyoda, section: '第1係', caseworker: 'caseworker-1', monthlyRent: 45_000, livelihood: 71_000, inKind: ['04'],
    members: [{ given: '春子', age: 77, relationship: '01', extra: { careInsuranceInsured: true, livingArrangement: '01', workStatus: '0' } }] },
  { key: 'elderly-couple', householdType: '1', scenario: 'protected', family: '試験', municipality: MUNICIPALITIES.shinjuku, section: '第1係', caseworker: 'caseworker-1', monthlyRent: 53_000, livelihood: 112_000, inKind: ['04', '05'],
    members: [
      { given: '一郎', age: 80, relationship: '01', extra: { careInsuranceInsured: true, workStatus: '0' } },
      { given: '花子', age: 76, relationship: '02', extra: { careInsuranceInsured: true, workStatus: '0' } },
    ] },
  { key: 'single-mother-alert', householdType: '2', scenario: 'protected', family: '架空', municipality: MUNICIPALITIES.yokohama, section: '第2係', caseworker: 'caseworker-2', monthlyRent: 56_000, livelihood: 138_000,
    members: [
      { given: '陽子', age: 34, relationship: '01', extra: { workStatus: '3' } },
      { given: '翔太', age: 9, relationship: '03' },
      { given: '見子', age: 5, relationship: '03' },
    ] },
  { key: 'single-mother-dv', householdType: '2', scenario: 'protected', family: '葛󠄀架空', municipality: MUNICIPALITIES.sapporo, section: '第2係', caseworker: 'caseworker-2', monthlyRent: 42_000, livelihood: 121_000,
    members: [
      { given: '冬美', age: 29, relationship: '01', extra: { workStatus: '0' } },
      { given: '健太', age: 3, relationship: '03' },
    ] },
  { key: 'disabled-head', householdType: '3', scenario: 'suspended-resumed', family: '髙試験', municipality: MUNICIPALITIES.kobe, section: '第1係', caseworker: 'caseworker-1', monthlyRent: 40_000, livelihood: 98_000, inKind: ['04'],
    members: [{ given: '次郎', age: 52, relationship: '01', extra: { disabilityAddition: '1', workStatus: '0' } }] },
  { key: 'sick-head', householdType: '4', scenario: 'ex-officio', family: '𠮷見本', municipality: MUNICIPALITIES.chiyoda, section: '第1係', caseworker: 'caseworker-1', monthlyRent: 60_000, livelihood: 120_000, inKind: ['04'],
    members: [
      { given: '三郎', age: 47, relationship: '01', extra: { livingArrangement: '02', workStatus: '0' } },
      { given: '秋子', age: 45, relationship: '02', extra: { workStatus: '6' } },
    ] },
  { key: 'other-claim', householdType: '5', scenario: 'protected', family: '模擬', municipality: MUNICIPALITIES.yonago, section: '第2係', caseworker: 'caseworker-2', monthlyRent: 38_000, livelihood: 152_000,
    members: [
      { given: '太郎', age: 41, relationship: '01', extra: { workStatus: '0' } },
      { given: '夏子', age: 39, relationship: '02', extra: { workStatus: '3' } },
      { given: '試男', age: 12, relationship: '03' },
    ] },
  { key: 'other-suspended', householdType: '5', scenario: 'suspended', family: '例題', municipality: MUNICIPALITIES.shinjuku, section: '第1係', caseworker: 'caseworker-1', monthlyRent: 50_000, livelihood: 76_000,
    members: [{ given: '健太', age: 58, relationship: '01', extra: { workStatus: '6' } }] },
  { key: 'other-discontinued', householdType: '5', scenario: 'discontinued', family: '検証', municipality: MUNICIPALITIES.yokohama, section: '第2係', caseworker: 'caseworker-2', monthlyRent: 46_000, livelihood: 78_000,
    members: [{ given: '辻󠄀夫', age: 62, relationship: '01', extra: { workStatus: '4' } }] },
  { key: 'elderly-transferred', householdType: '1', scenario: 'transferred', family: '見本﨑', municipality: MUNICIPALITIES.chiyoda, section: '第1係', caseworker: 'caseworker-1', monthlyRent: 44_000, livelihood: 71_000,
    members: [{ given: '夏子', age: 71, relationship: '01', extra: { careInsuranceInsured: true, workStatus: '0' } }] },
  { key: 'pending-near-limit', householdType: '5', scenario: 'pending-near-limit', family: '仮野', municipality: MUNICIPALITIES.kobe, section: '第2係', caseworker: 'caseworker-2', monthlyRent: 39_000, livelihood: 76_000,
    members: [{ given: '翔太', age: 36, relationship: '01', extra: { workStatus: '0' } }] },
  { key: 'pending-deemed-rejected', householdType: '5', scenario: 'pending-deemed-rejected', family: '𡈽模擬', municipality: MUNICIPALITIES.sapporo, section: '第1係', caseworker: 'caseworker-1', monthlyRent: 35_000, livelihood: 74_000,
    members: [{ given: '花子', age: 45, relationship: '01', extra: { workStatus: '0' } }] },
  { key: 'rejected', householdType: '5', scenario: 'rejected', family: '試作', municipality: MUNICIPALITIES.sapporo, section: '第2係', caseworker: 'caseworker-2', monthlyRent: 41_000, livelihood: 75_000,
    members: [{ given: '次郎', age: 50, relationship: '01', extra: { workStatus: '4' } }] },
];

/** The demo household with the given key. */
export function demoHousehold(key: string): DemoHousehold {
  const found = DEMO_HOUSEHOLDS.find((h) => h.key === key);
  if (!found) throw new Error(`no demo household ${key}`);
  return found;
}

/** The person who applies and withdraws without a household being registered (known to the linked systems only). */
export const DEMO_WITHDRAWN_APPLICANT = { family: '標本', given: '冬美', age: 40, addressNumber: testAddressNumber(900) };

/** Serial of a demo member in the number ranges: household index × 10 + member index + 1. */
export const demoSerial = (householdIndex: number, memberIndex: number) => householdIndex * 10 + memberIndex + 1;

/** The HouseholdInput body of a demo household, for `today`. */
export function demoHouseholdInput(h: DemoHousehold, index: number, today: string) {
  const family = familyName(h.family);
  return {
    lgCode: h.municipality.lgCode,
    address: { postalCode: h.municipality.postalCode, lgCode: h.municipality.lgCode, text: `見本町${index + 1}丁目${index + 2}番${index + 3}号 試験荘${101 + index}号室` },
    grade: h.municipality.grade,
    winterRegion: h.municipality.winterRegion,
    section: h.section,
    assignedCaseworker: h.caseworker,
    monthlyRent: h.monthlyRent,
    members: h.members.map((m, i) => {
      const given = givenName(m.given);
      return {
        addressNumber: testAddressNumber(demoSerial(index, i)),
        name: personName(family, given),
        birthDate: bornAged(today, m.age, 17 * index + 5 * i + 3),
        sex: given.sex,
        relationship: m.relationship,
        myNumber: testMyNumber(demoSerial(index, i)),
        livingArrangement: '01',
        ...m.extra,
      };
    }),
  };
}
