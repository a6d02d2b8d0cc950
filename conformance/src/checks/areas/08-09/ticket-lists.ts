import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { requireClient } from '../../support/roles.ts';
import { must, type Step } from '../../support/steps.ts';
import { dayOf, failIfAny, idOf, listAll, monthFromNow, protectedHousehold, testInstitutionCode, type Fault } from '../../data/setup.ts';
import { careTicket, COUPLE, ELDER, ELDER_SPOUSE, issue, medicalTicket, sameIds, ticketIdsOf, WITH_CARE } from './ticket-fixtures.ts';

type Query = Record<string, string>;

/** Lists with the filters and records a fault unless exactly the expected tickets are answered; answers the items. */
async function expectListed(ctx: CheckContext, client: HogoClient<Edition>, operationId: string, query: Query, expected: string[], filter: Step, faults: Fault[]) {
  const items = await listAll(ctx, client, operationId, query, { ja: `${filter.ja}で絞り込んだ一覧（${operationId}）`, en: `listing by ${filter.en} (${operationId})` });
  const got = ticketIdsOf(items);
  if (!sameIds(got, expected)) {
    faults.push({ ja: `${filter.ja}で絞り込んだ一覧が ${expected.length} 枚（${expected.join(', ')}）ではなく ${got.length} 枚（${got.slice(0, 5).join(', ')}${got.length > 5 ? ' …' : ''}）`, en: `listing by ${filter.en} answered ${got.length} tickets (${got.slice(0, 5).join(', ')}${got.length > 5 ? ' …' : ''}) instead of ${expected.length} (${expected.join(', ')})` });
  }
  return items;
}

/** Cancels a ticket that must be cancellable (200); anything else ends the check. */
const cancel = (ctx: CheckContext, clerk: HogoClient<Edition>, operationId: string, ticketId: string) =>
  must(ctx, clerk, operationId, { path: { ticketId }, body: { reason: '一覧の試験のため取り消す。（試験）' } }, 200, { ja: '券の取消し', en: 'cancelling a ticket' });

const idOfTicket = (t: Record<string, unknown>) => String(t.ticketId);

/** 08.2.11: tickets listed by month, household, member and status — each filter answers exactly the matching tickets. */
export const medicalTicketListFilters = defineCheck({
  id: 'medical.ticket-list-filters',
  title: {
    ja: '医療券・調剤券を対象月・世帯・世帯員・状態で絞り込んで一覧できる',
    en: 'Medical and dispensing tickets are listed by month, household, member and status',
  },
  verifies: ['08.2.11'],
  async run(ctx) {
    const clerk = requireClient(ctx, 'medical-clerk');
    const [m1, m2] = [monthFromNow(-2), monthFromNow(-1)];
    const fixture = await protectedHousehold(ctx, { startOn: dayOf(monthFromNow(-3), 1), members: COUPLE });
    const [head, spouse] = fixture.members.map(idOf) as [string, string];
    const step = { ja: '一覧の試験の券の発行', en: 'issuing a ticket for the listing' };
    const t1 = idOfTicket(await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(head, m1, testInstitutionCode()), step));
    const t2 = idOfTicket(await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(head, m2, testInstitutionCode()), step));
    const t3 = idOfTicket(await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(spouse, m1, testInstitutionCode()), step));
    await cancel(ctx, clerk, 'cancelMedicalTicket', t2);
    const { householdId } = fixture;
    const faults: Fault[] = [];
    const list = (query: Query, expected: string[], filter: Step) => expectListed(ctx, clerk, 'listMedicalTickets', query, expected, filter, faults);
    await list({ householdId }, [t1, t2, t3], { ja: '世帯', en: 'household' });
    await list({ householdId, month: m1 }, [t1, t3], { ja: `世帯と対象月（${m1}）`, en: `household and month (${m1})` });
    await list({ memberId: head }, [t1, t2], { ja: '世帯員', en: 'member' });
    await list({ householdId, status: 'cancelled' }, [t2], { ja: '世帯と状態（取消済）', en: 'household and status cancelled' });
    await list({ householdId, status: 'issued' }, [t1, t3], { ja: '世帯と状態（発行済）', en: 'household and status issued' });
    failIfAny(ctx, faults);
  },
});

/** Tickets at one institution X (issued and cancelled, in two months) and one at another institution. */
async function ticketsAtInstitution(ctx: CheckContext) {
  const clerk = requireClient(ctx, 'medical-clerk');
  const [earlier, month] = [monthFromNow(-4), monthFromNow(-2)];
  const fixture = await protectedHousehold(ctx, { startOn: dayOf(monthFromNow(-5), 1), members: COUPLE });
  const [head, spouse] = fixture.members.map(idOf) as [string, string];
  const [code, otherCode] = [testInstitutionCode(), testInstitutionCode()];
  const step = { ja: '医療機関別の一覧の試験の券の発行', en: 'issuing a ticket for the per-institution listing' };
  const issued = idOfTicket(await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(head, month, code), step));
  const cancelled = idOfTicket(await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(spouse, month, code), step));
  const earlierTicket = idOfTicket(await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(head, earlier, code), step));
  await issue(ctx, clerk, 'issueMedicalTicket', medicalTicket(head, month, otherCode), step);
  await cancel(ctx, clerk, 'cancelMedicalTicket', cancelled);
  return { clerk, code, month, issued, cancelled, earlierTicket };
}

