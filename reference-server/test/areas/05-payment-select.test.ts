import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';

/** Store.select, which the payment lists and runs use so that a large Payment collection is not copied whole. */
describe('Store.select', () => {
  it('answers clones of the matching records only, in insertion order, inside and outside a transaction', async () => {
    const store = new Store();
    await store.transact((tx) => {
      for (const [id, householdId] of [['P1', 'H1'], ['P2', 'H2'], ['P3', 'H1']] as const) tx.put('Payment', id, { paymentId: id, householdId, amount: 1 });
    });
    const mine = store.select<{ paymentId: string; householdId: string; amount: number }>('Payment', (p) => p.householdId === 'H1');
    expect(mine.map((r) => r.value.paymentId)).toEqual(['P1', 'P3']);
    mine[0]!.value.amount = 999;
    expect(store.get<{ amount: number }>('Payment', 'P1')?.value.amount).toBe(1);
    expect(store.select('Nothing', () => true)).toEqual([]);

    const seen = await store.transact((tx) => {
      tx.put('Payment', 'P4', { paymentId: 'P4', householdId: 'H1', amount: 2 });
      tx.put('Payment', 'P1', { paymentId: 'P1', householdId: 'H9', amount: 1 });
      return tx.select<{ paymentId: string; householdId: string }>('Payment', (p) => p.householdId === 'H1').map((r) => r.value.paymentId);
    });
    expect(seen).toEqual(['P3', 'P4']);
  });
});
