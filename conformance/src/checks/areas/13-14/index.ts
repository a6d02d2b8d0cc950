import type { CheckDefinition } from '../../../engine/types.ts';
import { accessLogged, auditAppendOnly, auditChain, auditVerification, myNumberNotInLogsOrErrors } from './audit.ts';
import { noServerErrorOnBadInput } from './bad-input.ts';
import { lengthInCodePoints, malformedTextRefused } from './characters.ts';
import { calendarDatesChecked, codeValuesChecked, futureBirthDateRefused } from './codes.ts';
import { concurrentUpdatesOneWins } from './concurrent-updates.ts';
import { declarationServed, exportCarriesEverything, healthWithoutCredential } from './declaration.ts';
import { problemDetailsPerField, unknownFieldsRefused } from './errors.ts';
import { extractionByConditions, extractionItemsAndFormat, extractionUnit } from './extraction.ts';
import { extractionByStatusAndType, extractionCodeNames } from './extraction-options.ts';
import { memberDepartureKept, oneHeadOfHousehold } from './households.ts';
import { cursorPagination, idempotentRetries } from './idempotency.ts';
import { householdSearch, importAllOrNothing } from './migration.ts';
import { migrationRoundTrip } from './migration-round-trip.ts';
import { dataSet20Accepted, validationOnlyImport } from './migration-validation.ts';
import { householdRegistered, memberAdded } from './registration.ts';
import { systemAdminReadsNoCaseData } from './separation.ts';
import { householdPartialUpdate, memberPartialUpdate } from './updates.ts';

/** Checks of the requirements of areas 13, 14 (curated list). */
export function checks_a1314(): CheckDefinition[] {
  return [
    householdRegistered,
    memberAdded,
    householdPartialUpdate,
    memberPartialUpdate,
    lengthInCodePoints,
    malformedTextRefused,
    codeValuesChecked,
    calendarDatesChecked,
    futureBirthDateRefused,
    extractionByConditions,
    extractionUnit,
    extractionItemsAndFormat,
    extractionCodeNames,
    extractionByStatusAndType,
    validationOnlyImport,
    migrationRoundTrip,
    dataSet20Accepted,
    problemDetailsPerField,
    unknownFieldsRefused,
    noServerErrorOnBadInput,
    systemAdminReadsNoCaseData,
    concurrentUpdatesOneWins,
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
