import { describe, expect, it } from 'vitest';
import requirements20 from '@hogo-kit/spec/dist/2.0/requirements.json' with { type: 'json' };
import requirements21 from '@hogo-kit/spec/dist/2.1/requirements.json' with { type: 'json' };
import type { Edition } from '@hogo-kit/sdk';
import type { AppOptions, ReferenceApp } from '../src/app.ts';
import { app13, householdInput, registerHousehold } from './support/13-data.ts';
import { call, claimInput, paymentApp, seedProtected } from './support/payment-fixtures.ts';

/**
 * The seeded defects switched outside the areas (src/app.ts, declaration.ts, support/tokens.ts, audit/log.ts, the
 * Idempotency-Key store): each makes the server answer wrongly through the API; `both` runs the same scenario on
 * a server without and with the mutant.
 */
async function both<T>(mutant: string, scenario: (ref: ReferenceApp) => Promise<T>, build: (o: AppOptions) => Promise<ReferenceApp> = app13): Promise<[T, T]> {
  return [await scenario(await build({})), await scenario(await build({ mutant }))];
}

const OPTIONS: Record<Edition, string[]> = Object.fromEntries(
  ([['2.0', requirements20], ['2.1', requirements21]] as const).map(([e, r]) => [e, r.filter((x) => x.class === 'option').map((x) => x.id)]),
) as Record<Edition, string[]>;

describe('authorisation and declaration mutants', () => {
  it('system-admin-has-case-roles (14.1.3, 14.1.2): the administrator reads households and registers one', async () => {
    const outcomes = await both('system-admin-has-case-roles', async ({ app }) => {
      await registerHousehold(app);
      return [(await call(app, 'GET', '/households/H-000001', 'system-admin')).status, (await call(app, 'POST', '/households', 'system-admin', householdInput())).status];
    });
    expect(outcomes).toEqual([[403, 403], [200, 201]]);
  });

  it('undeclared-option-answers (14.6.1): validate-only import answers although the declaration leaves 13.6.5 out', async () => {
    for (const edition of ['2.0', '2.1'] as const) {
      const outcomes = await both('undeclared-option-answers', async ({ app }) => {
        const dataSet = (await call(app, 'GET', '/migration/export', 'manager')).body;
        const declared = (await call(app, 'GET', '/conformance', 'manager')).body.options as string[];
        return [declared.includes('13.6.5'), (await call(app, 'POST', '/migration/import?mode=validate', 'manager', dataSet)).status];
      }, (o) => app13({ ...o, edition }));
      expect(outcomes).toEqual([[true, 201], [false, 201]]);
    }
  });

  it('declaration-unknown-option (14.6.2): the declaration names an option of the other edition', async () => {
    for (const edition of ['2.0', '2.1'] as const) {
      const [right, wrong] = await both('declaration-unknown-option', async ({ app }) => (await call(app, 'GET', '/conformance', 'manager')).body.options as string[], (o) => app13({ ...o, edition }));
      expect(right).toEqual(OPTIONS[edition]);
      expect(wrong.filter((id) => !OPTIONS[edition].includes(id))).toHaveLength(1);
    }
  });
});

describe('audit log mutants', () => {
  it('audit-entry-skipped (14.2.1, 14.2.2): registering, changing and reading a household leave no entry', async () => {
    const [right, wrong] = await both('audit-entry-skipped', async ({ app }) => {
      const { household, etag } = await registerHousehold(app);
      await call(app, 'PATCH', `/households/${household.householdId}`, 'caseworker', { section: '第二係' }, { 'if-match': etag });
      await call(app, 'GET', `/households/${household.householdId}`, 'caseworker');
      return (await call(app, 'GET', `/audit-log?householdId=${household.householdId}`, 'manager')).body.items.map((e: { operationId: string }) => e.operationId);
    });
    expect(right).toEqual(['createHousehold', 'updateHousehold', 'getHousehold']);
    expect(wrong).toEqual([]);
  });

  it('audit-chain-broken (14.2.4, 14.2.5): entries do not carry the previous hash, so the stored chain fails', async () => {
    const [right, wrong] = await both('audit-chain-broken', async ({ app }) => {
      await registerHousehold(app);
      await registerHousehold(app);
      const entries = (await call(app, 'GET', '/audit-log', 'manager')).body.items;
      const verified = (await call(app, 'POST', '/audit-log/verification', 'manager', {})).body;
      return { linked: entries[1].prevHash === entries[0].hash, valid: verified.valid, brokenAt: verified.brokenAt };
    });
    expect(right).toEqual({ linked: true, valid: true, brokenAt: null });
    expect(wrong).toEqual({ linked: false, valid: false, brokenAt: 2 });
  });
});

