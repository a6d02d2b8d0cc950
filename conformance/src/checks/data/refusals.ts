import type { CheckContext } from '../../engine/types.ts';
import type { Answer } from '../support/http.ts';
import { joinFaults, pointersOf, problemFaults } from '../support/problem.ts';

export type Fault = { ja: string; en: string };

/** Records what is wrong with an answer that must be a 400 problem pointing at `pointer`. */
export function expectRefusedAt(answer: Answer, pointer: string, step: Fault, faults: Fault[]): void {
  const found = problemFaults(answer, 400);
  if (found.length === 0 && !pointersOf(answer).includes(pointer)) {
    found.push({ ja: `errors[] に ${pointer} の指摘がない`, en: `errors[] has no entry at ${pointer}` });
  }
  if (found.length > 0) faults.push({ ja: `${step.ja}: ${joinFaults(found).ja}`, en: `${step.en}: ${joinFaults(found).en}` });
}

/** Records a change of state that a refused request must not have made. */
export function expectUnchanged(before: unknown, after: unknown, step: Fault, faults: Fault[]): void {
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    faults.push({ ja: `${step.ja}: 拒否された要求の後でデータが変わっていた`, en: `${step.en}: the data changed after the request was refused` });
  }
}

/** Ends a check with every fault found, one line per language. */
export function failWith(ctx: CheckContext, what: Fault, faults: Fault[]): void {
  if (faults.length === 0) return;
  ctx.fail({ ja: `${what.ja} — ${faults.map((f) => f.ja).join('、')}`, en: `${what.en} — ${faults.map((f) => f.en).join('; ')}` });
}
