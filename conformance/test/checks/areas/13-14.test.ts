import { checks_a1314 } from '../../../src/checks/areas/13-14/index.ts';
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
];

describeChecks('areas 13–14', checks_a1314(), mutants);
