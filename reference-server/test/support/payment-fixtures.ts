import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createAjv } from '@hogo-kit/spec';
import type { Edition } from '@hogo-kit/sdk';
import { buildApp, type AppOptions } from '../../src/app.ts';
import type { Store } from '../../src/store/store.ts';
import { newId } from '../../src/support/ids.ts';

/**
 * Fixtures for areas 05 and 10: protected households and decisions written straight into the store, shaped
 * exactly as the Household / Decision / SupportObligor response schemas (checked against the edition's schemas
 * on the way in), so payment and claim tests do not depend on the order in which areas 01–03 are built.
 */

/** The fixed "now" of the payment and claim tests: 2026-04-01 10:00 JST. */
export const NOW = () => new Date('2026-04-01T01:00:00Z');
export const auth = (role: string) => ({ authorization: `Bearer dev-${role}` });
export const paymentApp = (options: AppOptions = {}) => buildApp({ now: NOW, docs: false, ...options });

const LG_CODE = '131016';
const CREATED = '2026-01-10T00:00:00.000Z';

const validators = new Map<Edition, ReturnType<typeof createAjv>>();
function validator(edition: Edition) {
  let ajv = validators.get(edition);
  if (!ajv) {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('@hogo-kit/spec')), '..', 'dist', edition, 'schemas');
    ajv = createAjv();
    for (const file of readdirSync(dir)) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object);
    validators.set(edition, ajv);
  }
  return ajv;
}

/** Throws when a fixture record does not match its response schema. */
export function assertShape(edition: Edition, schema: string, value: unknown): void {
  const validate = validator(edition).getSchema(`${schema}.json`)!;
  if (!validate(value)) throw new Error(`fixture ${schema} does not match its schema: ${JSON.stringify(validate.errors)}`);
}

export interface FujoItem { fujoType: string; monthlyAmount: number; inKind: boolean }

/** 生活扶助 70,000 + 住宅扶助 40,000 in cash, 医療扶助 in kind. */
export const STANDARD_FUJO: FujoItem[] = [
  { fujoType: '01', monthlyAmount: 70000, inKind: false },
  { fujoType: '03', monthlyAmount: 40000, inKind: false },
  { fujoType: '04', monthlyAmount: 0, inKind: true },
];

export interface HouseholdFixture {
  section?: string;
  assignedCaseworker?: string;
  protectionStatus?: 'none' | 'protected' | 'suspended' | 'discontinued' | 'transferred';
  family?: string;
}

export async function seedHousehold(store: Store, edition: Edition, f: HouseholdFixture = {}): Promise<string> {
  return store.transact((tx) => {
    const householdId = newId(tx, 'H');
    const household = {
      householdId,
      caseNumber: `C${householdId.slice(2)}`,
      lgCode: LG_CODE,
      address: { lgCode: LG_CODE, text: '千代田一丁目1番1号', postalCode: '100-0001' },
      grade: '1-1',
      winterRegion: 'VI',
      protectionStatus: f.protectionStatus ?? 'none',
      section: f.section ?? '第一係',
      assignedCaseworker: f.assignedCaseworker ?? 'caseworker-1',
      members: [
        { memberId: `${householdId}-M1`, name: { family: f.family ?? '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' }, birthDate: '1970-05-10', sex: '1', relationship: '01' },
        { memberId: `${householdId}-M2`, name: { family: f.family ?? '山田', given: '花子' }, birthDate: '1972-03-01', sex: '2', relationship: '02' },
      ],
    };
    assertShape(edition, 'Household', household);
    tx.put('Household', householdId, household);
    return householdId;
  });
}

export interface DecisionFixture {
  type: 'start' | 'change' | 'suspend' | 'resume' | 'discontinue' | 'reject';
  effectiveOn?: string;
  fujo?: FujoItem[];
  transfer?: boolean;
}

const STATUS_AFTER: Record<DecisionFixture['type'], string | undefined> = {
  start: 'protected', change: 'protected', resume: 'protected', suspend: 'suspended', discontinue: 'discontinued', reject: undefined,
};

