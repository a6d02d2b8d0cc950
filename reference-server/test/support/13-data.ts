import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.ts';

/** The fixed "now" of area 13's tests: 2026-04-01 10:00 JST. */
export const NOW = () => new Date('2026-04-01T01:00:00Z');

export const auth = (role: string) => ({ authorization: `Bearer dev-${role}` });

export const app13 = (options: AppOptions = {}) => buildApp({ now: NOW, docs: false, ...options });

/** A 個人番号 with a correct check digit (番号法施行令第8条 / 総務省令第85号第5条) from its first 11 digits. */
export function myNumber(first11: string): string {
  const digits = [...first11].map(Number).reverse();
  const sum = digits.reduce((s, p, i) => s + p * (i + 1 <= 6 ? i + 2 : i + 1 - 5), 0);
  const r = sum % 11;
  return `${first11}${r <= 1 ? 0 : 11 - r}`;
}

/** 千代田区 (131016) — a 地方公共団体コード with a correct check digit. */
export const LG_CODE = '131016';

export const member = (overrides: Record<string, unknown> = {}) => ({
  name: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' },
  birthDate: '1985-05-10',
  sex: '2',
  relationship: '01',
  ...overrides,
});

/** A HouseholdInput: a single-member household in 千代田区 unless members are given. */
export const householdInput = (overrides: Record<string, unknown> = {}) => ({
  lgCode: LG_CODE,
  address: { lgCode: LG_CODE, text: '千代田一丁目1番1号', postalCode: '100-0001' },
  grade: '1-1',
  winterRegion: 'VI',
  section: '第一係',
  assignedCaseworker: 'caseworker-1',
  members: [member()],
  ...overrides,
});

/** Registers a household through the API (as a case worker unless told) and answers its body and ETag. */
export async function registerHousehold(app: FastifyInstance, body: unknown = householdInput(), role = 'caseworker') {
  const res = await app.inject({ method: 'POST', url: '/households', headers: auth(role), payload: body as object });
  if (res.statusCode !== 201) throw new Error(`createHousehold answered ${res.statusCode}: ${res.body}`);
  return { household: res.json(), etag: String(res.headers.etag) };
}
