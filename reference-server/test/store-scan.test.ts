import { describe, expect, it } from 'vitest';
import { countWhere, recordsWhere, Store, valuesWhere, type Reader } from '../src/store/store.ts';

type Thing = { n: number; tags: string[]; inner: { label: string } };
const thing = (n: number): Thing => ({ n, tags: [`t${n}`], inner: { label: `L${n}` } });

async function storeOf(...ns: number[]): Promise<Store> {
  const store = new Store();
  await store.transact((tx) => { for (const n of ns) tx.put('Thing', `id${n}`, thing(n)); });
  return store;
}

const seen = (reader: { scan: Store['scan'] }) => {
  const out: [string, number][] = [];
  reader.scan<Thing>('Thing', (value, id) => { out.push([id, value.n]); });
  return out;
};

describe('Store.scan and Store.count (read-only walks, nothing copied)', () => {
  it('visits every record with its id in insertion order, and counts with and without a condition', async () => {
    const store = await storeOf(3, 1, 2);
    expect(seen(store)).toEqual([['id3', 3], ['id1', 1], ['id2', 2]]);
    expect(store.count('Thing')).toBe(3);
    expect(store.count<Thing>('Thing', (t) => t.n >= 2)).toBe(2);
    expect(store.count('Nothing')).toBe(0);
    expect(seen({ scan: (c, v) => store.scan(c, v) })).toHaveLength(3);
  });

  it('hands out values that cannot be changed, at any depth, and the store keeps what was written', async () => {
    const store = await storeOf(1);
    const attempts: (() => void)[] = [];
    store.scan<Thing>('Thing', (value) => {
      const open = value as Thing;
      attempts.push(() => { open.n = 99; }, () => { open.tags.push('x'); }, () => { open.inner.label = 'changed'; });
    });
    expect(attempts, 'scan should have visited the record').toHaveLength(3);
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    let visits = 0;
    store.count<Thing>('Thing', (t) => { visits++; expect(() => { (t as Thing).tags[0] = 'y'; }).toThrow(TypeError); return true; });
    store.select<Thing>('Thing', (t) => { visits++; expect(() => { (t as Thing).inner.label = 'z'; }).toThrow(TypeError); return true; });
    expect(visits, 'count and select should each have shown the record to their condition').toBe(2);
    expect(store.get('Thing', 'id1')?.value).toEqual(thing(1));
  });

  it('still hands out copies that the caller may change from get, all and select after a walk', async () => {
    const store = await storeOf(1);
    store.scan('Thing', () => undefined);
    const [viaAll] = store.all<Thing>('Thing');
    viaAll!.value.tags.push('from all');
    const [viaSelect] = store.select<Thing>('Thing', () => true);
    viaSelect!.value.inner.label = 'from select';
    const viaGet = store.get<Thing>('Thing', 'id1')!;
    viaGet.value.n = 7;
    expect(store.get('Thing', 'id1')).toEqual({ value: thing(1), version: 1 });
  });

  it('inside a transaction sees its own writes (a changed record in its place, new ones last) and nothing else sees them', async () => {
    const store = await storeOf(1, 2, 3);
    await store.transact((tx) => {
      tx.put('Thing', 'id2', thing(20));
      tx.put('Thing', 'id4', thing(4));
      expect(seen(tx)).toEqual([['id1', 1], ['id2', 20], ['id3', 3], ['id4', 4]]);
      expect(tx.count<Thing>('Thing', (t) => t.n > 3)).toBe(2);
      expect(tx.count('Thing')).toBe(4);
      expect(seen(store)).toEqual([['id1', 1], ['id2', 2], ['id3', 3]]);
      expect(store.count<Thing>('Thing', (t) => t.n > 3)).toBe(0);
    });
    expect(seen(store)).toEqual([['id1', 1], ['id2', 20], ['id3', 3], ['id4', 4]]);
  });

  it('forgets the writes of a transaction that throws', async () => {
    const store = await storeOf(1);
    await expect(store.transact((tx) => {
      tx.put('Thing', 'id1', thing(10));
      tx.put('Thing', 'id2', thing(2));
      tx.scan('Thing', () => undefined);
      throw new Error('refused');
    })).rejects.toThrow('refused');
    expect(seen(store)).toEqual([['id1', 1]]);
    expect(store.count('Thing')).toBe(1);
  });

  it('after replaceAll walks the new content with later writes on top', async () => {
    const store = await storeOf(1, 2);
    await store.transact((tx) => {
      tx.replaceAll({ collections: new Map([['Thing', new Map([['id9', { value: thing(9), version: 1 }]])]]), sequences: new Map() });
      tx.put('Thing', 'id8', thing(8));
      expect(seen(tx)).toEqual([['id9', 9], ['id8', 8]]);
      expect(tx.count('Thing')).toBe(2);
    });
    expect(store.count('Thing')).toBe(2);
  });

  it('a transaction cannot change its own staged writes through a walk', async () => {
    const store = new Store();
    await store.transact((tx) => {
      tx.put('Thing', 'a', thing(1));
      let visits = 0;
      tx.scan<Thing>('Thing', (t) => { visits++; expect(() => { (t as Thing).n = 5; }).toThrow(TypeError); });
      expect(visits, 'the walk should have shown the staged record').toBe(1);
      expect(tx.get<Thing>('Thing', 'a')?.value.n).toBe(1);
    });
    expect(store.get<Thing>('Thing', 'a')?.value.n).toBe(1);
  });
});

