import { defineCheck } from '../../../engine/registry.ts';
import { member } from '../../data/fixtures.ts';
import type { Json } from '../../data/households.ts';
import { plainHousehold, type TestMember } from '../../data/protection.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';
import { dayOf, failIfAny, idOf, monthFromNow, protectedHousehold, testInstitutionCode, type Fault } from '../../data/setup.ts';
import { runVectors, vectorsFor } from '../04/vectors.ts';
import { careTicket, issue, WITH_CARE } from './ticket-fixtures.ts';

/** A member aged 55 this year (between 40 and 64) with the given 介護保険 status. */
function midlife(insured: boolean, head: boolean): TestMember {
  const year = new Date().getUTCFullYear() - 55;
  const name = head ? { family: '見本', given: '太郎', familyKana: 'ミホン', givenKana: 'タロウ' } : { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' };
  const withStatus: TestMember & { careInsuranceInsured: boolean } = {
    ...member({ birthDate: `${year}-${head ? '05-01' : '06-02'}`, sex: head ? '1' : '2', relationship: head ? '01' : '02', name }),
    careInsuranceInsured: insured,
  };
  return withStatus;
}

/** 09.2.1: a member's 介護保険 status is recorded at registration, read back, and changed by an update. */
export const memberCareInsuranceStatus = defineCheck({
  id: 'care.member-insurance-status-recorded',
  title: {
    ja: '世帯員ごとに介護保険の被保険者であるか否かを記録し、照会できる',
    en: "A member's long-term-care insurance status is recorded and read back",
  },
  verifies: ['09.2.1'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const { members } = await plainHousehold(ctx, { members: [midlife(true, true), midlife(false, false)] }, caseworker);
    const [insured, uninsured] = members.map(idOf) as [string, string];
    const faults: Fault[] = [];
    const read = async (memberId: string) => {
      const answer = await send(caseworker, 'getMember', { path: { memberId } });
      return { status: answer.status, etag: answer.headers.get('etag'), value: isObject(answer.body) ? answer.body.careInsuranceInsured : undefined };
    };
    const a = await read(insured);
    const b = await read(uninsured);
    if (a.value !== true) faults.push({ ja: `被保険者として登録した世帯員が被保険者として照会されない（${String(a.value)}、状態コード ${a.status}）`, en: `the member registered as insured does not read back as insured (${String(a.value)}, status ${a.status})` });
    if (b.value !== false) faults.push({ ja: `被保険者でないとして登録した世帯員が被保険者でないとして照会されない（${String(b.value)}、状態コード ${b.status}）`, en: `the member registered as not insured does not read back as not insured (${String(b.value)}, status ${b.status})` });
    const changed = await send(caseworker, 'updateMember', { path: { memberId: uninsured }, body: { careInsuranceInsured: true }, ...(b.etag !== null && { headers: { 'if-match': b.etag } }) });
    if (changed.status !== 200) faults.push({ ja: `被保険者資格の変更（updateMember）が 200 で応答しなかった（状態コード ${changed.status}）`, en: `changing the insurance status (updateMember) did not answer 200 (status ${changed.status})` });
    else if ((await read(uninsured)).value !== true) faults.push({ ja: '被保険者資格を「被保険者」に変更した世帯員が、照会で被保険者として示されない', en: 'the member changed to insured does not read back as insured' });
    failIfAny(ctx, faults);
  },
});

/**
 * 09.2.2: a care ticket states the member's 介護保険 status at issuance; the ticket of an uninsured member aged 40–64
 * (被保険者以外の者) shows that 介護扶助 bears the whole cost, the ticket of an insured one shows that it does not.
 */
export const careTicketInsuranceStatus = defineCheck({
  id: 'care.ticket-states-insurance-and-full-cost',
  title: {
    ja: '介護券に世帯員の介護保険の被保険者資格が記載され、被保険者でない世帯員の介護券は費用の全額を介護扶助の対象として示す',
    en: "A care ticket states the member's insurance status; an uninsured member's ticket shows the whole cost as covered",
  },
  verifies: ['09.2.2'],
  async run(ctx) {
    const clerk = requireClient(ctx, 'medical-clerk');
    const month = monthFromNow(-2);
    const fixture = await protectedHousehold(ctx, { startOn: dayOf(monthFromNow(-3), 1), fujo: WITH_CARE, members: [midlife(true, true), midlife(false, false)] });
    const [insured, uninsured] = fixture.members.map(idOf) as [string, string];
    const step = { ja: '介護券の発行', en: 'issuing a care ticket' };
    const forInsured = await issue(ctx, clerk, 'issueCareTicket', careTicket(insured, month, testInstitutionCode()), step);
    const issuedUninsured = await issue(ctx, clerk, 'issueCareTicket', careTicket(uninsured, month, testInstitutionCode()), step);
    const forUninsured = await must(ctx, clerk, 'getCareTicket', { path: { ticketId: String(issuedUninsured.ticketId) } }, 200, { ja: '介護券の照会', en: 'reading the care ticket' });
    const faults: Fault[] = [];
    const expect = (ticket: Json, insuredValue: boolean, who: { ja: string; en: string }) => {
      if (ticket.careInsuranceInsured !== insuredValue || ticket.fullCostCovered !== !insuredValue) {
        faults.push({
          ja: `${who.ja}の介護券の被保険者資格・全額介護扶助が ${String(ticket.careInsuranceInsured)}・${String(ticket.fullCostCovered)}（${String(insuredValue)}・${String(!insuredValue)} であるべき）`,
          en: `the ${who.en}'s care ticket states insured ${String(ticket.careInsuranceInsured)}, full cost ${String(ticket.fullCostCovered)} (expected ${String(insuredValue)}, ${String(!insuredValue)})`,
        });
      }
    };
    expect(forInsured, true, { ja: '被保険者である55歳の世帯員', en: 'insured 55-year-old member' });
    expect(forUninsured, false, { ja: '被保険者でない55歳の世帯員', en: 'uninsured 55-year-old member' });
    failIfAny(ctx, faults);
  },
});

/**
 * 09.2.4: the 介護保険料 of a 第1号被保険者 (65 or over) is counted as the 介護保険料加算 (the standard's calculation
 * vectors naming 09.2.4); a premium given for a member under 65 is not counted as that addition (refused, or no change).
 */
export const carePremiumAddition = defineCheck({
  id: 'care.premium-addition',
  title: {
    ja: '第1号被保険者の介護保険料が介護保険料加算として最低生活費に計上され、65歳未満の者の保険料は計上されない',
    en: 'A first-category insured person’s premium is counted as the care-insurance premium addition; one under 65 is not',
  },
  verifies: ['09.2.4'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const vectors = vectorsFor(ctx.edition, ['09.2.4']);
    const faults: Fault[] = [];
    const base = vectors.find((v) => v.expected.status === 200)?.input as Json | undefined;
    if (base && Array.isArray(base.members) && isObject(base.members[0])) {
      const younger: Json = { ...base.members[0], birthDate: undefined, age: 60 };
      const withoutPremium: Json = { ...younger, careInsurancePremium: undefined };
      const answer = await send(client, 'calculateMinimumCost', { body: { ...base, members: [younger] } });
      if (answer.status === 200 && isObject(answer.body)) {
        const plain = await send(client, 'calculateMinimumCost', { body: { ...base, members: [withoutPremium] } });
        const cost = isObject(plain.body) ? plain.body.minimumCost : undefined;
        if (answer.body.minimumCost !== cost) {
          faults.push({ ja: `60歳の者の介護保険料が最低生活費に計上された（${String(answer.body.minimumCost)} 円、保険料なしで ${String(cost)} 円）`, en: `a 60-year-old's premium was counted (${String(answer.body.minimumCost)} yen; ${String(cost)} yen without it)` });
        }
      } else if (answer.status < 400 || answer.status >= 500) {
        faults.push({ ja: `60歳の者の介護保険料を含む試算の応答が不正（状態コード ${answer.status}）`, en: `the calculation with a 60-year-old's premium answered ${answer.status}` });
      }
    }
    failIfAny(ctx, faults);
    await runVectors(ctx, client, vectors);
  },
});
