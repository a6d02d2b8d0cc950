import { describe, expect, it } from 'vitest';
import { CARE, EDUCATION, HOUSING, LIVING, MEDICAL, medicalServer } from '../support/medical-fixtures.ts';

const at = <T extends Record<string, unknown>>(rows: T[], key: keyof T, code: string) => rows.find((r) => r[key] === code);

/**
 * March 2026 (figures computed by hand below):
 * H1 高齢 single man (1950), protected since 2025-06 — 生活・住宅・医療, 第一係, a March 医療券
 * H2 母子 (mother 1990, daughter 2015), started 2026-03-10 — 生活・教育・住宅, 第二係, a cancelled 医療券
 * H3 障害 head (1980, 障害者加算), suspended from 2026-03-20 — 生活, 第一係
 * H4 傷病 head (1975, 入院) with wife, discontinued 2026-03-15 — 生活・医療・介護, no 係, a 医療券 and a 介護券
 * H5 その他 single (1985), discontinued 2026-03-01 (not protected in March)
 * H6 never protected
 */
async function march() {
  const s = await medicalServer();
  const h1 = await s.seed({ members: [{ birthDate: '1950-01-01', sex: '1', relationship: '01' }], decisions: [{ type: 'start', effectiveOn: '2025-06-01', fujo: [LIVING, HOUSING, MEDICAL] }], section: '第一係' });
  const h2 = await s.seed({ members: [{ birthDate: '1990-01-01', sex: '2', relationship: '01' }, { birthDate: '2015-05-05', sex: '2', relationship: '03' }], decisions: [{ type: 'start', effectiveOn: '2026-03-10', fujo: [LIVING, EDUCATION, HOUSING] }], section: '第二係' });
  await s.seed({ members: [{ birthDate: '1980-01-01', sex: '1', relationship: '01', disabilityAddition: '1' }], decisions: [{ type: 'start', effectiveOn: '2025-01-01', fujo: [LIVING] }, { type: 'suspend', effectiveOn: '2026-03-20' }], section: '第一係' });
  const h4 = await s.seed({ members: [{ birthDate: '1975-01-01', sex: '1', relationship: '01', livingArrangement: '02' }, { birthDate: '1976-01-01', sex: '2', relationship: '02' }], decisions: [{ type: 'start', effectiveOn: '2025-01-01', fujo: [LIVING, MEDICAL, CARE] }, { type: 'discontinue', effectiveOn: '2026-03-15' }] });
  await s.seed({ members: [{ birthDate: '1985-01-01', sex: '1', relationship: '01' }], decisions: [{ type: 'start', effectiveOn: '2025-01-01', fujo: [LIVING] }, { type: 'discontinue', effectiveOn: '2026-03-01' }] });
  await s.seed({ members: [{ birthDate: '1970-01-01', sex: '1', relationship: '01' }] });
  const ticket = (memberId: string, institutionCode: string) => ({ kind: '1', memberId, month: '2026-03', institutionCode, institutionType: '1' });
  expect((await s.post('/medical-tickets', ticket(h1.members[0]!.memberId, '1310000001'))).status).toBe(201);
  expect((await s.post('/medical-tickets', ticket(h4.members[0]!.memberId, '1310000001'))).status).toBe(201);
  const cancelled = await s.post('/medical-tickets', ticket(h2.members[0]!.memberId, '1310000001'));
  await s.post(`/medical-tickets/${cancelled.body.ticketId}/cancellation`, { reason: '誤発行' });
  expect((await s.post('/care-tickets', { memberId: h4.members[0]!.memberId, month: '2026-03', providerNumber: '1370000001', serviceType: '2' })).status).toBe(201);
  return { s, h1, h2, h4 };
}

