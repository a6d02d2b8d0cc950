import type { components, HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { page } from '../../support/page.ts';
import { ruleBroken, unknownReference } from '../../support/refusals.ts';
import { applicationInBody, assertApplicationOf, assertMemberOf, byKeyThenId, householdInPath } from './common.ts';

type AssetDeclaration = components['schemas']['AssetDeclaration'];
type IncomeReport = components['schemas']['IncomeReport'];
type VisitRecord = components['schemas']['VisitRecord'];

/** 資産申告 (02.3.1, 02.3.2) and 収入申告 (02.3.3, 02.3.4). */
export function declarations(env: AreaEnv): Pick<HogoAdapter, 'createAssetDeclaration' | 'listAssetDeclarations' | 'createIncomeReport' | 'listIncomeReports'> {
  return {
    async createAssetDeclaration({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = householdInPath(tx, path.householdId);
        body.items.forEach((item, i) => {
          if (item.ownerMemberId !== undefined) assertMemberOf(household, item.ownerMemberId, `/body/items/${i}/ownerMemberId`);
        });
        if (body.applicationId !== undefined) {
          assertApplicationOf(applicationInBody(tx, body.applicationId, '/body/applicationId'), household.householdId, '/body/applicationId');
        }
        if (body.visitId !== undefined) {
          const visit = tx.get<VisitRecord>('VisitRecord', body.visitId)?.value;
          if (!visit) throw unknownReference('/body/visitId', '訪問記録', 'visit record');
          if (visit.householdId !== household.householdId) {
            throw ruleBroken('visit-of-another-household', '/body/visitId', { ja: '訪問記録がこの世帯の訪問記録ではありません。', en: 'The visit record is not one of this household.' });
          }
        }
        // Seeded defect asset-declaration-history-overwritten: the household's earlier declaration is written over.
        const earlier = hasMutant(env, 'asset-declaration-history-overwritten')
          ? tx.all<AssetDeclaration>('AssetDeclaration').find((r) => r.value.householdId === household.householdId)?.value.declarationId
          : undefined;
        const declarationId = earlier ?? newId(tx, 'AD');
        // Seeded defect asset-declaration-visit-unlinked: the visit the declaration was received on is not kept.
        const { visitId: _visit, ...unlinked } = body;
        const declaration: AssetDeclaration = {
          ...(hasMutant(env, 'asset-declaration-visit-unlinked') ? unlinked : body),
          declarationId,
          householdId: household.householdId,
          totalAmount: body.items.reduce((sum, item) => sum + item.amount, 0),
          recordedAt: env.clock.now().toISOString(),
          recordedBy: ctx.principal.staffId,
        };
        tx.put('AssetDeclaration', declarationId, declaration);
        return declaration;
      });
    },

    async listAssetDeclarations({ path, query }) {
      householdInPath(env.store, path.householdId);
      const items = env.store
        .select<AssetDeclaration>('AssetDeclaration', (d) => d.householdId === path.householdId)
        .map((r) => r.value)
        .sort(byKeyThenId((d) => d.declaredOn, (d) => d.declarationId));
      return page(items, query);
    },

    async createIncomeReport({ path, body }, ctx) {
      return env.store.transact((tx) => {
        const household = householdInPath(tx, path.householdId);
        assertMemberOf(household, body.memberId, '/body/memberId');
        const reportId = newId(tx, 'IR');
        // Seeded defect income-report-expenses-dropped: the necessary expenses (必要経費) of the report are not kept.
        const { otherNecessaryExpenses: _expenses, ...noExpenses } = body;
        const report: IncomeReport = {
          ...(hasMutant(env, 'income-report-expenses-dropped') ? noExpenses : body),
          reportId,
          householdId: household.householdId,
          recordedAt: env.clock.now().toISOString(),
          recordedBy: ctx.principal.staffId,
        };
        tx.put('IncomeReport', reportId, report);
        return report;
      });
    },

    async listIncomeReports({ path, query }) {
      householdInPath(env.store, path.householdId);
      const items = env.store
        .select<IncomeReport>('IncomeReport', (r) => r.householdId === path.householdId)
        .map((r) => r.value)
        .filter((r) => query.memberId === undefined || r.memberId === query.memberId)
        .filter((r) => query.incomeMonth === undefined || r.incomeMonth === query.incomeMonth || hasMutant(env, 'income-report-month-filter-ignored'))
        .filter((r) => (query.fromMonth === undefined || r.incomeMonth >= query.fromMonth) && (query.toMonth === undefined || r.incomeMonth <= query.toMonth))
        .sort(byKeyThenId((r) => r.incomeMonth, (r) => r.reportId));
      return page(items, query);
    },
  };
}
