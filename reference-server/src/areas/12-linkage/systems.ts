/**
 * The eight simulated business systems (住民記録, 個人住民税, 国保, 介護保険, 国民年金, 児童手当, 児童扶養手当, 障害者福祉)
 * behind the linkage interface. What a system "holds" about a person is the fold of the changes it has reported
 * (LinkageChange records keyed by system and change id): for every item, the value with the latest as-of date (then
 * the latest received). Each system's linkage status is a LinkedSystem record (absent = available, never received).
 * Seeds load the systems' data with recordLinkageChange, the same path receiveLinkageChange takes.
 */
import { codeLists, type components } from '@hogo-kit/sdk';
import { recordsWhere, type Reader, type Transaction } from '../../store/store.ts';

export type LinkedSystem = components['schemas']['LinkedSystem'];
export type LinkageChange = components['schemas']['LinkageChange'];
export type LinkageItem = components['schemas']['LinkageItem'];
export type LinkageChangeInput = components['schemas']['LinkageChangeInput'];

/** The linked systems in code-list order. */
export const SYSTEMS = Object.keys(codeLists.linkedSystem.codes) as LinkedSystem['system'][];
/** Every linkage item code in code-list order. */
export const ITEM_CODES = Object.keys(codeLists.linkageItem.codes) as LinkageItem['code'][];
/** The location items withheld for a restricted person (12.2.2). */
export const LOCATION_ITEMS: readonly string[] = ['jumin-address', 'jumin-moved-out-to'];

/** The system that owns an item: the prefix before the first hyphen. */
export const systemOfItem = (code: string) => code.split('-')[0]!;

export const isSystem = (code: string): code is LinkedSystem['system'] => (SYSTEMS as string[]).includes(code);

/** The linkage status of one system (available and never received when nothing is stored). */
export function linkedSystem(reader: Reader, system: LinkedSystem['system']): LinkedSystem {
  return reader.get<LinkedSystem>('LinkedSystem', system)?.value ?? { system, status: 'available', lastReceivedAt: null, receivedCount: 0 };
}

export const changeKey = (system: string, changeId: string) => `${system}:${changeId}`;

/** What one system holds about one person: current items in code-list order and when its data was last received. */
export interface PersonRecord {
  items: LinkageItem[];
  lastReceivedAt: string;
}

export function personRecord(reader: Reader, system: string, addressNumber: string): PersonRecord | undefined {
  const changes = recordsWhere<LinkageChange>(reader, 'LinkageChange', (c) => c.system === system && c.addressNumber === addressNumber)
    .map((r) => r.value);
  if (changes.length === 0) return undefined;
  const latest = new Map<string, { item: LinkageItem; receivedAt: string }>();
  for (const change of changes) {
    for (const item of change.items) {
      const held = latest.get(item.code);
      const asOf = item.asOf ?? change.effectiveDate;
      if (!held || asOf > held.item.asOf! || (asOf === held.item.asOf && change.receivedAt >= held.receivedAt)) {
        latest.set(item.code, { item: { code: item.code, value: item.value ?? null, asOf }, receivedAt: change.receivedAt });
      }
    }
  }
  return {
    items: ITEM_CODES.filter((code) => latest.has(code)).map((code) => latest.get(code)!.item),
    lastReceivedAt: changes.map((c) => c.receivedAt).sort().at(-1)!,
  };
}

/** Stores a change reported by a system and counts it on the system's linkage record; answers the stored change. */
export function recordLinkageChange(tx: Transaction, input: LinkageChangeInput, receivedAt: string): LinkageChange {
  const change: LinkageChange = {
    system: input.system,
    changeId: input.changeId,
    addressNumber: input.addressNumber,
    changeType: input.changeType,
    effectiveDate: input.effectiveDate,
    receivedAt,
    items: input.items.map((i) => ({ code: i.code, value: i.value, asOf: i.asOf ?? input.effectiveDate })),
  };
  tx.put('LinkageChange', changeKey(input.system, input.changeId), change);
  const status = linkedSystem(tx, input.system);
  tx.put('LinkedSystem', input.system, { ...status, lastReceivedAt: receivedAt, receivedCount: (status.receivedCount ?? 0) + 1 });
  return change;
}
