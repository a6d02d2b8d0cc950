import { checks_a1314 } from '../../../src/checks/areas/13-14/index.ts';
import { unauthenticatedChecks } from '../../../src/checks/auth/unauthenticated.ts';
import { householdUpdateIfMatch } from '../../../src/checks/concurrency/if-match.ts';
import { lgCodeCheckDigit, myNumberCheckDigit } from '../../../src/checks/data/check-digits.ts';
import { myNumberShownToAuthorised } from '../../../src/checks/data/my-number-visibility.ts';
import { describeChecks, type MutantCase } from '../../support/area-suite.ts';

const mutants: MutantCase[] = [
  // The cases of the first version of this file (2.1), now tried in every edition the check applies to.
  { mutant: 'two-heads-accepted', check: 'data.one-head-of-household' },
  { mutant: 'refused-request-writes', check: 'data.one-head-of-household' },
  { mutant: 'audit-entry-skipped', check: 'audit.access-logged' },
  { mutant: 'audit-chain-broken', check: 'audit.hash-chain' },
  { mutant: 'audit-chain-broken', check: 'audit.verification' },
  { mutant: 'cursor-limit-ignored', check: 'common.cursor-pagination' },
  { mutant: 'double-payment-on-retry', check: 'common.idempotent-retries' },
  { mutant: 'import-not-atomic', check: 'data.migration-import-all-or-nothing' },
  { mutant: 'declaration-unknown-option', check: 'common.declaration-served' },
  // Area 13: registration, characters, codes and dates.
  { mutant: 'household-members-after-first-dropped', check: 'data.household-registered-with-members' },
  { mutant: 'added-member-not-saved', check: 'data.member-added' },
  { mutant: 'household-patch-clears-omitted', check: 'data.household-partial-update' },
  { mutant: 'member-patch-clears-omitted', check: 'data.member-partial-update' },
  { mutant: 'length-counted-in-utf16', check: 'data.length-counted-in-code-points' },
  { mutant: 'malformed-text-replaced', check: 'data.malformed-text-refused' },
  { mutant: 'code-list-outdated', check: 'data.code-values-checked' },
  { mutant: 'leap-day-refused', check: 'data.calendar-dates-checked' },
  { mutant: 'birth-date-in-future-accepted', check: 'data.future-birth-date-refused' },
  // Area 13: extraction (2.1) and migration.
  { mutant: 'extraction-caseworker-ignored', check: 'data.extraction-by-section-worker-household' },
  { mutant: 'extraction-items-ignored', check: 'data.extraction-items-and-csv-format' },
  { mutant: 'extraction-csv-unquoted', check: 'data.extraction-items-and-csv-format' },
  { mutant: 'extraction-unit-ignored', check: 'data.extraction-per-household-or-member' },
  { mutant: 'extraction-code-names-ignored', check: 'data.extraction-code-values-as-names' },
  { mutant: 'extraction-status-filter-ignored', check: 'data.extraction-by-status-and-type' },
  { mutant: 'export-drops-records', check: 'data.migration-round-trip' },
  { mutant: 'import-loses-my-number', check: 'data.migration-round-trip' },
  { mutant: 'validation-loads-data', check: 'data.migration-validate-only' },
  { mutant: 'data-set-20-refused', check: 'data.migration-2-0-data-set-accepted' },
  // Area 14.
  { mutant: 'system-admin-has-case-roles', check: 'common.system-admin-reads-no-case-data' },
  { mutant: 'bad-if-match-crashes', check: 'common.no-server-error-on-bad-input' },
  { mutant: 'stale-update-accepted', check: 'common.concurrent-updates-one-wins' },
  { mutant: 'member-update-race', check: 'common.concurrent-updates-one-wins' },
  // Requirements first named by a mutant in issue #6.
  { mutant: 'household-search-birth-date-ignored', check: 'data.household-search-filters', says: /does not match but was listed/ },
  { mutant: 'household-list-section-ignored', check: 'data.household-search-filters', says: /does not match but was listed/ },
  { mutant: 'departed-member-removed', check: 'data.member-departure-kept', says: /removed from the household/ },
  { mutant: 'error-echoes-input', check: 'data.my-number-not-in-logs-or-errors', says: /carries the number/ },
  { mutant: 'format-version-unchecked', check: 'data.migration-export-and-format', says: /format version 99\.0/ },
  { mutant: 'denied-attempts-not-logged', check: 'audit.access-logged', says: /outcome denied/ },
  { mutant: 'audit-log-purge-route', check: 'audit.no-change-or-delete', says: /DELETE \/audit-log/ },
  { mutant: 'audit-search-operation-ignored', check: 'audit.access-logged', says: /entries not matching/ },
  { mutant: 'problem-as-plain-json', check: 'common.problem-details-per-field' },
  { mutant: 'problem-english-dropped', check: 'common.problem-details-per-field', says: /English/ },
  { mutant: 'problem-field-errors-dropped', check: 'common.problem-details-per-field', says: /errors\[\] has no entry/ },
  { mutant: 'unknown-fields-dropped', check: 'common.unknown-fields-refused', says: /not 4xx/ },
  { mutant: 'bad-cursor-restarts', check: 'common.cursor-pagination', says: /not 400/ },
  { mutant: 'health-requires-credential', check: 'common.health-without-credential' },
];

describeChecks('areas 13–14', checks_a1314(), mutants);

/** Requirements of areas 13–14 verified by the shared checks (data, concurrency, authentication). */
const shared = [
  lgCodeCheckDigit,
  myNumberCheckDigit,
  myNumberShownToAuthorised,
  householdUpdateIfMatch,
  ...unauthenticatedChecks().filter((c) => c.id === 'auth.unauthenticated.list-households'),
];

describeChecks('areas 13–14 (shared checks)', shared, [
  { mutant: 'lg-code-check-digit-recomputed', check: 'data.lg-code-check-digit' },
  { mutant: 'my-number-check-digit-recomputed', check: 'data.my-number-check-digit' },
  { mutant: 'my-number-masked-for-supervisor', check: 'data.my-number-shown-to-authorised-roles', says: /supervisor/ },
  { mutant: 'read-without-etag', check: 'concurrency.household-update-if-match', says: /ETag/ },
  { mutant: 'missing-if-match-unconditional', check: 'concurrency.household-update-if-match', says: /without If-Match/ },
  { mutant: 'missing-token-served-as-caseworker', check: 'auth.unauthenticated.list-households', says: /no token/ },
]);
