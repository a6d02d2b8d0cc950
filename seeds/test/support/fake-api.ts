import type { SeedApi, SeedInput } from '../../src/index.ts';

export interface Recorded { operationId: string; input: SeedInput; role: string | undefined }

/**
 * A stand-in for a system: records every call and answers with made-up ids in the shape the seeds read
 * (householdId + memberIds, applicationId, claimId …). Bodies are taken through JSON like on the wire.
 */
export function fakeApi(): SeedApi & { calls: Recorded[] } {
  const calls: Recorded[] = [];
  let n = 0;
  return {
    calls,
    async call(operationId, input = {}, role) {
      const wire = JSON.parse(JSON.stringify(input)) as SeedInput;
      calls.push({ operationId, input: wire, role });
      n += 1;
      const body = (wire.body ?? {}) as { members?: unknown[] };
      const id = `X-${String(n).padStart(6, '0')}`;
      return {
        householdId: id, applicationId: id, claimId: id, ticketId: id, opinionId: id, planId: id, approvalId: id, consultationId: id, decisionId: id,
        alertIds: [id], members: (body.members ?? []).map((_, i) => ({ memberId: `M-${n}-${i}` })),
      };
    },
  };
}
