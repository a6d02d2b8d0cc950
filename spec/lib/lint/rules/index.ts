import type { LintRule } from '../types.ts';
import { codelistKnown, codelistUsed } from './codelists.ts';
import { operationConventions } from './conventions.ts';
import { editionMarks } from './editions.ts';
import { flowLinks } from './flows.ts';
import { idFormat, uniqueIds } from './ids.ts';
import { japaneseText } from './japanese.ts';
import { legalBasis } from './legal-basis.ts';
import { kijunData } from './kijun.ts';
import { autoLinked, operationRequirements, requirementLinks } from './links.ts';
import { openapiValid } from './openapi.ts';
import { refsResolve, schemaCompiles } from './schemas.ts';
import { catalogueSchema, codelistSchema, flowSchema, yamlParse } from './source-shape.ts';

/** Every lint rule, in the order they are reported. */
export const rules: LintRule[] = [
  yamlParse,
  catalogueSchema,
  codelistSchema,
  flowSchema,
  editionMarks,
  uniqueIds,
  idFormat,
  japaneseText,
  requirementLinks,
  autoLinked,
  legalBasis,
  operationRequirements,
  flowLinks,
  refsResolve,
  schemaCompiles,
  codelistKnown,
  codelistUsed,
  operationConventions,
  kijunData,
  openapiValid,
];
