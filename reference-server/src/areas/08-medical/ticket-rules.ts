/**
 * Rules shared by 医療券・調剤券 (08) and 介護券 (09): the member exists, the household was protected on at least one
 * day of the month, and the validity period lies within the month and the protected period of the month (defaults:
 * the first and last protected day of the month).
 */
import type { components } from '@hogo-kit/sdk';
import type { Reader } from '../../store/store.ts';
import { findMember, type FoundMember } from '../../support/households.ts';
import { firstDayOf, lastDayOf } from '../../support/months.ts';
import { protectedSpan, stateChanges } from '../../support/protection-periods.ts';
import { ruleBroken, unknownReference } from '../../support/refusals.ts';

type Household = components['schemas']['Household'];

/** The member named in the body, or 422 (an unknown reference in a body is a business-rule refusal). */
export function memberFor(reader: Reader, memberId: string): FoundMember {
  const found = findMember(reader, memberId);
  if (!found) throw unknownReference('/body/memberId', '世帯員', 'member');
  return found;
}

/** The first and last protected day of the household in the month, or 422 when it was never protected in it. */
export function protectedSpanOfMonth(reader: Reader, household: Household, month: string) {
  const span = protectedSpan(stateChanges(reader, household), firstDayOf(month), lastDayOf(month));
  if (!span) {
    throw ruleBroken('not-protected-in-month', '/body/month', {
      ja: `世帯は対象月（${month}）のいずれの日にも保護中ではありません。`,
      en: `The household was not protected on any day of ${month}.`,
    });
  }
  return span;
}

/** A member who left the household before the month cannot receive a ticket for it. */
export function assertMemberInMonth(found: FoundMember, month: string): void {
  const { leftOn } = found.member;
  if (leftOn !== undefined && leftOn <= firstDayOf(month)) {
    throw ruleBroken('member-left-household', '/body/memberId', {
      ja: `世帯員は対象月より前（${leftOn}）に世帯を離れています。`,
      en: `The member left the household (${leftOn}) before the month.`,
    });
  }
}

/** The validity period: given or defaulted, within the month and within the protected days of the month. */
export function validityFor(span: { first: string; last: string }, month: string, validFrom?: string, validTo?: string) {
  const from = validFrom ?? span.first;
  const to = validTo ?? span.last;
  const outside = (pointer: string, ja: string, en: string) => ruleBroken('validity-outside-period', pointer, { ja, en });
  if (from < firstDayOf(month) || from > lastDayOf(month)) throw outside('/body/validFrom', '有効期間の始期が対象月の範囲外です。', 'validFrom is outside the month.');
  if (to < firstDayOf(month) || to > lastDayOf(month)) throw outside('/body/validTo', '有効期間の終期が対象月の範囲外です。', 'validTo is outside the month.');
  if (to < from) {
    throw ruleBroken('validity-reversed', '/body/validTo', { ja: '有効期間の終期が始期より前です。', en: 'validTo is before validFrom.' });
  }
  if (from < span.first) {
    throw outside('/body/validFrom', `有効期間の始期が保護期間（${span.first}〜${span.last}）の範囲外です。`, `validFrom is outside the protected period (${span.first} to ${span.last}).`);
  }
  if (to > span.last) {
    throw outside('/body/validTo', `有効期間の終期が保護期間（${span.first}〜${span.last}）の範囲外です。`, `validTo is outside the protected period (${span.first} to ${span.last}).`);
  }
  return { validFrom: from, validTo: to };
}
