import type { CheckDefinition } from '../../../engine/types.ts';
import { alertOnlyInProtection, duplicateChangeIgnored, inquiryListStored, restrictedAddressWithheld } from './linkage.ts';

/** Checks of the requirements of area 12 庁内連携・総合照会 (curated list). */
export function checks_a12(): CheckDefinition[] {
  return [alertOnlyInProtection, duplicateChangeIgnored, restrictedAddressWithheld, inquiryListStored];
}
