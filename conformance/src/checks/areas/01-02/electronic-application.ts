import { defineCheck } from '../../../engine/registry.ts';
import { requireClient } from '../../support/roles.ts';
import { expectEqual, failWith, pastDate, readApplication, registerApplication, writtenApplication, type Fault } from './support.ts';

/**
 * 01.2.8 (2.1, option): an application that arrived electronically is registered with the channel 電子申請 (code
 * 4 of applicationChannel) and reads back so, distinct from one lodged at the counter (code 1) or by post (2).
 */
export const electronicApplication = defineCheck({
  id: 'application.electronic-channel-distinguished',
  title: { ja: '電子申請により到達した申請を、受付方法を電子申請として区別して登録できる', en: 'An electronic application is registered with its channel told apart from the others' },
  verifies: ['01.2.8'],
  editions: ['2.1'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const faults: Fault[] = [];
    for (const channel of ['4', '1', '2']) {
      const created = await registerApplication(ctx, intake, writtenApplication(pastDate(), { channel }), {
        ja: `受付方法 ${channel} の申請の登録（createApplication）`, en: `registering an application with channel ${channel} (createApplication)`,
      });
      const read = await readApplication(ctx, intake, String(created.applicationId));
      expectEqual(faults, { ja: `受付方法 ${channel} で登録した申請の受付方法`, en: `the channel of the application registered with channel ${channel}` }, read.channel, channel);
    }
    failWith(ctx, { ja: '申請の受付方法', en: 'the channel of applications' }, faults);
  },
});