describe('countWhere and recordsWhere on any reader', () => {
  it('answer the same through a Store and through a reader that only has get and all', async () => {
    const store = await storeOf(1, 2, 3);
    const plain: Reader = { get: (c, id) => store.get(c, id), all: (c) => store.all(c), peekSequence: (n) => store.peekSequence(n) };
    const odd = (t: Readonly<Thing>) => t.n % 2 === 1;
    expect(countWhere(store, 'Thing', odd)).toBe(2);
    expect(countWhere(plain, 'Thing', odd)).toBe(2);
    expect(recordsWhere(plain, 'Thing', odd).map((r) => r.value)).toEqual([thing(1), thing(3)]);
    expect(recordsWhere(store, 'Thing', odd).map((r) => r.value)).toEqual([thing(1), thing(3)]);
  });
});

describe('Store.records (the stored records, frozen, for answers that only serialise them)', () => {
  it('gives every record with its version in insertion order, the same objects each time, none changeable', async () => {
    const store = await storeOf(2, 1);
    const first = store.records<Thing>('Thing');
    expect(first.map((r) => [r.value.n, r.version])).toEqual([[2, 1], [1, 1]]);
    expect(store.records<Thing>('Thing')[0]).toBe(first[0]);
    expect(() => { (first[0] as { version: number }).version = 9; }).toThrow(TypeError);
    expect(() => { (first[0]!.value as Thing).inner.label = 'changed'; }).toThrow(TypeError);
    expect(store.records('Nothing')).toEqual([]);
  });

  it('keeps what it gave as it was when the record is written again, and a transaction sees its own writes', async () => {
    const store = await storeOf(1);
    const before = store.records<Thing>('Thing')[0]!;
    await store.transact((tx) => {
      tx.put('Thing', 'id1', thing(5));
      tx.put('Thing', 'id7', thing(7));
      expect(tx.records<Thing>('Thing').map((r) => [r.value.n, r.version])).toEqual([[5, 2], [7, 1]]);
    });
    expect([before.value.n, before.version]).toEqual([1, 1]);
    expect(store.records<Thing>('Thing').map((r) => r.value.n)).toEqual([5, 7]);
  });
});

describe('valuesWhere (values as stored for answers that only read them)', () => {
  it('gives the values that satisfy the condition, frozen and not copied, in insertion order; copies from a reader without records', async () => {
    const store = await storeOf(3, 1, 2);
    const found = valuesWhere<Thing>(store, 'Thing', (t) => t.n >= 2);
    expect(found.map((t) => t.n)).toEqual([3, 2]);
    expect(found[0]).toBe(store.records<Thing>('Thing')[0]!.value);
    expect(() => { (found[0] as Thing).n = 9; }).toThrow(TypeError);
    const plain: Reader = { get: (c, id) => store.get(c, id), all: (c) => store.all(c), peekSequence: (n) => store.peekSequence(n) };
    const copies = valuesWhere<Thing>(plain, 'Thing', (t) => t.n === 1);
    expect(copies).toEqual([thing(1)]);
    (copies[0] as Thing).n = 5;
    expect(store.get<Thing>('Thing', 'id1')!.value.n).toBe(1);
  });
});
