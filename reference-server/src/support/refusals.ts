import { conflict, notFound, unprocessable, type Bilingual } from '@hogo-kit/sdk';

/** 409 for a transition the flow does not allow from the current state. */
export const illegalTransition = (flow: string, from: string, transition: string) =>
  conflict('illegal-transition', {
    ja: `現在の状態（${from}）からは「${transition}」を行えません（${flow}）。`,
    en: `The ${flow} flow does not allow "${transition}" from the state ${from}.`,
  });

/** 422 naming the field that breaks a business rule. */
export const ruleBroken = (code: string, pointer: string, message: Bilingual) =>
  unprocessable(code, message, [{ pointer, code, message }]);

/** 404 for a referenced resource (in the path) that does not exist. */
export const missing = (ja: string, en: string) => notFound({ ja, en });

/** 422 for a referenced resource (in the body) that does not exist. */
export const unknownReference = (pointer: string, ja: string, en: string) =>
  ruleBroken('unknown-reference', pointer, { ja: `指定された${ja}が存在しません`, en: `The ${en} does not exist` });

