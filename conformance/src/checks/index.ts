import type { CheckDefinition } from '../engine/types.ts';
import { forbiddenChecks } from './auth/forbidden.ts';
import { unauthenticatedChecks } from './auth/unauthenticated.ts';
import { householdUpdateIfMatch } from './concurrency/if-match.ts';
import { lgCodeCheckDigit, myNumberCheckDigit } from './data/check-digits.ts';
import { myNumberHiddenFromOthers, myNumberShownToAuthorised } from './data/my-number-visibility.ts';
import { namesKeptExactly } from './data/name-fidelity.ts';

/** Every check of the suite (a curated list; the runner selects by edition and declaration). */
export function allChecks(): CheckDefinition[] {
  return [
    ...unauthenticatedChecks(),
    ...forbiddenChecks(),
    namesKeptExactly,
    lgCodeCheckDigit,
    myNumberCheckDigit,
    myNumberShownToAuthorised,
    myNumberHiddenFromOthers,
    householdUpdateIfMatch,
  ];
}
