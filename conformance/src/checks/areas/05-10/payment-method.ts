import { defineCheck } from '../../../engine/registry.ts';
import { expectBody } from '../../data/households.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { failWith, protectedHousehold, TEST_ACCOUNT, type Fault } from './support.ts';

/** 05.3.1, 05.3.2, 05.3.6: the payment method changes with the current ETag only; a transfer needs a complete account. */
export const paymentMethodRules = defineCheck({
  id: 'payment.method-update-rules',
  title: {
    ja: '支給方法は現在の版（If-Match）で変更でき、古い版や口座情報のない口座振込への変更は拒否され変わらない',
    en: 'The payment method changes with the current version (If-Match); a stale version or a transfer without a complete account is refused and changes nothing',
  },
  verifies: ['05.3.1', '05.3.2', '05.3.6'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const { householdId } = await protectedHousehold(ctx);
    const path = { householdId };
    const read = async () => {
      const answer = await send(caseworker, 'getPaymentMethod', { path });
      return { etag: answer.headers.get('etag'), body: expectBody(ctx, answer, 200, { ja: '支給方法の照会（getPaymentMethod）', en: 'reading the payment method (getPaymentMethod)' }) };
    };
    const first = await read();
    if (!first.etag) return ctx.fail({ ja: 'getPaymentMethod の応答に ETag がない', en: 'getPaymentMethod answered without an ETag' });

    // 05.3.2: a transfer without an account (none recorded for a new household) is refused.
    const noAccount = await send(caseworker, 'updatePaymentMethod', { path, body: { method: 'transfer' }, headers: { 'if-match': first.etag } });
    if (noAccount.status >= 200 && noAccount.status < 300) faults.push({ ja: `口座情報のない口座振込への変更が ${noAccount.status} で受け付けられた`, en: `a transfer without an account was accepted with ${noAccount.status}` });
    const afterNoAccount = await read();
    if (afterNoAccount.body.method === 'transfer') faults.push({ ja: '口座情報のない口座振込が記録されていた', en: 'the transfer without an account was recorded' });

    // The current version with a complete account applies.
    const ok = await send(caseworker, 'updatePaymentMethod', { path, body: { method: 'transfer', bankAccount: TEST_ACCOUNT }, headers: { 'if-match': afterNoAccount.etag ?? first.etag } });
    if (ok.status !== 200) faults.push({ ja: `現在の版・完全な口座情報での変更が 200 でなく ${ok.status}`, en: `the change with the current version and a complete account answered ${ok.status}, not 200` });
    const afterOk = await read();
    if (ok.status === 200 && afterOk.body.method !== 'transfer') faults.push({ ja: '口座振込への変更が反映されていない', en: 'the change to bank transfer was not applied' });
    const account = afterOk.body.bankAccount as Record<string, unknown> | undefined;
    if (ok.status === 200 && (account?.bankCode !== TEST_ACCOUNT.bankCode || account?.accountNumber !== TEST_ACCOUNT.accountNumber)) faults.push({ ja: '口座振込への変更で振込先口座が記録されていない', en: 'the bank account sent with the change to bank transfer was not recorded' });

    // 05.3.6: the version read first is stale now → refused (412), nothing changed.
    const stale = await send(caseworker, 'updatePaymentMethod', { path, body: { method: 'counter' }, headers: { 'if-match': first.etag } });
    if (ok.status === 200 && stale.status !== 412) faults.push({ ja: `古い版を指定した変更が 412 でなく ${stale.status}`, en: `the change with a stale version answered ${stale.status}, not 412` });
    const afterStale = await read();
    if (afterStale.body.method !== afterOk.body.method) faults.push({ ja: '古い版による変更が反映されていた', en: 'the change with a stale version was applied' });
    failWith(ctx, { ja: '支給方法の変更が規則どおりでない', en: 'Payment-method changes do not follow the rules' }, faults);
  },
});
