import { expect } from 'vitest';
import { buildApp, type AppOptions } from '../../src/app.ts';

/** Area 03's fixed "now": 2026-04-01 10:00 JST. */
export const NOW = () => new Date('2026-04-01T01:00:00Z');
/** 千代田区 and 大阪市 — 地方公共団体コード with correct check digits. */
export const LG_CODE = '131016';
export const OTHER_LG_CODE = '271004';
export const APPLIED_ON = '2026-03-01';

const auth = (role: string) => ({ authorization: `Bearer dev-${role}` });

export const fujo = [
  { fujoType: '01', monthlyAmount: 76_880, inKind: false },
  { fujoType: '03', monthlyAmount: 53_700, inKind: false },
];

/** A valid start decision on an application of APPLIED_ON, notified within 14 days. */
export const startBody = (overrides: Record<string, unknown> = {}) => ({
  type: 'start',
  decidedOn: '2026-03-10',
  effectiveOn: APPLIED_ON,
  reasonText: '収入及び資産が最低生活費に満たないため保護を開始します。',
  startReason: '06',
  fujoBreakdown: fujo,
  ...overrides,
});

export const rejectBody = (overrides: Record<string, unknown> = {}) => ({
  type: 'reject',
  decidedOn: '2026-03-10',
  reasonText: '預貯金が最低生活費の6か月分を上回るため申請を却下します。',
  rejectionReason: '02',
  ...overrides,
});

export const exOfficioBody = (overrides: Record<string, unknown> = {}) => ({
  decidedOn: '2026-03-20',
  effectiveOn: '2026-03-18',
  reasonText: '急迫した状況にあるため職権により保護を開始します。',
  urgencyText: '路上で倒れ救急搬送され、所持金がなく医療費の支払いができない。',
  startReason: '03',
  fujoBreakdown: [{ fujoType: '05', monthlyAmount: 0, inKind: true }],
  ...overrides,
});

/** A fresh server with helpers over app.inject(). */
export async function decisionServer(options: AppOptions = {}) {
  const built = await buildApp({ now: NOW, docs: false, ...options });
  const { app, store } = built;
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, role = 'caseworker') => {
    const res = await app.inject({ method, url, headers: auth(role), ...(payload !== undefined && { payload: payload as object }) });
    return { status: res.statusCode, body: res.body ? res.json() : undefined, etag: res.headers.etag };
  };
  const created = async (method: 'POST', url: string, payload: unknown) => {
    const res = await call(method, url, payload);
    if (res.status !== 201) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const helpers = {
    ...built,
    call,
    post: (url: string, payload: unknown, role?: string) => call('POST', url, payload, role),
    get: (url: string, role?: string) => call('GET', url, undefined, role),
    /** A single-member household in 千代田区 (protectionStatus none). */
    household: async (overrides: Record<string, unknown> = {}) =>
      created('POST', '/households', {
        lgCode: LG_CODE,
        address: { lgCode: LG_CODE, text: '千代田一丁目1番1号', postalCode: '100-0001' },
        grade: '1-1',
        winterRegion: 'VI',
        section: '第一係',
        members: [{ name: { family: '山田', given: '花子' }, birthDate: '1985-05-10', sex: '2', relationship: '01' }],
        ...overrides,
      }),
    /** An application of the household made on the date (written form, person in need applying). */
    application: async (householdId: string | undefined, applicationDate = APPLIED_ON) =>
      created('POST', '/applications', {
        applicationDate,
        applicantRelation: '1',
        ...(householdId !== undefined && { householdId }),
        personInNeed: { name: { family: '山田', given: '花子' }, birthDate: '1985-05-10', sex: '2', address: { lgCode: LG_CODE, text: '千代田一丁目1番1号' } },
        reason: '失業により収入がなくなった',
        assetStatus: '預金3万円',
        incomeStatus: 'なし',
        workOrJobSearchStatus: '求職中',
        supportStatus: '不明',
        otherBenefitStatus: 'なし',
      }),
    decide: (applicationId: string, body: unknown, role?: string) => call('POST', `/applications/${applicationId}/decision`, body, role),
    caseDecision: (householdId: string, body: unknown) => call('POST', `/households/${householdId}/decisions`, body),
    householdOf: (householdId: string) => store.get<Record<string, unknown>>('Household', householdId)!.value,
    /** Expects a refusal with the status (and code) and no change in the store. */
    refused: async (request: () => Promise<{ status: number; body: unknown }>, status: number, code?: string) => {
      const before = store.snapshot();
      const res = await request();
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      if (code) expect((res.body as { code?: string }).code).toBe(code);
      expect(store.snapshot()).toEqual(before);
      return res.body as { code: string; errors?: { pointer: string }[] };
    },
  };
  /** A household protected from APPLIED_ON by a start decision on an application (answers household id and decision). */
  const protectedCase = async (overrides: Record<string, unknown> = {}) => {
    const hh = await helpers.household(overrides);
    const app = await helpers.application(hh.householdId);
    const res = await helpers.decide(app.applicationId, startBody());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { householdId: hh.householdId as string, start: res.body, applicationId: app.applicationId as string };
  };
  return { ...helpers, protectedCase };
}

export type DecisionServer = Awaited<ReturnType<typeof decisionServer>>;

/** An ex-officio case decision body of the type. */
export const caseBody = (type: string, overrides: Record<string, unknown> = {}) => ({
  type,
  origin: 'ex-officio',
  decidedOn: '2026-03-25',
  effectiveOn: '2026-04-01',
  reasonText: `${type} の理由`,
  ...(type === 'discontinue' && { discontinuationReason: '04' }),
  ...(type === 'change' || type === 'resume' ? { fujoBreakdown: fujo } : {}),
  ...overrides,
});
