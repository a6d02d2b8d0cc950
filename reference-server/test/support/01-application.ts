import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.ts';
import type { Store } from '../../src/store/store.ts';

/** The fixed "now" of areas 01 and 02: 2026-04-01 10:00 JST (today = 2026-04-01, fiscal year 2026). */
export const NOW = () => new Date('2026-04-01T01:00:00Z');

export const auth = (role = 'caseworker') => ({ authorization: `Bearer dev-${role}` });

export const appFor = (options: AppOptions = {}) => buildApp({ now: NOW, docs: false, ...options });

/** 千代田区 (131016) and 檜原村 (134309): 地方公共団体コード with correct check digits. */
export const LG_CODE = '131016';
export const TOWN_LG_CODE = '134309';

export const personInNeed = (overrides: Record<string, unknown> = {}) => ({
  name: { family: '佐藤', given: '一郎', familyKana: 'サトウ', givenKana: 'イチロウ' },
  birthDate: '1960-07-01',
  sex: '1',
  address: { lgCode: LG_CODE, text: '千代田二丁目2番2号' },
  ...overrides,
});

/** A written application by the person in need with every item of 生活保護法第24条第1項. */
export const applicationInput = (overrides: Record<string, unknown> = {}) => ({
  applicationDate: '2026-03-20',
  applicantRelation: '1',
  personInNeed: personInNeed(),
  reason: '失業し、預貯金が尽きたため',
  assetStatus: '預金 3万円',
  incomeStatus: 'なし',
  workOrJobSearchStatus: 'ハローワークで求職中',
  supportStatus: '不明',
  otherBenefitStatus: 'なし',
  attachments: ['01', '02', '03'],
  ...overrides,
});

/** A consultation in which the person asked to apply and the application was taken. */
export const consultationInput = (overrides: Record<string, unknown> = {}) => ({
  consultedOn: '2026-03-19',
  method: '1',
  client: { name: { family: '佐藤', given: '一郎', familyKana: 'サトウ', givenKana: 'イチロウ' }, phone: '03-1234-5678' },
  clientIsPersonInNeed: true,
  mainComplaint: '失業して生活費がない',
  adviceGiven: '制度の説明を行った',
  applicationIntentExpressed: true,
  outcome: '1',
  ...overrides,
});

export async function post(app: FastifyInstance, url: string, payload: unknown, role = 'caseworker') {
  return app.inject({ method: 'POST', url, headers: auth(role), payload: payload as object });
}

export async function get(app: FastifyInstance, url: string, role = 'caseworker') {
  return app.inject({ method: 'GET', url, headers: auth(role) });
}

/** POSTs and answers the created/updated body, failing loudly on any other status. */
export async function ok(app: FastifyInstance, url: string, payload: unknown, role = 'caseworker') {
  const res = await post(app, url, payload, role);
  if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`POST ${url} answered ${res.statusCode}: ${res.body}`);
  return res.json();
}

export const createApplication = (app: FastifyInstance, overrides: Record<string, unknown> = {}) => ok(app, '/applications', applicationInput(overrides), 'intake');

/** Runs a request expected to be refused and proves the store did not change. */
export async function refusedWithoutChange(store: Store, run: () => Promise<{ statusCode: number; json(): unknown }>, status: number) {
  const before = store.snapshot();
  const res = await run();
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${JSON.stringify(res.json())}`);
  const after = store.snapshot();
  return { problem: res.json() as { code: string; errors?: { pointer: string }[] }, unchanged: JSON.stringify(before) === JSON.stringify(after) };
}

/** Puts an application into a final state directly (as decideApplication would), for the flow's illegal transitions. */
export async function forceStatus(store: Store, applicationId: string, status: 'started' | 'rejected') {
  await store.transact((tx) => {
    const record = tx.get<Record<string, unknown>>('Application', applicationId)!;
    tx.put('Application', applicationId, { ...record.value, status, decidedOn: '2026-03-25', decisionNotifiedOn: '2026-03-25' });
  });
}

/** Puts decisions that start and discontinue protection of a household directly into the store (as area 03 would). */
export async function protectedBetween(store: Store, householdId: string, startOn: string, discontinueOn?: string) {
  await store.transact((tx) => {
    const decision = (type: string, effectiveOn: string) => {
      const decisionId = `D-test-${type}-${householdId}`;
      tx.put('Decision', decisionId, { decisionId, householdId, type, origin: 'application', decidedOn: effectiveOn, notifiedOn: effectiveOn, effectiveOn, reasonText: 'test', decidedBy: 'caseworker-1', createdAt: `${effectiveOn}T00:00:00.000Z` });
    };
    decision('start', startOn);
    if (discontinueOn) decision('discontinue', discontinueOn);
  });
}

/** An Article 29 inquiry about the person in need of a household. */
export const inquiryInput = (overrides: Record<string, unknown> = {}) => ({
  targetType: '1',
  targetName: { family: '山田', given: '花子' },
  recipientType: '04',
  recipientName: 'みずほ銀行 千代田支店',
  items: ['02'],
  sentOn: '2026-03-21',
  answerDueDate: '2026-03-31',
  ...overrides,
});
