/**
 * 総合照会 (12.1, 12.2): one request asks the chosen linked systems (all eight by default) what they hold about one
 * person (a member's 宛名番号, or an applicant's) and stores the 調査リスト as made: per system answered (items with
 * their as-of dates and when the data was received), not-held, or unavailable (linkage suspended, with the reason);
 * the purpose, requester and time; changes since the previous inquiry on the same person. A person under a viewing
 * restriction (the member's, or the resident registry's support measure) is flagged, and the location items are
 * withheld from every role but caseworker, supervisor and manager, whenever the list is read.
 */
import type { AdapterContext, HogoAdapter, components } from '@hogo-kit/sdk';
import { recordsWhere, type Reader } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { findMember } from '../../support/households.ts';
import { newId } from '../../support/ids.ts';
import { membersByAddressNumber } from '../../support/member-lookup.ts';
import { missing, ruleBroken, unknownReference } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { linkedSystem, LOCATION_ITEMS, personRecord, SYSTEMS, type LinkageItem } from './systems.ts';

type Inquiry = components['schemas']['ComprehensiveInquiry'];
type Result = Inquiry['results'][number];

const SEE_LOCATION = ['caseworker', 'supervisor', 'manager'];

/** The list as the caller may see it: location items of a restricted person withheld from other roles (12.2.2). */
export function inquiryView(inquiry: Inquiry, roles: readonly string[]): Inquiry {
  if (!inquiry.viewingRestricted || roles.some((r) => SEE_LOCATION.includes(r))) return inquiry;
  return {
    ...inquiry,
    results: inquiry.results.map((result) => ({
      ...result,
      items: result.items.map((item) => {
        if (!LOCATION_ITEMS.includes(item.code)) return item;
        const { value: _hidden, ...rest } = item;
        return { ...rest, withheld: true };
      }),
    })),
  };
}

/**
 * `ignoreRestriction` is the seeded defect restricted-address-disclosed: the member's viewing restriction is not read;
 * `membersOnly` is applicant-inquiry-refused: a 宛名番号 no registered member has is refused.
 */
function subjectOf(reader: Reader, body: components['schemas']['ComprehensiveInquiryInput'], ignoreRestriction: boolean, membersOnly = false) {
  if (body.memberId !== undefined) {
    const found = findMember(reader, body.memberId);
    if (!found) throw missing('世帯員', 'member');
    if (found.member.addressNumber === undefined) {
      throw ruleBroken('no-address-number', '/body/memberId', {
        ja: '世帯員に宛名番号が登録されていないため照会できません。', en: 'The member has no 宛名番号 to inquire with.',
      });
    }
    return { subject: { addressNumber: found.member.addressNumber, memberId: found.member.memberId, householdId: found.record.value.householdId }, restricted: found.member.viewingRestricted === true && !ignoreRestriction };
  }
  const addressNumber = body.addressNumber!;
  const matched = membersByAddressNumber(reader, addressNumber);
  if (membersOnly && matched.length === 0) {
    throw ruleBroken('not-a-member', '/body/addressNumber', { ja: '世帯員として登録されていない宛名番号です。', en: 'No registered member has this 宛名番号.' });
  }
  const only = matched.length === 1 ? matched[0]! : undefined;
  return {
    subject: { addressNumber, ...(only && { memberId: only.member.memberId, householdId: only.record.value.householdId }) },
    restricted: !ignoreRestriction && matched.some((m) => m.member.viewingRestricted === true),
  };
}

/**
 * Seeded defects of one system's result (mutants unavailable-shown-as-not-held, not-held-shown-as-answered,
 * item-as-of-received-date, data-as-of-from-effective-date, unchanged-marked-changed); none by default.
 */
interface InquiryDefects {
  unavailableAsNotHeld?: boolean;
  notHeldAsAnswered?: boolean;
  asOfReceived?: boolean;
  dataAsOfEffective?: boolean;
  allChanged?: boolean;
}

function resultDefects(env: AreaEnv): InquiryDefects {
  return {
    unavailableAsNotHeld: hasMutant(env, 'unavailable-shown-as-not-held'),
    notHeldAsAnswered: hasMutant(env, 'not-held-shown-as-answered'),
    asOfReceived: hasMutant(env, 'item-as-of-received-date'),
    dataAsOfEffective: hasMutant(env, 'data-as-of-from-effective-date'),
    allChanged: hasMutant(env, 'unchanged-marked-changed'),
  };
}

/** The answered result as a defective list shows it (as-of dates, changed marks, time of receipt); unchanged without defects. */
function defective(result: Result, lastReceivedAt: string, defects: InquiryDefects): Result {
  if (!defects.asOfReceived && !defects.allChanged && !defects.dataAsOfEffective) return result;
  const received = new Date(Date.parse(lastReceivedAt) + 9 * 3600_000).toISOString().slice(0, 10);
  const items = result.items.map((item) => {
    const shown = defects.asOfReceived ? { ...item, asOf: received } : { ...item };
    if (defects.allChanged && item.changedSincePreviousInquiry !== undefined) shown.changedSincePreviousInquiry = true;
    return shown;
  });
  const latest = result.items.map((i) => i.asOf ?? '').sort().at(-1);
  const dataAsOf = defects.dataAsOfEffective && latest ? `${latest}T00:00:00.000Z` : result.dataAsOf;
  return { ...result, items, dataAsOf };
}

