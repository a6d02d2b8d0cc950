import type { components } from '@hogo-kit/sdk';
import { expect } from 'vitest';
import { buildApp, type AppOptions } from '../../src/app.ts';

/** Areas 06 and 07: fixed "now" 2026-04-01 10:00 JST, so today is 2026-04-01. */
export const NOW = () => new Date('2026-04-01T01:00:00Z');
export const TODAY = '2026-04-01';
export const LG_CODE = '131016';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Decision = components['schemas']['Decision'];
/** A loosely typed JSON body of a response. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const member = (given: string, relationship = '01', birthDate = '1980-04-10') => ({
  name: { family: '佐藤', given },
  birthDate,
  sex: '1',
  relationship,
});

/** A fresh server and helpers over app.inject(); `as` is a dev token (`supervisor`, `supervisor-2` …). */
export async function caseworkServer(options: AppOptions = {}) {
  const built = await buildApp({ now: NOW, docs: false, ...options });
  const { app, store } = built;
  const call = async (method: Method, url: string, payload?: unknown, as = 'caseworker') => {
    const res = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer dev-${as}` },
      ...(payload !== undefined && { payload: payload as object }),
    });
    return { status: res.statusCode, body: (res.body ? res.json() : undefined) as Json, etag: res.headers.etag as string | undefined };
  };
  const post = (url: string, payload: unknown, as?: string) => call('POST', url, payload, as);
  const get = (url: string, as?: string) => call('GET', url, undefined, as);
  const created = async (url: string, payload: unknown, as?: string) => {
    const res = await post(url, payload, as);
    if (res.status !== 201) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  /** A household through createHousehold (one member unless given), in 第一係 with caseworker-1 in charge. */
  const household = async (overrides: Record<string, unknown> = {}) =>
    created('/households', {
      lgCode: LG_CODE,
      address: { lgCode: LG_CODE, text: '千代田一丁目1番1号' },
      grade: '1-1',
      winterRegion: 'VI',
      section: '第一係',
      assignedCaseworker: 'caseworker-1',
      members: [member('太郎')],
      ...overrides,
    });

  /** Puts a household's protection status as area 03's decisions would (fixture for 06.3.8). */
  const setProtectionStatus = (householdId: string, protectionStatus: string) =>
    store.transact((tx) => {
      const h = tx.get<Json>('Household', householdId)!;
      tx.put('Household', householdId, { ...h.value, protectionStatus });
    });

  /** Seeds a Decision (schema Decision) as area 03 would register it; answers its id. */
  const seedDecision = async (householdId: string, fields: Partial<Decision> = {}) => {
    const decisionId = `D-TEST-${String(store.counts().Decision ?? 0).padStart(3, '0')}`;
    const decision: Decision = {
      decisionId,
      householdId,
      type: 'discontinue',
      origin: 'ex-officio',
      decidedOn: '2026-03-25',
      notifiedOn: '2026-03-25',
      effectiveOn: '2026-03-31',
      reasonText: '就労収入の増加により最低生活費を上回るため保護を廃止します。',
      discontinuationReason: '04',
      decidedBy: 'caseworker-1',
      createdAt: '2026-03-25T01:00:00.000Z',
      ...fields,
    } as Decision;
    await store.transact((tx) => tx.put('Decision', decisionId, decision));
    return decisionId;
  };

  /** Expects a refusal with the status (and code) and proves the store did not change. */
  const refused = async (request: () => Promise<{ status: number; body: Json }>, status: number, code?: string, pointer?: string) => {
    const before = store.snapshot();
    const res = await request();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (code) expect(res.body.code).toBe(code);
    if (pointer) expect((res.body.errors as { pointer: string }[]).map((e) => e.pointer)).toContain(pointer);
    expect(store.snapshot()).toEqual(before);
    return res.body;
  };

  return { ...built, call, post, get, created, household, setProtectionStatus, seedDecision, refused };
}

export type CaseworkServer = Awaited<ReturnType<typeof caseworkServer>>;

export const caseRecordBody = (overrides: Record<string, unknown> = {}) => ({
  recordedOn: '2026-03-20',
  category: 'visit',
  title: '定期訪問',
  body: '居室は清潔に保たれていた。体調は良好とのこと。',
  ...overrides,
});
