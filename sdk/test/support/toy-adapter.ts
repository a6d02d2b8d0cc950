/**
 * A small in-memory adapter for tests: households and members, with versions (ETag), If-Match,
 * 個人番号 masking by role and a CSV extraction. Shared by the engine, fastify and msw tests.
 */
import { reply, type AdapterContext, type HogoAdapter, type SuccessBody } from '../../src/adapter/types.ts';
import type { Principal, TokenVerifier } from '../../src/engine/types.ts';
import { notFound, preconditionFailed, unprocessable } from '../../src/errors.ts';
import type { operations } from '../../src/generated/openapi-21.ts';

type Household = SuccessBody<operations['getHousehold']>;
type Member = SuccessBody<operations['getMember']>;

/** One token per role: "token-<role>" → staff "staff-<role>". */
export const ROLES = ['intake', 'caseworker', 'supervisor', 'manager', 'medical-clerk', 'accountant', 'system-admin', 'linkage'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF: Record<string, Principal> = Object.fromEntries(
  ROLES.map((role) => [`token-${role}`, { staffId: `staff-${role}`, roles: [role] }]),
);
export const verifyToken: TokenVerifier = (token) => STAFF[token] ?? null;
export const auth = (role: Role) => ({ authorization: `Bearer token-${role}` });

/** Roles that may see 個人番号 in full (Member.myNumber x-visible-to). */
const MY_NUMBER_VISIBLE_TO = ['caseworker', 'supervisor', 'manager'];
export const MASKED = '************';

/** A valid 地方公共団体コード (千代田区) and 個人番号 (check digits correct). */
export const LG_CODE = '131016';
export const MY_NUMBER = '123456789018';

export const memberInput = (over: Record<string, unknown> = {}) => ({
  name: { family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' },
  birthDate: '1960-04-01',
  sex: '1',
  relationship: '01',
  myNumber: MY_NUMBER,
  ...over,
});

export const householdInput = (over: Record<string, unknown> = {}) => ({
  lgCode: LG_CODE,
  address: { lgCode: LG_CODE, text: '千代田一丁目1番1号' },
  grade: '1-1',
  winterRegion: 'VI',
  section: '第一係',
  members: [memberInput()],
  ...over,
});

export const declaration = (edition: '2.0' | '2.1' = '2.1') => ({
  edition,
  product: { name: 'Toy', vendor: 'hogo-kit tests', version: '0.0.0', build: 'test' },
  options: [],
  declaredAt: '2025-04-01T00:00:00Z',
});

export function createToyAdapter() {
  const households = new Map<string, { household: Household; version: number }>();
  let nextId = 1;
  const newId = (prefix: string) => `${prefix}${String(nextId++).padStart(4, '0')}`;
  const etagOf = (id: string) => `"${id}-v${households.get(id)?.version ?? 0}"`;

  const maskMember = (member: Member, ctx: AdapterContext): Member =>
    member.myNumber === undefined || ctx.principal.roles.some((r) => MY_NUMBER_VISIBLE_TO.includes(r)) ? member : { ...member, myNumber: MASKED };
  const view = (household: Household, ctx: AdapterContext): Household => ({ ...household, members: household.members.map((m) => maskMember(m, ctx)) });
  const find = (householdId: string) => {
    const found = households.get(householdId);
    if (!found) throw notFound({ ja: '世帯', en: 'household' });
    return found;
  };

  const adapter = {
    async createHousehold({ body }, ctx) {
      if (body.members.filter((m) => m.relationship === '01').length !== 1) {
        throw unprocessable('head-of-household', { ja: '世帯主はちょうど1人です。', en: 'Exactly one member must be the head of household.' });
      }
      const householdId = newId('H');
      const household: Household = { ...body, householdId, protectionStatus: 'none', members: body.members.map((m) => ({ ...m, memberId: newId('M'), viewingRestricted: false })) };
      households.set(householdId, { household, version: 1 });
      return reply(view(household, ctx), { etag: etagOf(householdId) });
    },
    async getHousehold({ path }, ctx) {
      return reply(view(find(path.householdId).household, ctx), { etag: etagOf(path.householdId) });
    },
    async updateHousehold({ path, body }, ctx) {
      const found = find(path.householdId);
      if (ctx.ifMatch !== etagOf(path.householdId)) throw preconditionFailed();
      found.household = { ...found.household, ...body };
      found.version += 1;
      return reply(view(found.household, ctx), { etag: etagOf(path.householdId) });
    },
    async listHouseholds({ query }, ctx) {
      const all = [...households.values()].map((h) => h.household)
        .filter((h) => query.section === undefined || h.section === query.section)
        .filter((h) => query.protectionStatus === undefined || h.protectionStatus === query.protectionStatus);
      const start = Number(query.cursor ?? 0);
      const limit = query.limit ?? 50;
      const items = all.slice(start, start + limit).map((h) => view(h, ctx));
      return { items, nextCursor: start + limit < all.length ? String(start + limit) : null };
    },
    async addMember({ path, body }, ctx) {
      const found = find(path.householdId);
      if (body.relationship === '01') throw unprocessable('head-of-household', { ja: '世帯主は既にいます。', en: 'The household already has a head.' });
      const member: Member = { ...body, memberId: newId('M'), viewingRestricted: false };
      found.household = { ...found.household, members: [...found.household.members, member] };
      found.version += 1;
      return maskMember(member, ctx);
    },
    async getMember({ path }, ctx) {
      for (const { household } of households.values()) {
        const member = household.members.find((m) => m.memberId === path.memberId);
        if (member) return maskMember(member, ctx);
      }
      throw notFound({ ja: '世帯員', en: 'member' });
    },
    async createExtraction({ body }) {
      const values: Record<string, (h: Household) => string> = {
        'household-id': (h) => h.householdId,
        section: (h) => h.section ?? '',
        grade: (h) => h.grade,
        'member-count': (h) => String(h.members.length),
      };
      const rows = [...households.values()].map((h) => h.household)
        .filter((h) => !body.householdIds || body.householdIds.includes(h.householdId))
        .map((h) => body.items.map((item) => values[item]?.(h) ?? '').join(','));
      return [body.items.join(','), ...rows].map((row) => `${row}\r\n`).join('');
    },
  } satisfies Partial<HogoAdapter>;

  return { adapter, households };
}