describe('11.1 月次調査', () => {
  it('computes the month\'s figures from the data (11.1.1–11.1.7, 11.1.9, 11.3.1–11.3.5)', async () => {
    const { s } = await march();
    const res = await s.get('/statistics/monthly/2026-03', 'supervisor');
    expect(res.status).toBe(200);
    const m = res.body;
    expect(m).toMatchObject({
      month: '2026-03', dueDate: '2026-04-20', generatedAt: '2026-04-01T01:00:00.000Z',
      protectedHouseholds: 4, protectedPersons: 6, suspendedHouseholds: 1,
      startedHouseholds: 1, startedPersons: 2, discontinuedHouseholds: 2, discontinuedPersons: 3,
    });
    expect(m.byHouseholdType).toEqual([
      { householdType: '1', households: 1, persons: 1 },
      { householdType: '2', households: 1, persons: 2 },
      { householdType: '3', households: 1, persons: 1 },
      { householdType: '4', households: 1, persons: 2 },
      { householdType: '5', households: 0, persons: 0 },
    ]);
    expect(m.byFujoType).toEqual([
      { fujoType: '01', households: 4, persons: 6 },
      { fujoType: '02', households: 1, persons: 2 },
      { fujoType: '03', households: 2, persons: 3 },
      { fujoType: '04', households: 2, persons: 2 },
      { fujoType: '05', households: 1, persons: 1 },
      { fujoType: '06', households: 0, persons: 0 },
      { fujoType: '07', households: 0, persons: 0 },
      { fujoType: '08', households: 0, persons: 0 },
    ]);
    expect(m.bySection).toEqual([
      { section: '', households: 1, persons: 2 },
      { section: '第一係', households: 2, persons: 2 },
      { section: '第二係', households: 1, persons: 2 },
    ]);
  });

  it('gives the deadline as the 20th of the next month, across a year end (11.1.7)', async () => {
    const s = await medicalServer();
    expect((await s.get('/statistics/monthly/2025-12', 'manager')).body.dueDate).toBe('2026-01-20');
  });

  it('reflects decisions and tickets registered just before (11.1.8)', async () => {
    const { s, h1, h2 } = await march();
    const before = (await s.get('/statistics/monthly/2026-03', 'system-admin')).body;
    const t = await s.post('/medical-tickets', { kind: '1', memberId: h2.members[1]!.memberId, month: '2026-03', institutionCode: '1310000002', institutionType: '3' });
    await s.decide(h1.householdId, { type: 'discontinue', effectiveOn: '2026-03-31' });
    const fresh = await s.seed({ members: [{ birthDate: '2000-01-01', sex: '1', relationship: '01' }], decisions: [{ type: 'start', effectiveOn: '2026-03-31', fujo: [LIVING] }] });
    const after = (await s.get('/statistics/monthly/2026-03', 'system-admin')).body;
    expect(after.protectedHouseholds).toBe(before.protectedHouseholds + 1);
    expect(after.startedHouseholds).toBe(before.startedHouseholds + 1);
    expect(after.discontinuedHouseholds).toBe(before.discontinuedHouseholds + 1);
    expect(at(after.byFujoType, 'fujoType', '04')).toEqual({ fujoType: '04', households: 3, persons: 3 });
    expect(at(after.byHouseholdType, 'householdType', '5')).toEqual({ householdType: '5', households: 1, persons: 1 });
    await s.post(`/medical-tickets/${t.body.ticketId}/cancellation`, { reason: '誤発行' });
    expect(at((await s.get('/statistics/monthly/2026-03', 'system-admin')).body.byFujoType, 'fujoType', '04')).toEqual({ fujoType: '04', households: 2, persons: 2 });
    expect(fresh.householdId).toBeDefined();
  });

  it('refuses a month not yet begun (422), a malformed month (400) and staff outside the roles (403)', async () => {
    const s = await medicalServer();
    expect((await s.get('/statistics/monthly/2026-04', 'manager')).status).toBe(200);
    const future = await s.get('/statistics/monthly/2026-05', 'manager');
    expect(future.status).toBe(422);
    expect(future.body.errors[0].pointer).toBe('/path/month');
    expect((await s.get('/statistics/monthly/2026-13', 'manager')).status).toBe(400);
    expect((await s.get('/statistics/monthly/2026-03', 'caseworker')).status).toBe(403);
  });

  it('lists every code with zeros on an empty store, bySection empty', async () => {
    const s = await medicalServer({ edition: '2.0' });
    const m = (await s.get('/statistics/monthly/2026-03', 'manager')).body;
    expect(m.protectedHouseholds).toBe(0);
    expect(m.byHouseholdType).toHaveLength(5);
    expect(m.byFujoType).toHaveLength(8);
    expect(m.bySection).toEqual([]);
  });
});