/** 08.2.12 (2.1, mandatory): by 医療機関コード and 対象月, each ticket shown with its status (issued or cancelled). */
export const ticketIssuanceByInstitution = defineCheck({
  id: 'medical.ticket-issuance-by-institution-and-month',
  title: {
    ja: '医療券・調剤券を医療機関コード及び対象月で絞り込み、指定医療機関ごとの発行状況（発行済・取消済）を一覧できる',
    en: 'Tickets are listed by institution code and month, each with its status (issued or cancelled)',
  },
  verifies: ['08.2.12'],
  editions: ['2.1'],
  async run(ctx) {
    const { clerk, code, month, issued, cancelled } = await ticketsAtInstitution(ctx);
    const faults: Fault[] = [];
    const items = await expectListed(ctx, clerk, 'listMedicalTickets', { institutionCode: code, month }, [issued, cancelled], { ja: `医療機関コードと対象月（${month}）`, en: `institution code and month (${month})` }, faults);
    const statusOf = (id: string) => items.find((t) => t.ticketId === id)?.status;
    if (statusOf(issued) !== 'issued' || statusOf(cancelled) !== 'cancelled') {
      faults.push({ ja: `発行状況が発行済・取消済として示されない（${String(statusOf(issued))}・${String(statusOf(cancelled))}）`, en: `the statuses are not shown as issued and cancelled (${String(statusOf(issued))}, ${String(statusOf(cancelled))})` });
    }
    failIfAny(ctx, faults);
  },
});

/** 08.2.12 (2.0, option): by 医療機関コード. */
export const ticketsByInstitution = defineCheck({
  id: 'medical.tickets-by-institution',
  title: { ja: '医療券・調剤券を医療機関コードで絞り込んで一覧できる（2.0）', en: 'Tickets are listed by institution code (2.0)' },
  verifies: ['08.2.12'],
  editions: ['2.0'],
  async run(ctx) {
    const { clerk, code, issued, cancelled, earlierTicket } = await ticketsAtInstitution(ctx);
    const faults: Fault[] = [];
    await expectListed(ctx, clerk, 'listMedicalTickets', { institutionCode: code }, [issued, cancelled, earlierTicket], { ja: '医療機関コード', en: 'institution code' }, faults);
    failIfAny(ctx, faults);
  },
});

/** 09.1.8: care tickets listed by month, household, member, provider number and status. */
export const careTicketListFilters = defineCheck({
  id: 'care.ticket-list-filters',
  title: {
    ja: '介護券を対象月・世帯・世帯員・介護事業所番号・状態で絞り込んで一覧できる',
    en: 'Care tickets are listed by month, household, member, provider number and status',
  },
  verifies: ['09.1.8'],
  async run(ctx) {
    const clerk = requireClient(ctx, 'medical-clerk');
    const [m1, m2] = [monthFromNow(-2), monthFromNow(-1)];
    const fixture = await protectedHousehold(ctx, { startOn: dayOf(monthFromNow(-3), 1), fujo: WITH_CARE, members: [ELDER, ELDER_SPOUSE] });
    const [head, spouse] = fixture.members.map(idOf) as [string, string];
    const [p1, p2] = [testInstitutionCode(), testInstitutionCode()];
    const step = { ja: '一覧の試験の介護券の発行', en: 'issuing a care ticket for the listing' };
    const t1 = idOfTicket(await issue(ctx, clerk, 'issueCareTicket', careTicket(head, m1, p1), step));
    const t2 = idOfTicket(await issue(ctx, clerk, 'issueCareTicket', careTicket(head, m2, p1), step));
    const t3 = idOfTicket(await issue(ctx, clerk, 'issueCareTicket', careTicket(spouse, m1, p2), step));
    await cancel(ctx, clerk, 'cancelCareTicket', t2);
    const { householdId } = fixture;
    const faults: Fault[] = [];
    const list = (query: Query, expected: string[], filter: Step) => expectListed(ctx, clerk, 'listCareTickets', query, expected, filter, faults);
    await list({ householdId }, [t1, t2, t3], { ja: '世帯', en: 'household' });
    await list({ householdId, month: m1 }, [t1, t3], { ja: `世帯と対象月（${m1}）`, en: `household and month (${m1})` });
    await list({ memberId: spouse }, [t3], { ja: '世帯員', en: 'member' });
    await list({ providerNumber: p1 }, [t1, t2], { ja: '介護事業所番号', en: 'provider number' });
    await list({ householdId, status: 'cancelled' }, [t2], { ja: '世帯と状態（取消済）', en: 'household and status cancelled' });
    failIfAny(ctx, faults);
  },
});
