/** Members live inside their household: finding the members registered with one 宛名番号 (linkage, 12). */
import { recordsWhere, type Reader } from '../store/store.ts';
import type { FoundMember, Household } from './households.ts';

/** Every member registered with this 宛名番号, with their household records. */
export function membersByAddressNumber(reader: Reader, addressNumber: string): FoundMember[] {
  const found: FoundMember[] = [];
  const holding = (h: Readonly<Household>) => h.members.some((m) => m.addressNumber === addressNumber);
  for (const record of recordsWhere<Household>(reader, 'Household', holding)) {
    record.value.members.forEach((member, index) => {
      if (member.addressNumber === addressNumber) found.push({ record, member, index });
    });
  }
  return found;
}
