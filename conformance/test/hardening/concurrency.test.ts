// Issue #7 (2): concurrency. Simultaneous conflicting updates of one household with the same ETag: exactly one
// wins, the rest are 412, and the household reads back as the winner left it. Simultaneous retries of one payment
// with the same Idempotency-Key pay once.
import type { ReferenceApp } from '@hogo-kit/reference-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectChainIntact, seededServer, storeDigest } from './support.ts';

let reference: ReferenceApp;
beforeAll(async () => {
  reference = await seededServer('2.1');
});
afterAll(async () => {
  expectChainIntact(reference);
  await reference.app.close();
});

const as = (role: string) => ({ authorization: `Bearer dev-${role}` });
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const records = (collection: string) => Object.values(reference.store.snapshot().collections[collection] ?? {}).map((s) => s.value as Json);

describe('concurrency', () => {
  it('lets exactly one of 50 simultaneous updates with the same If-Match win; the others get 412', async () => {
    const url = '/households/H-000001';
    const read = await reference.app.inject({ method: 'GET', url, headers: as('caseworker') });
    expect(read.statusCode, `GET ${url} should answer 200: ${read.body.slice(0, 200)}`).toBe(200);
    const etag = String(read.headers.etag);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      reference.app.inject({ method: 'PATCH', url, headers: { ...as('caseworker'), 'if-match': etag }, payload: { section: `競合${i}係` } })));
    const winners = answers.flatMap((a, i) => (a.statusCode >= 200 && a.statusCode < 300 ? [i] : []));
    expect(winners.length, `exactly one update should succeed, ${winners.length} did (statuses ${answers.map((a) => a.statusCode).join(',')})`).toBe(1);
    const losers = answers.filter((a) => a.statusCode !== answers[winners[0]!]!.statusCode).map((a) => a.statusCode);
    expect(losers, 'the other 49 should each answer 412').toEqual(Array(49).fill(412));
    const after = await reference.app.inject({ method: 'GET', url, headers: as('caseworker') });
    expect(after.json().section, 'the household should hold the winner\'s section').toBe(`競合${winners[0]}係`);
    expect(after.headers.etag, 'the ETag should be the one the winner was given').toBe(answers[winners[0]!]!.headers.etag);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('records one payment run for 30 simultaneous retries with the same Idempotency-Key', async () => {
    const runsBefore = records('PaymentRun').length;
    const body = { month: '2100-05', paymentDate: '2100-04-25' };
    const answers = await Promise.all(Array.from({ length: 30 }, () =>
      reference.app.inject({ method: 'POST', url: '/payment-runs', headers: { ...as('accountant'), 'idempotency-key': 'hardening-run-2100-05' }, payload: body })));
    expect(answers.map((a) => a.statusCode), 'every retry should answer 201 with the first answer').toEqual(Array(30).fill(201));
    const runIds = new Set(answers.map((a) => a.json().runId));
    expect(runIds.size, `all retries should answer the same run, got ${[...runIds].join(', ')}`).toBe(1);
    const runs = records('PaymentRun').filter((r) => r.month === '2100-05');
    expect(runs.length, 'one payment run of 2100-05 should be recorded').toBe(1);
    expect(records('PaymentRun').length).toBe(runsBefore + 1);
    const paid = records('Payment').filter((p) => p.runId === runs[0]!.runId).map((p) => p.householdId as string);
    expect(paid.length, 'the run should pay some protected households').toBeGreaterThan(0);
    expect(new Set(paid).size, `each household should be paid once by the run (${paid.join(', ')})`).toBe(paid.length);
  });

  it('records one occasional payment for 30 simultaneous retries with the same Idempotency-Key', async () => {
    const decision = records('Decision').find((d) => d.householdId === 'H-000001' && d.type === 'start');
    expect(decision, 'the demo household H-000001 should have a start decision').toBeDefined();
    const body = { decisionId: decision!.decisionId, item: 'furniture', items: [{ fujoType: '01', amount: 30_000 }], month: '2026-03', paymentDate: '2026-03-31', reason: '家具什器の購入（再送試験）' };
    const before = records('Payment').length;
    const send = () => reference.app.inject({ method: 'POST', url: '/households/H-000001/occasional-payments', headers: { ...as('caseworker'), 'idempotency-key': 'hardening-occasional-1' }, payload: body });
    const answers = await Promise.all(Array.from({ length: 30 }, send));
    expect(answers.map((a) => a.statusCode), `every retry should answer 201 (first: ${answers[0]!.body.slice(0, 200)})`).toEqual(Array(30).fill(201));
    expect(new Set(answers.map((a) => a.json().paymentId)).size, 'all retries should answer the same payment').toBe(1);
    expect(records('Payment').length, 'exactly one payment should be recorded').toBe(before + 1);
    const digest = storeDigest(reference);
    expect((await send()).statusCode, 'a later retry should still answer 201').toBe(201);
    expect(storeDigest(reference), 'a later retry should change nothing').toBe(digest);
  });
});
