import type { Json } from '../../data/households.ts';
import { testAddressNumber } from '../../data/setup.ts';
import type { Fault } from './support.ts';

/** Generic helpers of the listing checks (filters answering exactly the fixture's records). */

/** A unique staff id of the test range, to register as a test household's 地区担当員 (assignedCaseworker). */
export const testCaseworker = () => `conformance-cw-${testAddressNumber().slice(-6)}`;

/**
 * Compares the ids (`key`) of the items a filtered listing answered with those expected, in any order; answers
 * the fault (naming the listing as `what`) when they differ.
 */
export function sameIds(what: Fault, got: Json[], key: string, expected: string[]): Fault | undefined {
  const ids = JSON.stringify(got.map((item) => String(item[key])).sort());
  const wanted = JSON.stringify([...expected].sort());
  if (ids === wanted) return undefined;
  return { ja: `${what.ja}が ${wanted} でなく ${ids}`, en: `${what.en} answered ${ids}, not ${wanted}` };
}
