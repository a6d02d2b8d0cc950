/**
 * The 個人住民税 figures a tax survey takes through the 庁内連携 (edition 2.1, 02.4.1): the latest change received
 * from the juminzei system (receiveLinkageChange, kept as LinkageChange) for the person's 宛名番号 whose 課税年度 is
 * the year after the income year (令和N年度の課税 = 前年中の所得).
 */
import type { components } from '@hogo-kit/sdk';
import { recordsWhere, type Reader } from '../../store/store.ts';

type LinkageChange = components['schemas']['LinkageChange'];

export interface LinkedTaxIncome {
  salaryIncome: number;
  pensionIncome: number;
}

const yen = (value: string | null | undefined) => (value != null && /^\d+$/.test(value) ? Number(value) : 0);

/** The salary and pension income the juminzei system reports for the income year, or undefined when it holds none. */
export function linkedTaxIncome(reader: Reader, addressNumber: string, incomeYear: number): LinkedTaxIncome | undefined {
  const item = (change: LinkageChange, code: string) => change.items.find((i) => i.code === code)?.value;
  const latest = recordsWhere<LinkageChange>(reader, 'LinkageChange', (c) => c.system === 'juminzei' && c.addressNumber === addressNumber && item(c, 'juminzei-tax-year') === String(incomeYear + 1))
    .map((r) => r.value)
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.receivedAt.localeCompare(b.receivedAt))
    .at(-1);
  if (!latest) return undefined;
  return { salaryIncome: yen(item(latest, 'juminzei-salary-income')), pensionIncome: yen(item(latest, 'juminzei-pension-income')) };
}