describe('Idempotency-Key mutants', () => {
  const key = (k: string) => ({ 'idempotency-key': k });

  it('double-payment-on-retry (05.1.5, 14.4.5, 14.4.6): a retried run pays everyone again, a retried registration registers twice', async () => {
    const run = { month: '2026-04', paymentDate: '2026-04-03' };
    const [right, wrong] = await both('double-payment-on-retry', async ({ app, store, env }) => {
      await seedProtected(store, env.edition);
      const first = await call(app, 'POST', '/payment-runs', 'accountant', run, key('run-1'));
      const retry = await call(app, 'POST', '/payment-runs', 'accountant', run, key('run-1'));
      const body = householdInput();
      const h1 = await call(app, 'POST', '/households', 'caseworker', body, key('hh-1'));
      const h2 = await call(app, 'POST', '/households', 'caseworker', body, key('hh-1'));
      const reused = await call(app, 'POST', '/households', 'caseworker', householdInput({ section: '第二係' }), key('hh-1'));
      const payments = (await call(app, 'GET', '/payments?month=2026-04', 'accountant')).body.items.length;
      return { sameRun: retry.body.runId === first.body.runId, retryStatus: retry.status, payments, sameHousehold: h1.body.householdId === h2.body.householdId, reused: reused.status };
    }, paymentApp);
    expect(right).toEqual({ sameRun: true, retryStatus: 201, payments: 1, sameHousehold: true, reused: 422 });
    expect(wrong).toEqual({ sameRun: false, retryStatus: 201, payments: 2, sameHousehold: false, reused: 201 });
  });

  it('occasional-retry-pays-twice (05.2.5): a retried occasional payment is recorded twice, other retries still replay', async () => {
    const [right, wrong] = await both('occasional-retry-pays-twice', async ({ app, store, env }) => {
      const { householdId, decisionId } = await seedProtected(store, env.edition);
      const body = { decisionId, item: 'furniture', items: [{ fujoType: '01', amount: 30000 }], month: '2026-04', paymentDate: '2026-04-03', reason: '転居に伴う家具什器の購入' };
      for (let i = 0; i < 2; i++) await call(app, 'POST', `/households/${householdId}/occasional-payments`, 'caseworker', body, key('occ-1'));
      const h1 = await call(app, 'POST', '/households', 'caseworker', householdInput(), key('hh-1'));
      const h2 = await call(app, 'POST', '/households', 'caseworker', householdInput(), key('hh-1'));
      return [(await call(app, 'GET', '/payments?kind=occasional', 'caseworker')).body.items.length, h1.body.householdId === h2.body.householdId];
    }, paymentApp);
    expect(right).toEqual([1, true]);
    expect(wrong).toEqual([2, true]);
  });

  it('claim-payment-retry-twice (10.2.9): a retried payment into a claim is recorded twice', async () => {
    const [right, wrong] = await both('claim-payment-retry-twice', async ({ app, store, env }) => {
      const { householdId } = await seedProtected(store, env.edition);
      await call(app, 'POST', '/payment-runs', 'accountant', { month: '2026-01', paymentDate: '2025-12-26' });
      const claimId = (await call(app, 'POST', '/claims', 'caseworker', claimInput(householdId))).body.claimId;
      const pay = () => call(app, 'POST', `/claims/${claimId}/payments`, 'accountant', { paidOn: '2026-03-01', method: 'payment-slip', amount: 1000 }, key('pay-1'));
      await pay();
      const retry = await pay();
      return [retry.status, retry.body.payments.length, retry.body.balance];
    }, paymentApp);
    expect(right).toEqual([200, 1, 49000]);
    expect(wrong).toEqual([200, 2, 48000]);
  });
});
