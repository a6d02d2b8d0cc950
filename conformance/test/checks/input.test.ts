import { describe, expect, it } from 'vitest';
import { generatedInputChecks } from '../../src/checks/input/generated-input.ts';
import { invalidBodies, seedOf } from '../../src/checks/input/mutations.ts';
import { sampleValid } from '../../src/checks/input/sample.ts';
import { operationContracts, schemaViolations } from '@hogo-kit/sdk/schemas';
import { EDITIONS } from '@hogo-kit/sdk';
import { describeChecks } from '../support/area-suite.ts';

describe('generated invalid input', () => {
  it.each([...EDITIONS])('builds a schema-valid base for every operation with a body, and only schema-breaking faults from it (%s)', (edition) => {
    for (const contract of operationContracts(edition).filter((c) => c.body)) {
      const base = sampleValid(edition, contract.body!.schema, { householdId: 'H-1' });
      expect(base, contract.operationId).toBeDefined();
      const faults = invalidBodies(edition, contract.body!.schema, base, seedOf(contract.operationId), 6);
      expect(faults[0]?.kind).toBe('malformed-json');
      expect(() => JSON.parse(faults[0]!.raw!)).toThrow();
      expect(faults.length, contract.operationId).toBeGreaterThanOrEqual(3);
      for (const fault of faults.slice(1)) {
        const body = fault.raw !== undefined ? JSON.parse(fault.raw) : fault.body;
        expect(schemaViolations(edition, contract.body!.schema, body).length, `${contract.operationId} ${fault.kind} ${fault.pointer}`).toBeGreaterThan(0);
      }
    }
  });

  it('sends one item named like an Object.prototype member where the body admits no unknown item', () => {
    const contract = operationContracts('2.1').find((c) => c.operationId === 'createHousehold')!;
    const base = sampleValid('2.1', contract.body!.schema) as Record<string, unknown>;
    const named = [1, 2, 3, 4, 5].map((seed) => invalidBodies('2.1', contract.body!.schema, base, seed, 6)[1]!);
    for (const fault of named) {
      expect(fault.kind).toBe('unknown-item');
      const sent = JSON.parse(fault.raw!) as Record<string, unknown>;
      const name = fault.pointer.slice(1);
      expect(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']).toContain(name);
      expect(Object.hasOwn(sent, name), `${name} should be an own item of the body sent`).toBe(true);
      expect({ ...sent, [name]: undefined }).toEqual({ ...base, [name]: undefined });
    }
    expect(new Set(named.map((f) => f.pointer)).size, 'the name should vary with the seed').toBeGreaterThan(1);
    expect(invalidBodies('2.1', contract.body!.schema, base, 1, 6)).toHaveLength(6);
  });

  it('draws the same faults for the same seed (a failure can be replayed)', () => {
    const contract = operationContracts('2.1').find((c) => c.operationId === 'createHousehold')!;
    const base = sampleValid('2.1', contract.body!.schema);
    expect(invalidBodies('2.1', contract.body!.schema, base, 7, 6)).toEqual(invalidBodies('2.1', contract.body!.schema, base, 7, 6));
    expect(new Set(invalidBodies('2.1', contract.body!.schema, base, 7, 6).map((m) => m.kind)).size).toBeGreaterThan(2);
  });
});

describeChecks('generated input', generatedInputChecks(), [
  { mutant: 'household-validation-error-500', check: 'input.generated.create-household', says: /server error 500/ },
  { mutant: 'household-update-written-before-validation', check: 'input.generated.update-household', says: /changed after the invalid input/ },
  { mutant: 'prototype-named-item-500', check: 'input.generated.create-household', says: /unknown-item \/(constructor|toString|__proto__|hasOwnProperty|valueOf): .*server error 500/ },
]);
