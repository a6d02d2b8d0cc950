import { reply } from '@hogo-kit/sdk';
/**
 * The linkage interface (12.3.2–12.3.6, 12.4.1–12.4.4): a linked system reports a change about one person. Refused
 * while the system's linkage is suspended (409) and when an item belongs to another system (422, nothing stored).
 * A change already received (same system and change id) is answered as a duplicate and nothing is stored or
 * raised. Otherwise the change is kept for comprehensive inquiries, and every member with the 宛名番号 in a household
 * that is protected or suspended gets a change alert, assigned to the household's case worker, with the items'
 * values before and after.
 */
import { conflict, type HogoAdapter, type components } from '@hogo-kit/sdk';
import type { Transaction } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { membersByAddressNumber } from '../../support/member-lookup.ts';
import { ruleBroken } from '../../support/refusals.ts';
import type { ExtraRoles } from '../../support/tokens.ts';
import { changeKey, linkedSystem, personRecord, recordLinkageChange, systemOfItem, type LinkageChange, type LinkageChangeInput } from './systems.ts';

type ChangeAlert = components['schemas']['ChangeAlert'];
type Receipt = components['schemas']['LinkageChangeReceipt'];

const IN_PROTECTION = new Set(['protected', 'suspended']);

/** The extra roles of the seeded defect caseworker-sends-linkage-changes (switched in app.ts, where tokens are made). */
export const CASEWORKER_AS_LINKAGE: ExtraRoles = { caseworker: ['linkage'] };

/** Refuses a change the interface must not take; under the mutant foreign-item-dropped, answers it without the foreign items. */
function acceptable(tx: Transaction, body: LinkageChangeInput, defects: ChangeDefects): LinkageChangeInput {
  const status = linkedSystem(tx, body.system);
  if (status.status === 'suspended' && !defects.receiveWhileSuspended) {
    throw conflict('linkage-suspended', {
      ja: `業務システム（${body.system}）との連携は停止中です。`,
      en: `The linkage with ${body.system} is suspended.`,
    });
  }
  if (defects.dropForeignItems) {
    const own = body.items.filter((item) => systemOfItem(item.code) === body.system);
    if (own.length > 0) return { ...body, items: own };
  }
  body.items.forEach((item, i) => {
    if (systemOfItem(item.code) !== body.system) {
      throw ruleBroken('item-of-another-system', `/body/items/${i}/code`, {
        ja: `項目（${item.code}）は送信元の業務システム（${body.system}）に属しません。`,
        en: `The item ${item.code} does not belong to the sending system ${body.system}.`,
      });
    }
  });
  return body;
}

/**
 * Seeded defects of the linkage interface (mutants duplicate-change-stored, alert-for-unprotected,
 * foreign-item-dropped, alert-before-as-after, alert-type-from-system); none by default.
 */
export interface ChangeDefects {
  storeDuplicates?: boolean;
  alertUnprotected?: boolean;
  dropForeignItems?: boolean;
  /** Mutant suspended-system-changes-received: a suspended system's changes are taken. */
  receiveWhileSuspended?: boolean;
  beforeAsAfter?: boolean;
  typeFromSystem?: boolean;
}

/** The one kind of change the defect alert-type-from-system gives every change of a system. */
const KIND_OF_SYSTEM: Record<string, ChangeAlert['type']> = {
  jumin: 'address-change', juminzei: 'income-change', kokuho: 'nhi-change', kaigo: 'ltc-change', nenkin: 'pension-change',
  jidoteate: 'child-allowance-change', jidofuyo: 'child-support-allowance-change', shogai: 'disability-change',
};

/** Raises one alert per matched member of a household in protection; answers the matched members and the alert ids. */
function raiseAlerts(tx: Transaction, change: LinkageChange, before: Map<string, components['schemas']['LinkageItem']>, defects: ChangeDefects) {
  const matched = membersByAddressNumber(tx, change.addressNumber);
  const alertIds: string[] = [];
  for (const { record, member } of matched) {
    const household = record.value;
    if (!IN_PROTECTION.has(household.protectionStatus) && !defects.alertUnprotected) continue;
    const alertId = newId(tx, 'CA');
    const alert: ChangeAlert = {
      alertId,
      type: defects.typeFromSystem ? KIND_OF_SYSTEM[change.system] ?? 'other' : change.changeType,
      system: change.system,
      changeId: change.changeId,
      householdId: household.householdId,
      ...(household.caseNumber !== undefined && { caseNumber: household.caseNumber }),
      memberId: member.memberId,
      addressNumber: change.addressNumber,
      assignedTo: household.assignedCaseworker ?? null,
      section: household.section ?? null,
      effectiveDate: change.effectiveDate,
      receivedAt: change.receivedAt,
      before: defects.beforeAsAfter ? change.items : change.items.flatMap((i) => (before.has(i.code) ? [before.get(i.code)!] : [])),
      after: change.items,
      status: 'open',
      acknowledgedBy: null,
      acknowledgedAt: null,
      disposition: null,
      note: null,
      decisionId: null,
    };
    tx.put('ChangeAlert', alertId, alert);
    alertIds.push(alertId);
  }
  return { matchedMemberIds: matched.map((m) => m.member.memberId), alertIds };
}

/**
 * Receives one change inside a transaction: refusals (suspended linkage, foreign item), duplicate detection, storage
 * and alerts. The operation and the seeds (a change in a simulated system with its alert) both go through it.
 */
export function applyLinkageChange(tx: Transaction, input: LinkageChangeInput, receivedAt: string, defects: ChangeDefects = {}): Receipt {
  const body = acceptable(tx, input, defects);
  const previous = tx.get<LinkageChange>('LinkageChange', changeKey(body.system, body.changeId))?.value;
  if (previous && !defects.storeDuplicates) {
    const matchedMemberIds = membersByAddressNumber(tx, previous.addressNumber).map((m) => m.member.memberId);
    return { system: previous.system, changeId: previous.changeId, addressNumber: previous.addressNumber, receivedAt: previous.receivedAt, duplicate: true, matchedMemberIds, alertIds: [] };
  }
  const held = personRecord(tx, body.system, body.addressNumber);
  const before = new Map((held?.items ?? []).map((i) => [i.code, i]));
  const change = recordLinkageChange(tx, body, receivedAt);
  const { matchedMemberIds, alertIds } = raiseAlerts(tx, change, before, defects);
  return { system: change.system, changeId: change.changeId, addressNumber: change.addressNumber, receivedAt: change.receivedAt, duplicate: false, matchedMemberIds, alertIds };
}

export function changeOperations(env: AreaEnv): Pick<HogoAdapter, 'receiveLinkageChange'> {
  return {
    async receiveLinkageChange({ body }) {
      const defects = {
        storeDuplicates: hasMutant(env, 'duplicate-change-stored'), alertUnprotected: hasMutant(env, 'alert-for-unprotected'),
        dropForeignItems: hasMutant(env, 'foreign-item-dropped'), receiveWhileSuspended: hasMutant(env, 'suspended-system-changes-received'), beforeAsAfter: hasMutant(env, 'alert-before-as-after'),
        typeFromSystem: hasMutant(env, 'alert-type-from-system'),
      };
      const receipt = await env.store.transact((tx) => applyLinkageChange(tx, body, env.clock.now().toISOString(), defects));
      // 201 for a change received for the first time, 200 for a re-sent one (12.3.4).
      return reply(receipt, { status: receipt.duplicate ? 200 : 201 });
    },
  };
}
