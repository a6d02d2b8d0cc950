/**
 * The 個人住民税 figures a tax survey takes through the 庁内連携 (edition 2.1, 02.4.1): the latest change received
 * from the juminzei system (receiveLinkageChange, kept as LinkageChange) for the person's 宛名番号 whose 課税年度 is
 * the year after the income year (令和N年度の課税 = 前年中の所得).
 */
import type { components } from '@hogo-kit/sdk';
import { storedRecords, type Reader } from '../../store/store.ts';

type LinkageChange = components['schemas']['LinkageChange'];

export interface LinkedTaxIncome {
  salaryIncome: number;
  pensionIncome: number;
}

const yen = (value: string | null | undefined) => (value != null && /^\d+$/.test(value) ? Number(value) : 0);

const item = (change: Readonly<LinkageChange>, code: string) => change.items.find((i) => i.code === code)?.value;

/** Later in effect, then later received; a tie goes to the one received into the store later. */
const later = (a: Readonly<LinkageChange>, b: Readonly<LinkageChange>) =>
  a.effectiveDate.localeCompare(b.effectiveDate) || a.receivedAt.localeCompare(b.receivedAt);

/**
 * The salary and pension income the juminzei system reports for the income year, by 宛名番号 (undefined when it holds
 * none): the LinkageChange collection is read once, so a survey of every household stays linear in the data.
 */
export function linkedTaxIncomes(reader: Reader, incomeYear: number): (addressNumber: string) => LinkedTaxIncome | undefined {
  const taxYear = String(incomeYear + 1);
  const latest = new Map<string, Readonly<LinkageChange>>();
  for (const { value: c } of storedRecords<LinkageChange>(reader, 'LinkageChange')) {
    if (c.system !== 'juminzei' || c.addressNumber === undefined || item(c, 'juminzei-tax-year') !== taxYear) continue;
    const seen = latest.get(c.addressNumber);
    if (!seen || later(c, seen) >= 0) latest.set(c.addressNumber, c);
  }
  return (addressNumber) => {
    const found = latest.get(addressNumber);
    return found && { salaryIncome: yen(item(found, 'juminzei-salary-income')), pensionIncome: yen(item(found, 'juminzei-pension-income')) };
  };
}
