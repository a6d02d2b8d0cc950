import { defineCheck } from '../../../engine/registry.ts';
import { send } from '../../support/http.ts';
import { must } from '../../support/steps.ts';
import { dayOf, failIfAny, listAll, monthFromNow, testInstitutionCode, type Fault } from '../../data/setup.ts';
import { issue, medicalTicket, protectedMember } from './ticket-fixtures.ts';

/**
 * 08.1.3 (option): a 医療券 to the institution that had the member's 医療券 last month (継続医療) is issued only on a
 * 医療要否意見書 of the member stating that treatment is required (要) for a period that includes the month. Refused:
 * no opinion, an opinion of 否, an opinion whose period ended before the month. Issued: with a current opinion, and
 * (not continuing care) to another institution without any opinion.
 */
export const continuingCareNeedsOpinion = defineCheck({
  id: 'medical.continuing-care-needs-opinion',
  title: {
    ja: '継続医療の医療券は、医療の要否が「要」で見込期間が対象月を含む医療要否意見書を指定した場合に限り発行される',
    en: 'A continuing-care medical ticket is issued only on an opinion stating that treatment is required for a period including the month',
  },
  verifies: ['08.1.3'],
  async run(ctx) {
    const { clerk, month: last, memberId } = await protectedMember(ctx);
    const month = monthFromNow(-1);
    const code = testInstitutionCode();
    const faults: Fault[] = [];
    await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(memberId, last, code), { ja: `前月（${last}）の医療券の発行`, en: `issuing last month's (${last}) ticket` });

    const record = async (careRequired: boolean, periodTo: string): Promise<string> => {
      const body = { institutionCode: code, institutionName: '見本病院（試験）', receivedOn: dayOf(last, 20), diseaseName: '見本病（試験）', careRequired, inpatient: false, periodFrom: last, periodTo };
      const made = await must(ctx, clerk, 'createMedicalOpinion', { path: { memberId }, body }, 201, { ja: '医療要否意見書の登録', en: 'recording a medical opinion' });
      return String(made.opinionId);
    };
    const notRequired = await record(false, monthFromNow(1));
    const expired = await record(true, last);
    const current = await record(true, monthFromNow(1));

    const refusals = [
      { extra: {}, ja: '医療要否意見書の指定のない継続医療の医療券', en: 'a continuing-care ticket without an opinion' },
      { extra: { opinionId: notRequired }, ja: '医療の要否が「否」の意見書による継続医療の医療券', en: 'one on an opinion stating that no treatment is required' },
      { extra: { opinionId: expired }, ja: '見込期間が前月で終わる意見書による継続医療の医療券', en: 'one on an opinion whose period ended last month' },
    ];
    for (const { extra, ja, en } of refusals) {
      const answer = await send(clerk, 'issueMedicalTicket', { body: medicalTicket(memberId, month, code, extra) });
      if (answer.status !== 422) faults.push({ ja: `${ja}が 422 で拒否されなかった（状態コード ${answer.status}）`, en: `${en} was not refused with 422 (status ${answer.status})` });
    }
    const before = await listAll(ctx, clerk, 'listMedicalTickets', { memberId, month }, { ja: '医療券の一覧（listMedicalTickets）', en: 'listing the tickets (listMedicalTickets)' });
    if (before.length > 0) faults.push({ ja: `拒否の後に対象月の医療券が ${before.length} 枚ある`, en: `${before.length} tickets of the month exist after the refusals` });

    const granted = await send(clerk, 'issueMedicalTicket', { body: medicalTicket(memberId, month, code, { opinionId: current }) });
    if (granted.status !== 201) {
      faults.push({ ja: `「要」で見込期間が対象月を含む意見書による継続医療の医療券が発行されなかった（状態コード ${granted.status}）`, en: `a continuing-care ticket on a current opinion was not issued (status ${granted.status})` });
    }
    const elsewhere = await send(clerk, 'issueMedicalTicket', { body: medicalTicket(memberId, month, testInstitutionCode()) });
    if (elsewhere.status !== 201) {
      faults.push({ ja: `前月の発行のない別の医療機関の医療券（継続医療ではない）が意見書なしで発行されなかった（状態コード ${elsewhere.status}）`, en: `a ticket for another institution (not continuing care) was not issued without an opinion (status ${elsewhere.status})` });
    }
    failIfAny(ctx, faults);
  },
});
