import { describe, expect, it } from 'vitest';
import { componentSchema, operationContracts, prepareValidators, responseViolations, schemaViolations } from '../../src/schemas.ts';

describe('@hogo-kit/sdk/schemas', () => {
  it('holds an answer against its operation and status: success schema, Problem for errors, undeclared 2xx refused', () => {
    expect(responseViolations('2.1', 'getHealth', 200, { status: 'ok', checkedAt: '2026-11-22T00:00:00Z' })).toEqual([]);
    expect(responseViolations('2.1', 'getHealth', 200, { status: 'fine' }).map((v) => v.pointer)).toEqual(expect.arrayContaining(['/status', '/checkedAt']));
    expect(responseViolations('2.1', 'getHousehold', 404, { type: 'urn:x', title: 'なし', status: 404 })).toEqual([]);
    expect(responseViolations('2.1', 'getHousehold', 404, { message: 'x' }).length).toBeGreaterThan(0);
    expect(responseViolations('2.1', 'getHealth', 201, {})[0]?.message).toMatch(/not a response of getHealth/);
    expect(() => responseViolations('2.0', 'noSuchOperation', 200, {})).toThrow(/not in edition 2.0/);
  });

  it('gives each operation its contract: parameters and the request body schema with component refs', () => {
    const contracts = operationContracts('2.1');
    expect(contracts).toHaveLength(115);
    expect(operationContracts('2.0')).toHaveLength(96);
    const create = contracts.find((c) => c.operationId === 'createHousehold');
    expect(create).toMatchObject({ method: 'POST', path: '/households', body: { required: true, mediaType: 'application/json' } });
    expect(JSON.stringify(create?.body?.schema)).toMatch(/\.json"/);
    const get = contracts.find((c) => c.operationId === 'getHousehold');
    expect(get?.parameters.some((p) => p.name === 'householdId' && p.in === 'path' && p.required)).toBe(true);
    expect(get?.body).toBeUndefined();
  });

  it('validates a value against a component schema of the edition', () => {
    const health = componentSchema('2.1', 'Health')!;
    expect(schemaViolations('2.1', health, { status: 'ok', checkedAt: '2026-11-22T00:00:00Z' })).toEqual([]);
    expect(schemaViolations('2.1', health, { status: 'ok' })[0]?.pointer).toBe('/checkedAt');
    expect(componentSchema('2.1', 'Nothing')).toBeUndefined();
    // A schema that is only a reference validates as the component it names.
    expect(schemaViolations('2.1', { $ref: 'Health.json' }, { status: 'ok', checkedAt: '2026-11-22T00:00:00Z' })).toEqual([]);
    expect(schemaViolations('2.1', { $ref: 'Health.json' }, { status: 'ok' })[0]?.pointer).toBe('/checkedAt');
    expect(() => schemaViolations('2.1', { $ref: 'Nothing.json' }, {})).toThrow(/Nothing/);
  });

  it('prepareValidators: every operation, one per turn of the event loop, until told to stop; answers unchanged', async () => {
    expect(await prepareValidators('2.0', () => true)).toBe(0);
    let asked = 0;
    expect(await prepareValidators('2.0', () => ++asked > 3)).toBe(3);
    let otherWork = 0;
    const ticking = setInterval(() => otherWork++, 0);
    const prepared = await prepareValidators('2.0');
    clearInterval(ticking);
    expect(prepared).toBe(operationContracts('2.0').length);
    expect(otherWork).toBeGreaterThan(0); // it gave way between operations
    expect(responseViolations('2.0', 'getHealth', 200, { status: 'ok', checkedAt: '2026-11-22T00:00:00Z' })).toEqual([]);
    expect(responseViolations('2.0', 'getHealth', 200, { status: 'fine' }).length).toBeGreaterThan(0);
  });
});
