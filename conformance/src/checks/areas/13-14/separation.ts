import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, member, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { fault } from './shared.ts';

/** 14.1.3: the system administrator's reads and lists of households and members are refused (403), revealing nothing. */
export const systemAdminReadsNoCaseData = defineCheck({
  id: 'common.system-admin-reads-no-case-data',
  title: {
    ja: 'システム管理者の役割による世帯及び世帯員の照会・一覧は403で拒否され、個人データは応答されない',
    en: 'Reads and lists of households and members by the system administrator are refused with 403 and answer no personal data',
  },
  verifies: ['14.1.3'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const admin = requireClient(ctx, 'system-admin');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const given = `管理${section.slice(-6)}`;
    const created = await registerHousehold(ctx, caseworker, householdInput(section, { members: [member({ name: { family: '見本', given } })] }));
    const householdId = String(created.householdId);
    const memberId = String(membersOf(created)[0]?.memberId ?? '');

    // The administrator's own duty (the audit log) is open to the token, so a refusal below is the role's, not the token's.
    expectBody(ctx, await send(admin, 'listAuditEntries', { query: { limit: 1 } }), 200, { ja: 'システム管理者による監査ログの参照', en: 'the system administrator reading the audit log' });
    for (const [operationId, input] of [
      ['getHousehold', { path: { householdId } }],
      ['getMember', { path: { memberId } }],
      ['listHouseholds', { query: { section } }],
      ['listHouseholds', {}],
    ] as const) {
      const answer = await send(admin, operationId, input);
      const step = { ja: `システム管理者による ${operationId}`, en: `${operationId} by the system administrator` };
      if (answer.status !== 403) fault(faults, step, { ja: `403 で拒否されず ${answer.status}`, en: `not refused with 403 (status ${answer.status})` });
      if (answer.text.includes(given)) fault(faults, step, { ja: '世帯員の氏名が応答された', en: "the member's name was answered" });
    }
    failWith(ctx, { ja: 'システム管理者が世帯・世帯員の情報を参照できる', en: 'The system administrator can read household and member data' }, faults);
  },
});
