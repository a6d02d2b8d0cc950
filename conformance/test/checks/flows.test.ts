import { EDITIONS } from '@hogo-kit/sdk';
import { describe, expect, it } from 'vitest';
import { flowsOf } from '../../src/catalogue.ts';
import { flowChecks } from '../../src/checks/flows/index.ts';
import { operationMatcher } from '../../src/engine/contract.ts';
import { flowCoverage } from '../../src/engine/flows.ts';
import { describeChecks } from '../support/area-suite.ts';
import { FLOW_MUTANT_CASES as cases } from './flow-cases.ts';
import { BASE_URL, runAgainstReference } from '../support/reference.ts';


describeChecks('flows', flowChecks(), cases);

/**
 * What the flow checks alone make the report's flow coverage show, per edition. Claimed: the legal transitions
 * below and every illegal (state, operation) pair of the four flows walked. A decision on an application is
 * attributed to the household the application was seen linked to; a payment run (it names no claim) to a closed
 * claim read in the same state before and after it.
 */
const LEGAL = [
  'application:receive', 'application:startInvestigation', 'application:withdraw', 'application:start', 'application:reject',
  'approval:request', 'approval:approveStep', 'approval:approveFinal', 'approval:reject',
  'case:start', 'case:suspend', 'case:transfer', 'case:restart',
  'claim:assess', 'claim:payInFull', 'claim:writeOff',
];
const WALKED = new Set(['application', 'approval', 'case', 'claim']);

describe('flows: transition coverage of the flow checks alone', () => {
  it.each([...EDITIONS])('edition %s: the claimed legal transitions are exercised and the illegal pairs seen refused', async (edition) => {
    const results = await runAgainstReference(flowChecks(), edition);
    expect(results.filter((r) => r.status !== 'pass').map((r) => r.checkId)).toEqual([]);
    const coverage = flowCoverage(flowsOf(edition), results, operationMatcher(edition, BASE_URL)).filter((f) => WALKED.has(f.id));
    expect(coverage.map((f) => f.id).sort()).toEqual([...WALKED].sort());
    const exercised = new Set(coverage.flatMap((f) => f.legal.filter((t) => t.exercisedBy.length > 0).map((t) => `${f.id}:${t.id}`)));
    expect(LEGAL.filter((t) => !exercised.has(t))).toEqual([]);
    const pairs = coverage.flatMap((f) => f.illegal.map((p) => ({ key: `${f.id}:${p.state}:${p.operation}`, refused: p.refusedBy.length > 0 })));
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.filter((p) => !p.refused).map((p) => p.key)).toEqual([]);
  }, 60_000);
});