function resultOf(reader: Reader, system: Result['system'], addressNumber: string, previous: Result | undefined, defects: InquiryDefects): Result {
  const status = linkedSystem(reader, system);
  if (status.status === 'suspended' && !defects.unavailableAsNotHeld) {
    return { system, status: 'unavailable', dataAsOf: null, reason: status.statusReason ?? '連携停止中（linkage suspended）', items: [] };
  }
  // a suspended system answers nothing (with the mutant, its missing answer is read as holding nothing)
  const held = status.status === 'suspended' ? undefined : personRecord(reader, system, addressNumber);
  if (!held) return { system, status: defects.notHeldAsAnswered ? 'answered' : 'not-held', dataAsOf: null, items: [] };
  const comparable = previous !== undefined && previous.status !== 'unavailable';
  const items: LinkageItem[] = held.items.map((item) => {
    if (!comparable) return item;
    const before = previous.items.find((p) => p.code === item.code);
    return { ...item, changedSincePreviousInquiry: before === undefined || before.value !== item.value || before.asOf !== item.asOf };
  });
  return defective({ system, status: 'answered', dataAsOf: held.lastReceivedAt, items }, held.lastReceivedAt, defects);
}

async function create(env: AreaEnv, body: components['schemas']['ComprehensiveInquiryInput'], ctx: AdapterContext) {
  return env.store.transact((tx) => {
    const { subject, restricted } = subjectOf(tx, body, hasMutant(env, 'restricted-address-disclosed'), hasMutant(env, 'applicant-inquiry-refused'));
    if (body.applicationId !== undefined && !tx.get('Application', body.applicationId)) {
      throw unknownReference('/body/applicationId', '申請', 'application');
    }
    const previous = recordsWhere<Inquiry>(tx, 'ComprehensiveInquiry', (i) => i.subject.addressNumber === subject.addressNumber)
      .map((r) => r.value).at(-1);
    const chosen = hasMutant(env, 'systems-choice-ignored') ? undefined : body.systems;
    const byDefault = hasMutant(env, 'inquiry-default-leaves-out-system') ? SYSTEMS.filter((s) => s !== 'shogai') : SYSTEMS;
    const asked = (chosen === undefined ? byDefault : SYSTEMS).filter((s) => chosen === undefined || chosen.includes(s));
    const defects = resultDefects(env);
    const results = asked.map((system) => resultOf(tx, system, subject.addressNumber, previous?.results.find((r) => r.system === system), defects));
    const supportMeasure = !hasMutant(env, 'support-measure-ignored')
      && (personRecord(tx, 'jumin', subject.addressNumber)?.items.some((i) => i.code === 'jumin-support-measure' && i.value === 'true') ?? false);
    const inquiryId = newId(tx, 'CI');
    const inquiry: Inquiry = {
      inquiryId,
      subject,
      purpose: hasMutant(env, 'inquiry-purpose-not-recorded') ? 'application' : body.purpose,
      ...(body.applicationId !== undefined && { applicationId: body.applicationId }),
      ...(body.note !== undefined && { note: body.note }),
      requestedBy: ctx.principal.staffId,
      requestedAt: env.clock.now().toISOString(),
      viewingRestricted: restricted || supportMeasure,
      previousInquiryId: previous?.inquiryId ?? null,
      results,
    };
    const record = tx.put('ComprehensiveInquiry', inquiryId, inquiry);
    return withEtag(inquiryId, record, inquiryView(inquiry, ctx.principal.roles));
  });
}

/** Mutant inquiry-list-live: the stored list is re-asked from the systems' current data whenever it is read. */
function reAsked(env: AreaEnv, inquiry: Inquiry): Inquiry {
  const previous = inquiry.previousInquiryId ? env.store.get<Inquiry>('ComprehensiveInquiry', inquiry.previousInquiryId)?.value : undefined;
  const results = inquiry.results.map((r) => resultOf(env.store, r.system, inquiry.subject.addressNumber, previous?.results.find((p) => p.system === r.system), {}));
  return { ...inquiry, results };
}

export function inquiryOperations(env: AreaEnv): Pick<HogoAdapter, 'createComprehensiveInquiry' | 'getComprehensiveInquiry'> {
  return {
    createComprehensiveInquiry: ({ body }, ctx) => create(env, body, ctx),
    async getComprehensiveInquiry({ path }, ctx) {
      const record = env.store.get<Inquiry>('ComprehensiveInquiry', path.inquiryId);
      if (!record) throw missing('総合照会', 'comprehensive inquiry');
      const inquiry = hasMutant(env, 'inquiry-list-live') ? reAsked(env, record.value) : record.value;
      return withEtag(path.inquiryId, record, inquiryView(inquiry, ctx.principal.roles));
    },
  };
}
