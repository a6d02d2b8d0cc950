import type { StandardTable } from './kijun.ts';
import type { Component, FujoType, ResultItem } from './model.ts';

const SCALE = 1_000_000;

/** amount × rate rounded UP to the yen (kit rule for products), in exact integer arithmetic. */
export function ceilTimes(amount: number, rate: number): number {
  const product = amount * Math.round(rate * SCALE);
  const whole = Math.floor(product / SCALE);
  return product - whole * SCALE > 0 ? whole + 1 : whole;
}

/** amount × rate rounded DOWN to the yen (kit rule for deductions), in exact integer arithmetic. */
export function floorTimes(amount: number, rate: number): number {
  return Math.floor((amount * Math.round(rate * SCALE)) / SCALE);
}

/** The breakdown being built: items in order, each naming the tables it was computed from. */
export class Sheet {
  readonly items: ResultItem[] = [];

  add(fujoType: FujoType, component: Component, amount: number, tables: StandardTable[], extra: Partial<ResultItem> = {}): ResultItem {
    const item: ResultItem = {
      fujoType, component, amount, counted: true, ...extra,
      ...(tables.length > 0 ? { tableIds: tables.map((t) => t.tableId) } : {}),
    };
    this.items.push(item);
    return item;
  }
}
