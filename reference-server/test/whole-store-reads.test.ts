/**
 * Operations that walk every household must read each collection a fixed number of times per request, not once per
 * household: asking the store for a household's decisions household by household made オンライン資格確認の登録データ
 * and the tax survey through the linkage quadratic (a generated store of 8,000 households took 0.76 s and 0.58 s,
 * and minutes at 100,000), and the overdue-visit list read the visit plans and visits once per household. Counted
 * without a clock: the whole-collection reads (all, select, scan, count, records) of the store and of its
 * transactions, by collection, at two sizes of the same generated data.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { Store, Transaction } from '../src/store/store.ts';

const WHOLE_READS = new Set(['all', 'select', 'scan', 'count', 'records']);

/** Counts whole-collection reads of the store and of every transaction it runs, by collection name. */
function countReads(store: Store): Map<string, number> {
  const counts = new Map<string, number>();
  const note = (collection: unknown) => counts.set(String(collection), (counts.get(String(collection)) ?? 0) + 1);
  for (const name of WHOLE_READS) {
    const original = (store as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!.bind(store);
    vi.spyOn(store as unknown as Record<string, (...args: unknown[]) => unknown>, name).mockImplementation((...args: unknown[]) => {
      note(args[0]);
      return original(...args);
    });
  }
  const transact = store.transact.bind(store);
  vi.spyOn(store, 'transact').mockImplementation((fn) => transact((tx) => fn(new Proxy(tx, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      if (typeof value !== 'function') return value;
      if (!WHOLE_READS.has(String(property))) return value.bind(target);
      return (...args: unknown[]) => {
        note(args[0]);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Transaction)));
  return counts;
}

/** A request that walks every household, and a collection of per-household records it reads (the generated data has them). */
type Walk = { method: 'GET' | 'POST'; url: (month: string) => string; token: string; payload?: (month: string, store: Store) => unknown; reads: string };

/** The reads of one request against a fresh server with `households` generated households. */
async function readsOf(households: number, walk: Walk): Promise<{ status: number; reads: Map<string, number> }> {
  const ref = await buildApp({ edition: '2.1', seed: `generated:${households}`, docs: false });
  const month = ref.clock.today().slice(0, 7);
  const payload = walk.payload?.(month, ref.store) as object | undefined;
  const reads = countReads(ref.store);
  const res = await ref.app.inject({ method: walk.method, url: walk.url(month), headers: { authorization: `Bearer ${walk.token}` }, ...(payload ? { payload } : {}) });
  vi.restoreAllMocks();
  await ref.app.close();
  return { status: res.statusCode, reads };
}

const WALKS: Record<string, Walk> = {
  'オンライン資格確認の登録データ GET /online-eligibility': { method: 'GET', url: (m) => `/online-eligibility?month=${m}`, token: 'dev-medical-clerk', reads: 'Decision' },
  '課税調査（庁内連携） POST /tax-surveys': {
    method: 'POST', url: () => '/tax-surveys', token: 'dev-caseworker', reads: 'Decision',
    payload: (m) => ({ incomeYear: Number(m.slice(0, 4)) - 1, fetchFromLinkedSystem: true }),
  },
  '課税調査（課税資料をすべての世帯員に） POST /tax-surveys': {
    method: 'POST', url: () => '/tax-surveys', token: 'dev-caseworker', reads: 'Household',
    payload: (m, store) => {
      const memberIds: string[] = [];
      store.scan<{ members: { memberId: string }[] }>('Household', (h) => memberIds.push(...h.members.map((x) => x.memberId)));
      return { incomeYear: Number(m.slice(0, 4)) - 1, taxRecords: memberIds.map((memberId) => ({ memberId, salaryIncome: 1_000_000 })) };
    },
  },
  '月次統計 GET /statistics/monthly/{month}': { method: 'GET', url: (m) => `/statistics/monthly/${m}`, token: 'dev-supervisor', reads: 'Decision' },
  '年次統計 GET /statistics/annual/{year}': { method: 'GET', url: (m) => `/statistics/annual/${Number(m.slice(0, 4)) - 1}`, token: 'dev-supervisor', reads: 'Decision' },
  '訪問の遅れ GET /visits/overdue': { method: 'GET', url: () => '/visits/overdue?limit=200', token: 'dev-caseworker', reads: 'VisitPlan' },
  '支給処理 POST /payment-runs': { method: 'POST', url: () => '/payment-runs', token: 'dev-accountant', payload: (m) => ({ month: m, paymentDate: `${m}-01` }), reads: 'Decision' },
  'データの出力 GET /migration/export': { method: 'GET', url: () => '/migration/export', token: 'dev-manager', reads: 'Decision' },
};

describe('operations over every household read each collection a fixed number of times', () => {
  for (const [name, walk] of Object.entries(WALKS)) {
    it(name, async () => {
      const [small, large] = [await readsOf(30, walk), await readsOf(90, walk)];
      expect(small.status, name).toBeLessThan(300);
      expect(large.status, name).toBe(small.status);
      expect(small.reads.get(walk.reads) ?? 0, `${name} reads ${walk.reads}`).toBeGreaterThan(0);
      expect(Object.fromEntries(large.reads), name).toEqual(Object.fromEntries(small.reads));
      for (const [collection, n] of large.reads) expect(n, `${name}: ${collection}`).toBeLessThanOrEqual(3);
    }, 60_000);
  }
});
