import { describe, expect, it } from 'vitest';
import { createHogoEngine } from '../../src/engine/index.ts';
import { editionSchemas } from '../../src/engine/schemas.ts';
import { validateComponent } from '../../src/engine/validation.ts';
import { expectProblem, setup } from '../support/engine-harness.ts';
import { createToyAdapter, declaration, verifyToken } from '../support/toy-adapter.ts';

describe('engine: routes and defaults', () => {
  it('serves the adapter\'s operations plus getHealth and getDeclaration', () => {
    const { engine } = setup();
    expect(engine.edition).toBe('2.1');
    expect(engine.routes.map((r) => r.operationId).sort()).toEqual(
      ['addMember', 'createExtraction', 'createHousehold', 'getDeclaration', 'getHealth', 'getHousehold', 'getMember', 'listHouseholds', 'updateHousehold'],
    );
    expect(engine.routes).toContainEqual({ operationId: 'updateHousehold', method: 'PATCH', path: '/households/{householdId}' });
  });

  it('answers getHealth by default with a valid Health', async () => {
    const { call } = setup();
    const response = await call('getHealth');
    expect(response).toMatchObject({ status: 200, headers: { 'content-type': 'application/json' }, body: { status: 'ok' } });
    expect(validateComponent(editionSchemas('2.1'), 'Health', response.body)).toBeNull();
  });

  it('answers getDeclaration with options.declaration', async () => {
    const { call } = setup();
    const response = await call('getDeclaration', { role: 'system-admin' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(declaration('2.1'));
    expect(response.headers.etag).toBeDefined();
  });

  it('throws a clear error for an invalid declaration or one of another edition', () => {
    const { adapter } = createToyAdapter();
    expect(() => createHogoEngine(adapter, { edition: '2.1', verifyToken, declaration: { ...declaration(), options: ['x'] } })).toThrow(/not a valid Declaration.*\/options\/0/);
    expect(() => createHogoEngine(adapter, { edition: '2.1', verifyToken, declaration: declaration('2.0') })).toThrow(/edition 2.0.*2.1/);
  });

  it('accepts a class-based adapter and calls its methods with `this` bound', async () => {
    class HealthAdapter {
      private readonly state = 'degraded' as const;
      async getHealth() { return { status: this.state, checkedAt: '2025-04-01T00:00:00Z' }; }
    }
    const engine = createHogoEngine(new HealthAdapter(), { edition: '2.1', verifyToken });
    const response = await engine.handle({ operationId: 'getHealth', params: {}, query: {}, headers: {}, body: undefined, url: '/health' });
    expect(response.body).toEqual({ status: 'degraded', checkedAt: '2025-04-01T00:00:00Z' });
  });

  it('throws for an unknown edition or a missing verifier', () => {
    const { adapter } = createToyAdapter();
    expect(() => createHogoEngine(adapter, { edition: '3.0' as never, verifyToken })).toThrow(/edition must be one of 2.0, 2.1/);
    expect(() => createHogoEngine(adapter, { edition: '2.1' } as never)).toThrow(/verifyToken/);
  });

  it('does not serve getDeclaration without a declaration or an adapter method', async () => {
    const { adapter } = createToyAdapter();
    const engine = createHogoEngine(adapter, { edition: '2.1', verifyToken });
    expect(engine.routes.map((r) => r.operationId)).not.toContain('getDeclaration');
    expectProblem(await engine.handle({ operationId: 'getDeclaration', params: {}, query: {}, headers: {}, body: undefined, url: '/conformance' }), 404, 'not-found');
  });

  it('does not serve an operation absent from the edition (createComprehensiveInquiry in 2.0)', async () => {
    const stub = { createComprehensiveInquiry: async () => ({}) };
    const v20 = setup({ edition: '2.0', extra: stub });
    expect(v20.engine.routes.map((r) => r.operationId)).not.toContain('createComprehensiveInquiry');
    expectProblem(await v20.call('createComprehensiveInquiry', { role: 'caseworker' }), 404, 'not-found');
    const v21 = setup({ edition: '2.1', extra: stub });
    expect(v21.engine.routes.map((r) => r.operationId)).toContain('createComprehensiveInquiry');
  });

  it('answers CSV as a string with content-type text/csv', async () => {
    const { call, createHousehold } = setup();
    const { body } = await createHousehold();
    const response = await call('createExtraction', { role: 'caseworker', body: { unit: 'household', items: ['household-id', 'grade'] } });
    expect(response).toMatchObject({ status: 200, headers: { 'content-type': 'text/csv; charset=utf-8' } });
    expect(response.body).toBe(`household-id,grade\r\n${body.householdId},1-1\r\n`);
    expect(response.headers.etag).toBeUndefined();
  });

  it('renders transport problems in the Problem schema', () => {
    const { engine } = setup();
    const response = engine.problem({ status: 415, code: 'unsupported-media-type', title: { ja: '形式', en: 'Media type' } }, '/households');
    expect(expectProblem(response, 415, 'unsupported-media-type')).toMatchObject({ instance: '/households', detail: '形式' });
  });
});
