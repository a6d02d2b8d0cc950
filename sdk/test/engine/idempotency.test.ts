import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore } from '../../src/engine/idempotency.ts';
import { expectProblem, setup } from '../support/engine-harness.ts';
import { householdInput } from '../support/toy-adapter.ts';

const key = (k: string) => ({ 'idempotency-key': k });

describe('engine: Idempotency-Key', () => {
  it('replays the stored response for the same key and body, creating once', async () => {
    const { call, toy } = setup();
    const first = await call('createHousehold', { role: 'caseworker', headers: key('k-1'), body: householdInput() });
    const again = await call('createHousehold', { role: 'caseworker', headers: key('k-1'), body: householdInput() });
    expect(first.status).toBe(201);
    expect(again).toEqual(first);
    expect(toy.households.size).toBe(1);
  });

  it('answers 422 idempotency-key-reused for the same key with a different body', async () => {
    const { call, toy } = setup();
    await call('createHousehold', { role: 'caseworker', headers: key('k-2'), body: householdInput() });
    expectProblem(await call('createHousehold', { role: 'caseworker', headers: key('k-2'), body: householdInput({ section: '第二係' }) }), 422, 'idempotency-key-reused');
    expect(toy.households.size).toBe(1);
  });

  it('treats a key as fresh after a refused attempt, and without a key creates each time', async () => {
    const { call, toy } = setup();
    expectProblem(await call('createHousehold', { role: 'caseworker', headers: key('k-3'), body: householdInput({ members: [] }) }), 400, 'validation-failed');
    expect((await call('createHousehold', { role: 'caseworker', headers: key('k-3'), body: householdInput() })).status).toBe(201);
    await call('createHousehold', { role: 'caseworker', body: householdInput() });
    await call('createHousehold', { role: 'caseworker', body: householdInput() });
    expect(toy.households.size).toBe(3);
  });

  it('keeps keys of different staff apart', async () => {
    const { call, toy } = setup();
    await call('createHousehold', { role: 'caseworker', headers: key('shared'), body: householdInput() });
    const other = await call('createHousehold', { role: 'supervisor', headers: key('shared'), body: householdInput() });
    expect(other.status).toBe(201);
    expect(toy.households.size).toBe(2);
  });

  it('runs concurrent retries with one key once', async () => {
    const { call, toy } = setup();
    const [a, b] = await Promise.all([
      call('createHousehold', { role: 'caseworker', headers: key('k-4'), body: householdInput() }),
      call('createHousehold', { role: 'caseworker', headers: key('k-4'), body: householdInput() }),
    ]);
    expect(a).toEqual(b);
    expect(toy.households.size).toBe(1);
  });

  it('uses a given store, and the memory store forgets the oldest beyond its bound', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 2 });
    const { call, toy } = setup({ idempotency: store });
    for (const k of ['a', 'b', 'c']) await call('createHousehold', { role: 'caseworker', headers: key(k), body: householdInput() });
    expect(await store.get('staff-caseworker\na')).toBeUndefined();
    expect(await store.get('staff-caseworker\nc')).toMatchObject({ response: { status: 201 } });
    await call('createHousehold', { role: 'caseworker', headers: key('c'), body: householdInput() });
    expect(toy.households.size).toBe(3);
  });
});
