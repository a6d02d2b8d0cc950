import { describe, expect, it } from 'vitest';
import { flowCoverage, type FlowDefinition } from '../../src/engine/flows.ts';
import { operationMatcher } from '../../src/engine/contract.ts';
import type { CheckResult, Evidence } from '../../src/engine/types.ts';

const BASE = 'http://t.test';
const FLOW: FlowDefinition = {
  id: 'ticket', name: { ja: '医療券', en: 'Medical ticket' }, schema: 'MedicalTicket', stateProperty: 'status',
  states: [{ id: 'issued' }, { id: 'cancelled' }],
  transitions: [
    { id: 'issue', from: [], to: 'issued', operation: 'issueMedicalTicket' },
    { id: 'cancel', from: ['issued'], to: 'cancelled', operation: 'cancelMedicalTicket' },
  ],
};
const exchange = (method: string, path: string, status: number, body?: unknown): Evidence => ({
  request: { method, url: `${BASE}${path}`, headers: {} },
  response: { status, headers: {}, ...(body !== undefined && { body }) },
});
const result = (checkId: string, evidence: Evidence[]): CheckResult => ({ checkId, status: 'pass', evidence, durationMs: 1 });
const coverage = (...results: CheckResult[]) => flowCoverage([FLOW], results, operationMatcher('2.1', BASE))[0]!;

describe('flow transition coverage from the recorded exchanges', () => {
  it('counts a creation, a move seen before and after, and a refused illegal transition', () => {
    const c = coverage(result('a', [
      exchange('POST', '/medical-tickets', 201, { ticketId: 'T1', status: 'issued' }),
      exchange('POST', '/medical-tickets/T1/cancellation', 200, { ticketId: 'T1', status: 'cancelled' }),
      exchange('POST', '/medical-tickets/T1/cancellation', 409, { type: 'x', title: 'x', status: 409 }),
    ]));
    expect(c.legal.map((t) => [t.id, t.exercisedBy])).toEqual([['issue', ['a']], ['cancel', ['a']]]);
    expect(c.illegal).toEqual([{ state: 'cancelled', operation: 'cancelMedicalTicket', refusedBy: ['a'] }]);
    expect(c.summary).toEqual({ legal: 2, exercised: 2, illegal: 1, refused: 1 });
  });

  it('reads a resource inside a list answer, and records nothing from a check that never read one', () => {
    const c = coverage(
      result('list', [
        exchange('GET', '/medical-tickets', 200, { items: [{ ticketId: 'T5', status: 'issued', memberId: 'M5' }, { ticketId: 'T6', status: 'cancelled' }] }),
        // T6 was read (inside the list) as cancelled: cancelling it again is an illegal transition, refused.
        exchange('POST', '/medical-tickets/T6/cancellation', 409, { type: 'x', title: 'x', status: 409 }),
      ]),
      result('blind', [exchange('POST', '/medical-tickets/T7/cancellation', 409, { type: 'x', title: 'x', status: 409 })]),
    );
    expect(c.illegal).toEqual([{ state: 'cancelled', operation: 'cancelMedicalTicket', refusedBy: ['list'] }]);
    expect(c.legal.every((t) => t.exercisedBy.length === 0)).toBe(true);
  });

  it('assumes nothing it did not see: no prior state, a failed call, another resource', () => {
    const c = coverage(
      result('b', [exchange('POST', '/medical-tickets/T9/cancellation', 200, { ticketId: 'T9', status: 'cancelled' })]),
      result('c', [
        exchange('GET', '/medical-tickets/T2', 200, { ticketId: 'T2', status: 'issued' }),
        exchange('POST', '/medical-tickets/T2/cancellation', 500),
        exchange('GET', '/medical-tickets/T2', 200, { ticketId: 'T2', status: 'cancelled' }),
        exchange('POST', '/medical-tickets/T3/cancellation', 409),
      ]),
    );
    expect(c.summary).toEqual({ legal: 2, exercised: 0, illegal: 1, refused: 0 });
  });

  it('a state read in a later check does not carry over from an earlier one', () => {
    const c = coverage(
      result('d', [exchange('GET', '/medical-tickets/T4', 200, { ticketId: 'T4', status: 'cancelled' })]),
      result('e', [exchange('POST', '/medical-tickets/T4/cancellation', 409)]),
    );
    expect(c.summary.refused).toBe(0);
  });
});
