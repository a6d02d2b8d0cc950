import type { Edition, HogoClient } from '@hogo-kit/sdk';
import type { CheckContext } from '../../../engine/types.ts';
import { member } from '../../data/fixtures.ts';
import type { Json } from '../../data/households.ts';
import type { ProtectionOptions, TestMember } from '../../data/protection.ts';
import { dayOf, idOf, monthFromNow, protectedHousehold } from '../../data/setup.ts';
import { isObject } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { must, type Step } from '../../support/steps.ts';

/**
 * Request bodies and small helpers shared by the checks of areas 08 医療扶助 and 09 介護扶助: the ticket inputs,
 * the decision that grants 介護扶助, and members old enough for a 介護券.
 */

/** A MedicalTicketInput: a 医療券 (kind 1) to a hospital (type 1) unless `extra` says otherwise. */
export const medicalTicket = (memberId: string, month: string, institutionCode: string, extra: Json = {}): Json => ({
  kind: '1', memberId, month, institutionCode, institutionName: '見本病院（試験）', institutionType: '1', ...extra,
});

/** A CareTicketInput for 居宅介護 (serviceType 1) unless told. */
export const careTicket = (memberId: string, month: string, providerNumber: string, serviceType = '1', extra: Json = {}): Json => ({
  memberId, month, providerNumber, providerName: '見本ケアセンター（試験）', serviceType, selfPayAmount: 0, ...extra,
});

/** A 開始 fujoBreakdown with 生活扶助 and 介護扶助 (fujoType 05, in kind). */
export const WITH_CARE: Json[] = [
  { fujoType: '01', monthlyAmount: 70_000, inKind: false },
  { fujoType: '05', monthlyAmount: 0, inKind: true },
];

/** A head born in 1950: well over 40 in any month the checks use. */
export const ELDER = member({ birthDate: '1950-04-01', name: { family: '見本', given: '一郎', familyKana: 'ミホン', givenKana: 'イチロウ' } });

/** A spouse born in 1952: over 40 as well. */
export const ELDER_SPOUSE = member({ birthDate: '1952-06-02', sex: '2', relationship: '02', name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' } });

/** Two adults of a household (head and spouse), born in 1980 and 1982. */
export const COUPLE: TestMember[] = [
  member(),
  member({ birthDate: '1982-05-02', sex: '2', relationship: '02', name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' } }),
];

/**
 * The medical clerk and the first member of a household protected since the 1st three months ago (unless the
 * options say otherwise); `month` is two months ago, a whole month of protection.
 */
export async function protectedMember(ctx: CheckContext, options: ProtectionOptions = {}) {
  const clerk = requireClient(ctx, 'medical-clerk');
  const fixture = await protectedHousehold(ctx, { startOn: dayOf(monthFromNow(-3), 1), ...options });
  return { clerk, fixture, month: monthFromNow(-2), memberId: idOf(fixture.members[0]) };
}

/** Issues a ticket (issueMedicalTicket or issueCareTicket) that must be issued; anything but 201 ends the check. */
export const issue = (ctx: CheckContext, clerk: HogoClient<Edition>, operationId: string, body: Json, step: Step): Promise<Json> =>
  must(ctx, clerk, operationId, { body }, 201, step);

/** The ticket ids of a list, sorted (to compare what a filter answered with what it should). */
export const ticketIdsOf = (items: Json[]): string[] => items.map((t) => String(t.ticketId)).sort();

/** True when the two id lists hold the same ids. */
export const sameIds = (a: string[], b: string[]): boolean => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** The tickets of one record of the online-eligibility data. */
export const ticketsIn = (record: Json | undefined): Json[] => (Array.isArray(record?.tickets) ? record.tickets.filter(isObject) : []);