/** A decision of the household, and the household's protectionStatus moved as the case flow says. */
export async function seedDecision(store: Store, edition: Edition, householdId: string, f: DecisionFixture): Promise<string> {
  return store.transact((tx) => {
    const decisionId = newId(tx, 'D');
    const on = f.effectiveOn ?? '2026-01-01';
    const decision = {
      decisionId,
      householdId,
      type: f.type,
      origin: f.type === 'start' || f.type === 'reject' ? 'application' : 'ex-officio',
      decidedOn: on,
      notifiedOn: on,
      ...(f.type !== 'reject' ? { effectiveOn: on } : { rejectionReason: '01' }),
      reasonText: '要保護状態の確認による。',
      ...(f.type === 'start' ? { startReason: '01' } : {}),
      ...(f.type === 'discontinue' ? { discontinuationReason: f.transfer ? '13' : '01' } : {}),
      ...(f.type === 'start' || f.type === 'change' ? { fujoBreakdown: f.fujo ?? STANDARD_FUJO } : {}),
      ...(f.transfer ? { transfer: { destinationLgCode: '011002', movedOn: on } } : {}),
      decidedBy: 'caseworker-1',
      createdAt: `${on}T01:00:00.000Z`,
    };
    assertShape(edition, 'Decision', decision);
    tx.put('Decision', decisionId, decision);
    const status = f.transfer ? 'transferred' : STATUS_AFTER[f.type];
    const household = tx.get<Record<string, unknown>>('Household', householdId)!.value;
    if (status) tx.put('Household', householdId, { ...household, protectionStatus: status, ...(f.type === 'start' ? { startedOn: on } : {}) });
    return decisionId;
  });
}

/** A household in protection from `effectiveOn` (default 2026-01-01) with the given cash items. */
export async function seedProtected(store: Store, edition: Edition, fujo: FujoItem[] = STANDARD_FUJO, effectiveOn = '2026-01-01', h: HouseholdFixture = {}) {
  const householdId = await seedHousehold(store, edition, h);
  const decisionId = await seedDecision(store, edition, householdId, { type: 'start', effectiveOn, fujo });
  return { householdId, decisionId };
}

/** A person liable for support (扶養義務者) of the household. */
export async function seedObligor(store: Store, edition: Edition, householdId: string): Promise<string> {
  return store.transact((tx) => {
    const obligorId = newId(tx, 'SO');
    const obligor = {
      obligorId,
      householdId,
      memberId: `${householdId}-M1`,
      name: { family: '山田', given: '一郎' },
      kinship: '長男',
      category: '1',
      supportInquiryStatus: 'answered',
      recordedAt: CREATED,
    };
    assertShape(edition, 'SupportObligor', obligor);
    tx.put('SupportObligor', obligorId, obligor);
    return obligorId;
  });
}

/** A stored case calculation (area 04) whose `payment` is the entitlement. */
export async function seedCalculation(store: Store, householdId: string, payment: number): Promise<string> {
  return store.transact((tx) => {
    const calculationId = newId(tx, 'CALC');
    tx.put('CalculationResult', calculationId, { calculationId, householdId, payment });
    return calculationId;
  });
}

type Injectable = Awaited<ReturnType<typeof buildApp>>['app'];

/** One request as `role` (dev token); answers status, JSON body and headers. */
export async function call(app: Injectable, method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, role: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await app.inject({ method, url, headers: { ...auth(role), ...headers }, ...(body !== undefined ? { payload: body as object } : {}) });
  return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as any) : undefined, headers: res.headers };
}

/** A 78 claim of the household (principal within what was paid) ready for a deduction agreement. */
export const claimInput = (householdId: string, overrides: Record<string, unknown> = {}) => ({
  householdId,
  basis: '78',
  periodFrom: '2026-01',
  periodTo: '2026-01',
  principalAmount: 50000,
  assessedOn: '2026-02-10',
  dueDate: '2026-03-10',
  reason: '就労収入の未申告による不正受給（2026年1月分）。',
  ...overrides,
});

export const agreementInput = (overrides: Record<string, unknown> = {}) => ({
  requestedOn: '2026-02-15',
  monthlyAmount: 10000,
  startMonth: '2026-03',
  livelihoodConfirmed: true,
  documentReference: '申出-2026-001',
  ...overrides,
});

export const BANK = { bankCode: '0001', branchCode: '001', accountType: '1', accountNumber: '1234567', accountHolderKana: 'ヤマダ タロウ' };
