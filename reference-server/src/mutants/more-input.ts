import { mutant, type Mutant } from './types.ts';

/** Seeded defects of input handling, caught by the generated invalid input of the conformance suite (issue #5). */
export const MORE_INPUT: Mutant[] = [
  mutant('household-validation-error-500', ['14.3.5'], '世帯・世帯員の要求の入力不備を 400 ではなく 500 で応答する。', 'Input errors in household and member requests are answered 500 instead of 400.'),
  mutant('household-update-written-before-validation', ['14.3.6'], '世帯の変更で、入力の検査より前に既存の項目を保存してしまい、拒否した要求の変更が残る。', 'A household update stores the items it names before the input is validated, so a refused request leaves its changes behind.'),
  mutant('prototype-named-item-500', ['14.3.5'], '要求の本文の項目名を通常のオブジェクトで引くため、Object.prototype のメンバーと同じ名前の項目（constructor、toString など）があると 500 で応答する。', 'Item names of a request body are looked up in a plain object, so an item named like an Object.prototype member (constructor, toString …) is answered 500.'),
];
