import type { HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { missing, ruleBroken } from '../../support/refusals.ts';
import { withEtag } from '../../support/versions.ts';
import { assertMembersOf, byKeys, compact, householdRecordInPath, inPeriod, staffOf, type Schemas } from './common.ts';

type CaseRecord = Schemas['CaseRecord'];

/** Keyword normalisation: NFKC folds full- and half-width forms, then case is folded (06.5.3). */
const normalise = (text: string) => text.normalize('NFKC').toLowerCase();
const verbatim = (text: string) => text;

/** The case-record entry as the edition shows it (approval status only from 2.1 on). */
export const showCaseRecord = (env: AreaEnv, record: CaseRecord): CaseRecord =>
  env.edition === '2.0' ? (({ approvalStatus: _s, approvalId: _a, ...rest }) => rest)(record) : record;

export function caseRecords(env: AreaEnv): Partial<HogoAdapter> {
  return {
    /** 06.1.1–06.1.3, 06.1.7, 06.1.8: a new entry; author and time stamp from the credentials and the clock. */
    async createCaseRecord({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = householdRecordInPath(tx, path.householdId).value;
        if (!hasMutant(env, 'case-record-member-unchecked')) assertMembersOf(household, body.memberIds, '/body/memberIds');
        if (body.correctsRecordId !== undefined) {
          const original = tx.get<CaseRecord>('CaseRecord', body.correctsRecordId);
          if (!original || original.value.householdId !== household.householdId) {
            throw ruleBroken('unknown-reference', '/body/correctsRecordId', {
              ja: '訂正元のケース記録が当該世帯の記録として存在しません',
              en: 'The entry to correct is not an entry of this household',
            });
          }
          if (hasMutant(env, 'correction-overwrites-original')) {
            tx.put('CaseRecord', original.value.recordId, { ...original.value, title: body.title, body: body.body });
          }
        }
        const recordId = newId(tx, 'CR');
        const record: CaseRecord = compact({
          recordId,
          householdId: household.householdId,
          recordedOn: hasMutant(env, 'case-record-date-from-clock') ? env.clock.today() : body.recordedOn,
          category: body.category,
          title: body.title,
          body: body.body,
          memberIds: body.memberIds,
          correctsRecordId: body.correctsRecordId,
          recordedBy: hasMutant(env, 'case-record-author-from-client') ? 'system' : staffOf(ctx),
          recordedAt: env.clock.now().toISOString(),
        });
        return withEtag(recordId, tx.put('CaseRecord', recordId, record), showCaseRecord(env, record));
      });
    },

    /** 06.1.4, 06.1.5, 06.4.16: in recordedOn order (ties by recordedAt), by category and period. */
    async listCaseRecords({ path, query: asked }) {
      householdRecordInPath(env.store, path.householdId);
      const query = hasMutant(env, 'case-record-filter-ignored') ? { cursor: asked.cursor, limit: asked.limit } as typeof asked : asked;
      const items = env.store
        .select<CaseRecord>('CaseRecord', (r) => r.householdId === path.householdId)
        .map((r) => r.value)
        .filter((r) => !query.category || r.category === query.category)
        .filter((r) => inPeriod(r.recordedOn, query.from, query.to))
        .sort(byKeys((r) => r.recordedOn, (r) => r.recordedAt, (r) => r.recordId))
        .map((r) => showCaseRecord(env, r));
      return page(items, query);
    },

    /** 06.1.6, 06.1.9: one entry with its ETag; no update or delete exists. */
    async getCaseRecord({ path }, ctx) {
      const record = env.store.get<CaseRecord>('CaseRecord', path.recordId);
      const ownOnly = hasMutant(env, 'case-record-read-own-only');
      if (!record || (ownOnly && record.value.recordedBy !== staffOf(ctx))) throw missing('ケース記録', 'case-record entry');
      return withEtag(path.recordId, record, showCaseRecord(env, record.value));
    },

    /** 06.5.1–06.5.3: keyword in title or body, narrowed by household, category and period; newest first. */
    async searchCaseRecords({ query }) {
      const fold = hasMutant(env, 'keyword-search-exact-only') ? verbatim : normalise;
      const keyword = query.q === undefined ? undefined : fold(query.q);
      const items = env.store
        .records<CaseRecord>('CaseRecord')
        .map((r) => r.value)
        .filter((r) => !keyword || fold(r.title).includes(keyword) || (!hasMutant(env, 'keyword-search-misses-body') && fold(r.body).includes(keyword)))
        .filter((r) => !query.householdId || r.householdId === query.householdId)
        .filter((r) => !query.category || r.category === query.category)
        .filter((r) => inPeriod(r.recordedOn, query.from, query.to))
        .sort(byKeys((r) => r.recordedOn, (r) => r.recordedAt, (r) => r.recordId))
        .reverse()
        .map((r) => showCaseRecord(env, r));
      return page(items, query);
    },
  };
}
