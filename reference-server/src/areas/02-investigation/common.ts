import type { components } from '@hogo-kit/sdk';
import type { Reader } from '../../store/store.ts';
import { missing, ruleBroken, unknownReference } from '../../support/refusals.ts';

export type Household = components['schemas']['Household'];
export type Application = components['schemas']['Application'];

export { householdInBody, householdInPath } from '../../support/households.ts';

/** Refuses (422) a member id that is not a member of the household. */
export function assertMemberOf(household: Household, memberId: string, pointer: string): void {
  if (!household.members.some((m) => m.memberId === memberId)) {
    throw ruleBroken('not-a-member', pointer, {
      ja: `世帯員（${memberId}）はこの世帯（${household.householdId}）の世帯員ではありません。`,
      en: `${memberId} is not a member of the household ${household.householdId}.`,
    });
  }
}

/** The application named in the body, or 422. */
export function applicationInBody(reader: Reader, applicationId: string, pointer: string): Application {
  const record = reader.get<Application>('Application', applicationId);
  if (!record) throw unknownReference(pointer, '申請', 'application');
  return record.value;
}

/** Refuses (422) an application linked to another household than the one the record is for. */
export function assertApplicationOf(application: Application, householdId: string, pointer: string): void {
  if (application.householdId !== undefined && application.householdId !== householdId) {
    throw ruleBroken('application-of-another-household', pointer, {
      ja: `申請（${application.applicationId}）は別の世帯（${application.householdId}）の申請です。`,
      en: `The application ${application.applicationId} belongs to another household (${application.householdId}).`,
    });
  }
}

/** Refuses (422) a date before another one. */
export function assertNotBefore(date: string, earliest: string, pointer: string, ja: string, en: string): void {
  if (date < earliest) {
    throw ruleBroken('date-order', pointer, { ja: `${ja}（${date}）が${earliest}より前です。`, en: `${en} (${date}) is before ${earliest}.` });
  }
}

/** Stable order by a key, then by id. */
export const byKeyThenId = <T>(key: (t: T) => string, id: (t: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b)) || id(a).localeCompare(id(b));
