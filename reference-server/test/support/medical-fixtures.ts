/**
 * Fixtures for areas 08, 09, 11 and 12: households and their decisions written straight into the store, shaped
 * exactly as the Household and Decision schemas say (as createHousehold and the decision operations would store
 * them), so that protection periods, 介護扶助 grants and household types are known to the day.
 */
import type { components } from '@hogo-kit/sdk';
import { buildApp, type AppOptions } from '../../src/app.ts';
import type { Store } from '../../src/store/store.ts';
import { newId } from '../../src/support/ids.ts';

type Household = components['schemas']['Household'];
type Member = components['schemas']['Member'];
type Decision = components['schemas']['Decision'];
type FujoItem = components['schemas']['DecisionFujoItem'];

/** 2026-04-01 10:00 JST. */
export const NOW = () => new Date('2026-04-01T01:00:00Z');
export const LG_CODE = '131016';

export const LIVING = { fujoType: '01', monthlyAmount: 70_000, inKind: false } as FujoItem;
export const HOUSING = { fujoType: '03', monthlyAmount: 50_000, inKind: false } as FujoItem;
export const MEDICAL = { fujoType: '04', monthlyAmount: 0, inKind: true } as FujoItem;
export const CARE = { fujoType: '05', monthlyAmount: 0, inKind: true } as FujoItem;
export const EDUCATION = { fujoType: '02', monthlyAmount: 5_000, inKind: false } as FujoItem;

export type MemberSeed = Partial<Omit<Member, 'memberId'>> & Pick<Member, 'birthDate' | 'sex' | 'relationship'>;
export interface DecisionSeed {
  type: 'start' | 'change' | 'suspend' | 'resume' | 'discontinue';
  effectiveOn: string;
  fujo?: FujoItem[];
}
export interface HouseholdSeed {
  members: MemberSeed[];
  decisions?: DecisionSeed[];
  section?: string;
  assignedCaseworker?: string;
}

const STATUS_AFTER = { start: 'protected', change: undefined, resume: 'protected', suspend: 'suspended', discontinue: 'discontinued' } as const;

/** Writes one household with its decisions; answers the stored household. */
export async function seedHousehold(store: Store, seed: HouseholdSeed): Promise<Household> {
  return store.transact((tx) => {
    const householdId = newId(tx, 'H');
    let protectionStatus: Household['protectionStatus'] = 'none';
    let startedOn: string | undefined;
    let endedOn: string | undefined;
    for (const [i, d] of (seed.decisions ?? []).entries()) {
      const decisionId = newId(tx, 'DEC');
      const decision: Decision = {
        decisionId,
        householdId,
        type: d.type,
        origin: 'ex-officio',
        decidedOn: d.effectiveOn,
        notifiedOn: d.effectiveOn,
        effectiveOn: d.effectiveOn,
        reasonText: 'テスト用の決定',
        ...(d.type === 'start' && { startReason: '06' }),
        ...(d.type === 'discontinue' && { discontinuationReason: '01' }),
        ...(d.fujo && { fujoBreakdown: d.fujo }),
        decidedBy: 'caseworker-1',
        createdAt: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`,
      } as Decision;
      tx.put('Decision', decisionId, decision);
      protectionStatus = STATUS_AFTER[d.type] ?? protectionStatus;
      if (d.type === 'start') [startedOn, endedOn] = [d.effectiveOn, undefined];
      if (d.type === 'discontinue') endedOn = d.effectiveOn;
    }
    const household: Household = {
      householdId,
      ...(startedOn && { caseNumber: householdId.replace('H-', '') }),
      lgCode: LG_CODE,
      address: { lgCode: LG_CODE, text: '千代田一丁目1番1号' },
      grade: '1-1',
      winterRegion: 'VI',
      protectionStatus,
      ...(seed.section !== undefined && { section: seed.section }),
      ...(seed.assignedCaseworker !== undefined && { assignedCaseworker: seed.assignedCaseworker }),
      members: seed.members.map((m, i) => ({ memberId: newId(tx, 'M'), name: { family: '試験', given: `${i + 1}郎` }, viewingRestricted: false, ...m }) as Member),
      ...(startedOn && { startedOn }),
      ...(endedOn && { endedOn }),
    } as Household;
    tx.put('Household', householdId, household);
    return household;
  });
}

/** Adds a decision to an existing household (what R3's operations would store), updating its status. */
export async function seedDecision(store: Store, householdId: string, d: DecisionSeed): Promise<Decision> {
  return store.transact((tx) => {
    const decisionId = newId(tx, 'DEC');
    const decision = {
      decisionId, householdId, type: d.type, origin: 'ex-officio', decidedOn: d.effectiveOn, notifiedOn: d.effectiveOn,
      effectiveOn: d.effectiveOn, reasonText: 'テスト用の決定', ...(d.fujo && { fujoBreakdown: d.fujo }),
      ...(d.type === 'discontinue' && { discontinuationReason: '01' }),
      decidedBy: 'caseworker-1', createdAt: new Date().toISOString(),
    } as Decision;
    tx.put('Decision', decisionId, decision);
    const household = tx.get<Household>('Household', householdId)!.value;
    const status = STATUS_AFTER[d.type];
    tx.put('Household', householdId, { ...household, ...(status && { protectionStatus: status }), ...(d.type === 'discontinue' && { endedOn: d.effectiveOn }) });
    return decision;
  });
}

/** A protected single person: started 2026-01-01 with 生活・住宅・医療扶助 (and 介護扶助 when care). */
export const protectedSingle = (member: Partial<MemberSeed> = {}, care = false): HouseholdSeed => ({
  members: [{ birthDate: '1960-06-15', sex: '1', relationship: '01', ...member }],
  decisions: [{ type: 'start', effectiveOn: '2026-01-01', fujo: [LIVING, HOUSING, MEDICAL, ...(care ? [CARE] : [])] }],
  section: '第一係',
  assignedCaseworker: 'caseworker-1',
});

/** A fresh server (edition 2.1 unless told) with request helpers over app.inject(). */
export async function medicalServer(options: AppOptions = {}) {
  const built = await buildApp({ now: NOW, docs: false, ...options });
  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown, role = 'medical-clerk', headers: Record<string, string> = {}) => {
    const res = await built.app.inject({ method, url, headers: { authorization: `Bearer dev-${role}`, ...headers }, ...(payload !== undefined && { payload: payload as object }) });
    return { status: res.statusCode, body: res.body ? res.json() : undefined, etag: res.headers.etag };
  };
  return {
    ...built,
    call,
    post: (url: string, payload: unknown, role?: string) => call('POST', url, payload, role),
    get: (url: string, role?: string) => call('GET', url, undefined, role),
    seed: (seed: HouseholdSeed) => seedHousehold(built.store, seed),
    decide: (householdId: string, d: DecisionSeed) => seedDecision(built.store, householdId, d),
    /** The store's content, to prove a refused request changed nothing. */
    snapshot: () => built.store.snapshot(),
  };
}
