import { unprocessable, type HogoAdapter } from '@hogo-kit/sdk';
import type { Stored } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { withHouseholdType, type Household } from '../../support/households.ts';
import { dataSetCollections } from './collections.ts';
import { assertSupported, assertWellFormedDataSet, FORMAT_VERSION, integrityErrors } from './dataset-checks.ts';
import { sequencesOf } from './sequences.ts';
import { loadUpTo, withoutMyNumbers } from './partial-import.ts';

type DataSet = Awaited<ReturnType<HogoAdapter['exportDataSet']>>;
type Json = Record<string, unknown>;

const PRODUCER = { name: 'hogo-kit reference server', vendor: 'hogo-kit', version: '0.1.0' };

/** 移行データの出力・取込み (13.6): the whole business data as one DataSet, and back, all or nothing. */
export function migrationOperations(env: AreaEnv): Pick<HogoAdapter, 'exportDataSet' | 'importDataSet'> {
  const { store, clock, edition } = env;
  const collections = dataSetCollections(edition);
  return {
    async exportDataSet() {
      const today = clock.today();
      const dataSet: Json = { formatVersion: FORMAT_VERSION, edition, exportedAt: clock.now().toISOString(), producer: PRODUCER };
      for (const c of collections) {
        // Seeded defect export-drops-records: the case records are left out of the data set.
        if (c.schema === 'CaseRecord' && hasMutant(env, 'export-drops-records')) continue;
        // The stored values themselves (deep-frozen): serialised into the answer, never changed, so not copied.
        const values = store.records<Json>(c.schema).map((r) => r.value);
        // Households as the API shows them (世帯類型 derived as of today); members inside, 個人番号 in full.
        dataSet[c.property] = c.schema === 'Household' ? values.map((h) => withHouseholdType(h as unknown as Household, today)) : values;
      }
      return dataSet as DataSet;
    },

    async importDataSet({ query, body }, ctx) {
      const dataSet = body as unknown as Json;
      // Seeded defect format-version-unchecked (13.6.4): the format version of the data set is not looked at.
      const checked = hasMutant(env, 'format-version-unchecked') ? { ...dataSet, formatVersion: FORMAT_VERSION } : dataSet;
      assertSupported(checked, edition, hasMutant(env, 'data-set-20-refused'));
      assertWellFormedDataSet(dataSet);
      const errors = integrityErrors(dataSet, collections);
      if (errors.length > 0) {
        if (query.mode === 'replace' && hasMutant(env, 'import-not-atomic')) await loadUpTo(store, dataSet, collections, errors[0]!.pointer);
        throw unprocessable('invalid-data-set', { ja: '移行データに不備があります。何も取り込んでいません。', en: 'The data set has faults; nothing was loaded.' }, errors);
      }
      // Seeded defect import-loses-my-number: the members' 個人番号 are not loaded.
      if (hasMutant(env, 'import-loses-my-number')) withoutMyNumbers(dataSet);
      const counts: Record<string, number> = {};
      const loaded: Record<string, unknown[]> = {};
      for (const c of collections) {
        const records = (dataSet[c.property] ?? []) as Json[];
        counts[c.property] = records.length;
        loaded[c.schema] = records;
      }
      counts.members = ((dataSet.households ?? []) as Household[]).reduce((n, h) => n + h.members.length, 0);
      return store.transact((tx) => {
        const importId = `IMP-${String(tx.peekSequence('id:IMP')).padStart(6, '0')}`;
        const derived = sequencesOf(loaded);
        const current = store.sequenceValues();
        const sequences: Record<string, number> = { ...current, 'id:IMP': tx.peekSequence('id:IMP') };
        for (const [name, value] of Object.entries(derived)) sequences[name] = Math.max(value, current[name] ?? 0);
        // Seeded defect validation-loads-data: a validation-only import loads the data set too.
        if (query.mode === 'replace' || hasMutant(env, 'validation-loads-data')) {
          // The records are the request's own (parsed from the wire, used by nothing else after this): the store
          // takes them over without copying them, so a data set of 100,000 households loads in seconds.
          const restored = new Map<string, Map<string, Stored<unknown>>>();
          for (const c of collections) {
            const records = loaded[c.schema] as Json[];
            if (records.length === 0) continue;
            const byId = new Map<string, Stored<unknown>>();
            for (const record of records) byId.set(String(record[c.key]), { value: record, version: 1 });
            restored.set(c.schema, byId);
          }
          tx.replaceAll({ collections: restored, sequences: new Map(Object.entries(sequences)) });
        }
        return {
          importId,
          mode: query.mode,
          importedAt: clock.now().toISOString(),
          importedBy: ctx.principal.staffId,
          formatVersion: String(dataSet.formatVersion),
          edition: dataSet.edition as '2.0' | '2.1',
          counts,
        };
      });
    },
  };
}