describe('11.3 世帯類型', () => {
  it('derives the type by the precedence 高齢 → 母子 → 障害 → 傷病 → その他 as of the month end (11.3.2–11.3.5)', async () => {
    const s = await medicalServer();
    const start = [{ type: 'start' as const, effectiveOn: '2026-01-01', fujo: [LIVING] }];
    const seed = (members: Parameters<typeof s.seed>[0]['members']) => s.seed({ members, decisions: start });
    await seed([{ birthDate: '1961-03-31', sex: '1', relationship: '01' }, { birthDate: '2010-01-01', sex: '1', relationship: '07' }]); // 65 on 31 March + grandchild → 高齢
    await seed([{ birthDate: '1961-04-01', sex: '1', relationship: '01', disabilityAddition: '1' }]); // 64 → 障害
    await seed([{ birthDate: '1985-01-01', sex: '2', relationship: '01', disabilityAddition: '1' }, { birthDate: '2008-04-01', sex: '1', relationship: '03' }]); // child turns 18 on 1 April → 母子 precedes 障害
    await seed([{ birthDate: '1985-01-01', sex: '2', relationship: '01' }, { birthDate: '2008-03-31', sex: '1', relationship: '03' }]); // child 18 → その他
    await seed([{ birthDate: '1985-01-01', sex: '2', relationship: '01', livingArrangement: '03' }, { birthDate: '1986-01-01', sex: '1', relationship: '09' }, { birthDate: '2015-01-01', sex: '1', relationship: '03' }]); // 未届の夫 → not 母子; 精神入院 → 傷病
    const m = (await s.get('/statistics/monthly/2026-03', 'manager')).body;
    expect(m.byHouseholdType.map((r: { households: number }) => r.households)).toEqual([1, 1, 1, 1, 1]);
    expect(m.byHouseholdType.map((r: { persons: number }) => r.persons)).toEqual([2, 2, 1, 3, 2]);
  });
});

/**
 * 31 July 2025 (figures by hand):
 * A1 高齢 couple (man 1950-02-01 → 75, woman 1955-08-01 → 69), 非就労 / 居宅 ×2 — 生活・住宅・医療; a July 医療券 ending 20 July
 * A2 母子 (mother 1995-07-31 → 30, 常用(期間あり); girl 2020 → 5; boy 2022-08-01 → 2), started 2025-07-01 — 生活・教育
 * A3 その他, suspended from 2025-07-15
 * A4 discontinued on 2025-07-31
 * A5 傷病 (man 1960-12-31 → 64, 精神入院) — 生活・医療・介護; a July 医療券 and 介護券 valid on 31 July
 */
