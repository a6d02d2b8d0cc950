import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
import { customFormats } from './formats.ts';

// ajv and ajv-formats are CommonJS with a `default` export; require() sidesteps the ESM interop. Loaded on the first
// createAjv(), not with this module: a process that only runs precompiled validators never loads ajv's compiler.
const require = createRequire(import.meta.url);
export type AjvInstance = Ajv2020Class;

/** Annotation keywords the standard's schemas may carry (everything else is a typo under strict mode). */
export const ANNOTATION_KEYWORDS = ['x-codelist', 'x-visible-to'] as const;

/** An ajv for JSON Schema 2020-12 with the standard's formats, strict about unknown keywords. */
export function createAjv(options: { allErrors?: boolean } = {}): AjvInstance {
  const { Ajv2020 } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020Class };
  const addFormats = (require('ajv-formats') as { default: FormatsPlugin }).default;
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: options.allErrors ?? true, allowUnionTypes: true });
  addFormats(ajv);
  for (const [name, validate] of Object.entries(customFormats)) ajv.addFormat(name, validate);
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  return ajv;
}
