import { describe, expect, it } from 'vitest';
import { Store } from '../src/store/store.ts';

describe('Store', () => {
  it('commits the writes of a transaction that completes', async () => {
    const store = new Store();
    await store.transact((tx) => {
      tx.put('Thing', 'a', { n: 1 });
      expect(tx.get<{ n: number }>('Thing', 'a')?.value.n).toBe(1);
      expect(tx.next('seq')).toBe(1);
    });
    expect(store.get('Thing', 'a')).toEqual({ value: { n: 1 }, version: 1 });
    expect(store.peekSequence('seq')).toBe(2);
  });

  it('leaves the store exactly as it was when the transaction throws', async () => {
    const store = new Store();
    await store.transact((tx) => tx.put('Thing', 'a', { n: 1 }));
    const before = store.snapshot();
    await expect(store.transact((tx) => {
      tx.put('Thing', 'a', { n: 2 });
      tx.put('Thing', 'b', { n: 3 });
      tx.next('seq');
      throw new Error('guard refused');
    })).rejects.toThrow('guard refused');
    expect(store.snapshot()).toEqual(before);
  });

  it('hands out copies, so callers cannot change stored data by aliasing', async () => {
    const store = new Store();
    const value = { list: [1] };
    await store.transact((tx) => tx.put('Thing', 'a', value));
    value.list.push(2);
    store.get<{ list: number[] }>('Thing', 'a')!.value.list.push(3);
    expect(store.get('Thing', 'a')?.value).toEqual({ list: [1] });
  });

  it('runs transactions one after another, so a stale read never commits over a newer write', async () => {
    const store = new Store();
    await store.transact((tx) => tx.put('Thing', 'a', { n: 0 }));
    const bump = () => store.transact(async (tx) => {
      const n = tx.get<{ n: number }>('Thing', 'a')!.value.n;
      await new Promise((r) => setTimeout(r, 1));
      tx.put('Thing', 'a', { n: n + 1 });
    });
    await Promise.all(Array.from({ length: 20 }, bump));
    expect(store.get('Thing', 'a')).toMatchObject({ value: { n: 20 }, version: 21 });
  });
});

describe('Store bulk load (Transaction.replaceAll)', () => {
  const content = (records: Record<string, unknown>, sequences: Record<string, number> = {}) => ({
    collections: new Map([['Thing', new Map(Object.entries(records).map(([id, value]) => [id, { value, version: 1 }]))]]),
    sequences: new Map(Object.entries(sequences)),
  });

  it('replaces every collection and sequence on commit; reads and writes later in the transaction see the new content', async () => {
    const store = new Store();
    await store.transact((tx) => {
      tx.put('Old', 'x', { n: 0 });
      tx.next('old');
    });
    await store.transact((tx) => {
      tx.replaceAll(content({ a: { n: 1 }, b: { n: 2 } }, { 'id:T': 2 }));
      expect(tx.get('Old', 'x')).toBeUndefined();
      expect(tx.all('Thing').map((r) => r.value)).toEqual([{ n: 1 }, { n: 2 }]);
      expect(tx.next('id:T')).toBe(3);
      tx.put('Thing', 'b', { n: 22 });
    });
    expect(store.snapshot()).toEqual({
      collections: { Thing: { a: { value: { n: 1 }, version: 1 }, b: { value: { n: 22 }, version: 2 } } },
      sequences: { 'id:T': 3 },
    });
  });

  it('changes nothing when the transaction throws after it', async () => {
    const store = new Store();
    await store.transact((tx) => tx.put('Thing', 'a', { n: 1 }));
    const before = store.snapshot();
    await expect(store.transact((tx) => {
      tx.replaceAll(content({ z: { n: 9 } }, { seq: 5 }));
      throw new Error('refused after staging');
    })).rejects.toThrow('refused after staging');
    expect(store.snapshot()).toEqual(before);
  });

  it('takes the records over without copying them, and still hands out copies', async () => {
    const store = new Store();
    const value = { list: [1] };
    const loaded = content({ a: value });
    await store.transact((tx) => tx.replaceAll(loaded));
    store.get<{ list: number[] }>('Thing', 'a')!.value.list.push(3);
    expect(store.get('Thing', 'a')?.value).toEqual({ list: [1] });
    // Taken over, not copied: that is why the caller must not change what it handed over.
    value.list.push(2);
    expect(store.get('Thing', 'a')?.value).toEqual({ list: [1, 2] });
  });
});
