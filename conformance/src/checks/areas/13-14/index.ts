import type { CheckDefinition } from '../../../engine/types.ts';
import { accessLogged, auditAppendOnly, auditChain, auditVerification, myNumberNotInLogsOrErrors } from './audit.ts';
import { declarationServed, exportCarriesEverything, healthWithoutCredential } from './declaration.ts';
import { problemDetailsPerField, unknownFieldsRefused } from './errors.ts';
import { memberDepartureKept, oneHeadOfHousehold } from './households.ts';
import { cursorPagination, idempotentRetries } from './idempotency.ts';
import { householdSearch, importAllOrNothing } from './migration.ts';

/** Checks of the requirements of areas 13, 14 (curated list). */
export function checks_a1314(): CheckDefinition[] {
  return [
    problemDetailsPerField,
    unknownFieldsRefused,
    oneHeadOfHousehold,
    memberDepartureKept,
    idempotentRetries,
    cursorPagination,
    accessLogged,
    auditChain,
    auditVerification,
    auditAppendOnly,
    myNumberNotInLogsOrErrors,
    declarationServed,
    healthWithoutCredential,
    exportCarriesEverything,
    importAllOrNothing,
    householdSearch,
  ];
}
