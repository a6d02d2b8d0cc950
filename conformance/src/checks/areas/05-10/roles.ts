import { codeLists, codeLists20 } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { send, type SendInput } from '../../support/http.ts';
import { clientOf, requireClient, rolesOf, skipForMissing } from '../../support/roles.ts';
import { isRefusal } from '../../support/steps.ts';
import { assessClaim, claimBody, failWith, freshMonth, isoDay, paymentDateFor, protectedHousehold, readClaim, type Fault } from './support.ts';

/** A role's name in Japanese (code list `role`), e.g. 地区担当員 for caseworker. */
function roleJa(ctx: CheckContext, role: string): string {
  const codes = (ctx.edition === '2.0' ? codeLists20 : codeLists).role.codes as Record<string, { ja: string } | undefined>;
  return codes[role]?.ja ?? role;
}

/**
 * Sends the same valid request as every role the requirement does not allow, each of which must be refused (a 4xx
 * other than 401; the standard's answer is 403). Answers the faults and the roles the run has no token for.
 */
async function refusedToOthers(ctx: CheckContext, allowed: string[], operationId: string, input: SendInput): Promise<{ faults: Fault[]; missing: string[] }> {
  const faults: Fault[] = [];
  const missing: string[] = [];
  for (const role of rolesOf(ctx.edition).filter((r) => !allowed.includes(r))) {
    const client = clientOf(ctx, role);
    if (!client) {
      missing.push(role);
      continue;
    }
    const answer = await send(client, operationId, input);
    if (!isRefusal(answer)) faults.push({ ja: `役割「${roleJa(ctx, role)}」による ${operationId} が拒否されず ${answer.status} で応答した`, en: `${operationId} by the role ${role} answered ${answer.status} (must be refused)` });
  }
  return { faults, missing };
}

/** 05.1.10: only the accountant runs the regular payment; no other role's attempt makes a run. */
export const paymentRunAccountantOnly = defineCheck({
  id: 'payment.run-by-accountant-only',
  title: {
    ja: '定例支給の実行は経理担当に限られ、他の役割による実行は拒否されて支給は作成されない',
    en: 'Only an accountant runs the regular payment; other roles are refused and make no run',
  },
  verifies: ['05.1.10'],
  async run(ctx) {
    const accountant = requireClient(ctx, 'accountant');
    const month = freshMonth();
    const body = { month, paymentDate: paymentDateFor(month) };
    const { faults, missing } = await refusedToOthers(ctx, ['accountant'], 'createPaymentRun', { body });
    // Had a refused role's request made a run, the month would be taken and the accountant's run answer 409.
    const own = await send(accountant, 'createPaymentRun', { body });
    if (own.status === 409) faults.push({ ja: `他の役割の要求の後、経理担当による ${month} の定例支給の実行が 409（実行済み）で拒否された`, en: `after the other roles' requests the accountant's run of ${month} answered 409 (already run)` });
    else if (own.status !== 201) faults.push({ ja: `経理担当による定例支給の実行が 201 でなく ${own.status}`, en: `the accountant's payment run answered ${own.status}, not 201` });
    failWith(ctx, { ja: '定例支給の実行が経理担当に限られていない', en: 'Payment runs are not limited to accountants' }, faults);
    skipForMissing(ctx, missing);
  },
});

/** 10.2.8: only the accountant records a payment into a claim; the claim is unchanged after the refused attempts. */
export const claimPaymentAccountantOnly = defineCheck({
  id: 'claim.payment-recorded-by-accountant-only',
  title: {
    ja: '債権への納付の記録は経理担当に限られ、他の役割による記録は拒否されて残高は変わらない',
    en: 'Only an accountant records a payment into a claim; other roles are refused and the balance is unchanged',
  },
  verifies: ['10.2.8'],
  async run(ctx) {
    const { householdId } = await protectedHousehold(ctx);
    const claimId = String((await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 30_000, inKindCostAmount: 30_000 }))).claimId);
    const input = { path: { claimId }, body: { paidOn: isoDay(0), amount: 1_000, method: 'cash' } };
    const { faults, missing } = await refusedToOthers(ctx, ['accountant'], 'recordClaimPayment', input);
    const untouched = await readClaim(ctx, claimId);
    if (untouched.paidTotal !== 0 || untouched.balance !== 30_000) faults.push({ ja: `拒否されるべき納付の後、納付累計額・残高が 0/30000 でなく ${String(untouched.paidTotal)}/${String(untouched.balance)}`, en: `after the payments that must be refused, paid total/balance are ${String(untouched.paidTotal)}/${String(untouched.balance)}, not 0/30000` });
    const own = await send(requireClient(ctx, 'accountant'), 'recordClaimPayment', input);
    if (own.status !== 200 && own.status !== 201) faults.push({ ja: `経理担当による納付の記録が ${own.status} で応答した`, en: `the accountant's payment answered ${own.status}` });
    else if ((await readClaim(ctx, claimId)).balance !== 29_000) faults.push({ ja: '経理担当による納付で残高が 29000 円にならない', en: "the accountant's payment does not bring the balance to 29000" });
    failWith(ctx, { ja: '納付の記録が経理担当に限られていない', en: 'Payments into claims are not limited to accountants' }, faults);
    skipForMissing(ctx, missing);
  },
});

/** 10.4.9: only the accountant or the manager writes a claim off; the claim stays open after the refused attempts. */
export const writeOffAccountantOrManagerOnly = defineCheck({
  id: 'claim.write-off-by-accountant-or-manager-only',
  title: {
    ja: '不納欠損処理は経理担当又は課長に限られ、他の役割による処理は拒否されて債権は変わらない',
    en: 'Only an accountant or a manager writes a claim off; other roles are refused and the claim is unchanged',
  },
  verifies: ['10.4.9'],
  async run(ctx) {
    const { householdId } = await protectedHousehold(ctx);
    const assess = async () => String((await assessClaim(ctx, claimBody(householdId, { basis: '63', principalAmount: 20_000, inKindCostAmount: 40_000 }))).claimId);
    const [first, second] = [await assess(), await assess()];
    const writeOff = (claimId: string) => ({ path: { claimId }, body: { writtenOffOn: isoDay(0), reason: 'exemption', reasonDetail: '地方自治法施行令第171条の7による免除の決定（見本データ）' } });
    const { faults, missing } = await refusedToOthers(ctx, ['accountant', 'manager'], 'writeOffClaim', writeOff(first));
    const untouched = await readClaim(ctx, first);
    if (untouched.status !== 'assessed' || untouched.balance !== 20_000) faults.push({ ja: `拒否されるべき不納欠損の後、債権が ${String(untouched.status)}/${String(untouched.balance)} になった`, en: `after the write-offs that must be refused the claim is ${String(untouched.status)}/${String(untouched.balance)}` });
    for (const [role, claimId] of [['accountant', first], ['manager', second]] as const) {
      const answer = await send(requireClient(ctx, role), 'writeOffClaim', writeOff(claimId));
      if (answer.status !== 200 && answer.status !== 201) faults.push({ ja: `${role === 'manager' ? '課長' : '経理担当'}による不納欠損処理が ${answer.status} で応答した`, en: `the write-off by the ${role} answered ${answer.status}` });
    }
    failWith(ctx, { ja: '不納欠損処理が経理担当・課長に限られていない', en: 'Write-offs are not limited to accountants and managers' }, faults);
    skipForMissing(ctx, missing);
  },
});