describe('11.2 年次調査', () => {
  it('computes the 31 July figures (11.2.1–11.2.7)', async () => {
    const s = await medicalServer();
    const a1 = await s.seed({ members: [{ birthDate: '1950-02-01', sex: '1', relationship: '01', workStatus: '0', livingArrangement: '01' }, { birthDate: '1955-08-01', sex: '2', relationship: '02', livingArrangement: '01' }], decisions: [{ type: 'start', effectiveOn: '2024-01-01', fujo: [LIVING, HOUSING, MEDICAL] }] });
    await s.seed({ members: [{ birthDate: '1995-07-31', sex: '2', relationship: '01', workStatus: '5' }, { birthDate: '2020-01-01', sex: '2', relationship: '03' }, { birthDate: '2022-08-01', sex: '1', relationship: '03' }], decisions: [{ type: 'start', effectiveOn: '2025-07-01', fujo: [LIVING, EDUCATION] }] });
    await s.seed({ members: [{ birthDate: '1990-01-01', sex: '1', relationship: '01' }], decisions: [{ type: 'start', effectiveOn: '2024-01-01', fujo: [LIVING] }, { type: 'suspend', effectiveOn: '2025-07-15' }] });
    await s.seed({ members: [{ birthDate: '1990-01-01', sex: '1', relationship: '01' }], decisions: [{ type: 'start', effectiveOn: '2024-01-01', fujo: [LIVING] }, { type: 'discontinue', effectiveOn: '2025-07-31' }] });
    const a5 = await s.seed({ members: [{ birthDate: '1960-12-31', sex: '1', relationship: '01', livingArrangement: '03' }], decisions: [{ type: 'start', effectiveOn: '2024-01-01', fujo: [LIVING, MEDICAL, CARE] }] });
    const ticket = (memberId: string, over = {}) => ({ kind: '1', memberId, month: '2025-07', institutionCode: '1310000001', institutionType: '1', ...over });
    expect((await s.post('/medical-tickets', ticket(a1.members[0]!.memberId, { validTo: '2025-07-20' }))).status).toBe(201);
    expect((await s.post('/medical-tickets', ticket(a5.members[0]!.memberId))).status).toBe(201);
    expect((await s.post('/care-tickets', { memberId: a5.members[0]!.memberId, month: '2025-07', providerNumber: '1370000001', serviceType: '2' })).status).toBe(201);

    const res = await s.get('/statistics/annual/2025', 'manager');
    expect(res.status).toBe(200);
    const y = res.body;
    expect(y).toMatchObject({ year: 2025, referenceDate: '2025-07-31', dueDate: '2025-08-31', protectedHouseholds: 3, protectedPersons: 6, suspendedHouseholds: 1, workStatusUnrecorded: 4, livingArrangementUnrecorded: 3 });
    expect(y.byHouseholdType).toEqual([
      { householdType: '1', households: 1, persons: 2 },
      { householdType: '2', households: 1, persons: 3 },
      { householdType: '3', households: 0, persons: 0 },
      { householdType: '4', households: 1, persons: 1 },
      { householdType: '5', households: 0, persons: 0 },
    ]);
    expect(y.byFujoType).toEqual([
      { fujoType: '01', households: 3, persons: 6 },
      { fujoType: '02', households: 1, persons: 3 },
      { fujoType: '03', households: 1, persons: 2 },
      { fujoType: '04', households: 1, persons: 1 },
      { fujoType: '05', households: 1, persons: 1 },
      { fujoType: '06', households: 0, persons: 0 },
      { fujoType: '07', households: 0, persons: 0 },
      { fujoType: '08', households: 0, persons: 0 },
    ]);
    expect(y.byHouseholdTypeAndSize).toHaveLength(30);
    expect(y.byHouseholdTypeAndSize.filter((r: { households: number }) => r.households > 0)).toEqual([
      { householdType: '1', size: 2, households: 1 },
      { householdType: '2', size: 3, households: 1 },
      { householdType: '4', size: 1, households: 1 },
    ]);
    expect(y.byAgeGroupAndSex).toHaveLength(54);
    expect(y.byAgeGroupAndSex.at(-1)).toEqual({ ageFrom: 85, ageTo: null, sex: '9', persons: 0 });
    expect(y.byAgeGroupAndSex.filter((r: { persons: number }) => r.persons > 0)).toEqual([
      { ageFrom: 0, ageTo: 4, sex: '1', persons: 1 },
      { ageFrom: 5, ageTo: 9, sex: '2', persons: 1 },
      { ageFrom: 30, ageTo: 34, sex: '2', persons: 1 },
      { ageFrom: 60, ageTo: 64, sex: '1', persons: 1 },
      { ageFrom: 65, ageTo: 69, sex: '2', persons: 1 },
      { ageFrom: 75, ageTo: 79, sex: '1', persons: 1 },
    ]);
    expect(y.byWorkStatus).toHaveLength(8);
    expect(y.byWorkStatus.filter((r: { persons: number }) => r.persons > 0)).toEqual([{ workStatus: '0', persons: 1 }, { workStatus: '5', persons: 1 }]);
    expect(y.byLivingArrangement).toHaveLength(9);
    expect(y.byLivingArrangement.filter((r: { persons: number }) => r.persons > 0)).toEqual([{ livingArrangement: '01', persons: 2 }, { livingArrangement: '03', persons: 1 }]);
  });

  it('refuses a year whose 31 July has not come (422) and a malformed year (400)', async () => {
    const s = await medicalServer();
    const res = await s.get('/statistics/annual/2026', 'supervisor');
    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('/path/year');
    expect((await s.get('/statistics/annual/25', 'supervisor')).status).toBe(400);
    expect((await s.get('/statistics/annual/2025', 'medical-clerk')).status).toBe(403);
  });
});
