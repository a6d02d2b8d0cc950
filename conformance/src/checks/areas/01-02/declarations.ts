import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { householdInput, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { expectEqual, failWith, type Fault } from './support.ts';

/**
 * 02.3.2 (and 02.3.1 in 2.0): asset declarations with items and total, each one kept and listed by date. In 2.1,
 * 02.3.1 also asks for the link to the visit record, which this check does not try: it claims 02.3.1 for 2.0 only.
 */
async function runAssetDeclarations(ctx: CheckContext): Promise<void> {
    const worker = requireClient(ctx, 'caseworker');
    const household = await registerHousehold(ctx, requireClient(ctx, 'intake'), householdInput(uniqueSection()));
    const hid = String(household.householdId);
    const owner = String(membersOf(household)[0]?.memberId);
    const later = {
      declaredOn: '2024-10-01', occasion: 'periodic',
      items: [{ assetType: '02', description: '見本銀行 普通預金', amount: 30000, ownerMemberId: owner }, { assetType: '01', description: '手持ち現金', amount: 5000, ownerMemberId: owner }],
    };
    const earlier = { declaredOn: '2024-04-01', occasion: 'change', items: [{ assetType: '07', description: '軽自動車（通院用）', amount: 150000, ownerMemberId: owner }] };
    const faults: Fault[] = [];
    const first = expectBody(ctx, await send(worker, 'createAssetDeclaration', { path: { householdId: hid }, body: later }), 201, { ja: '資産申告の登録', en: 'recording an asset declaration' });
    expectEqual(faults, { ja: '合計額', en: 'totalAmount' }, first.totalAmount, 35000);
    const second = expectBody(ctx, await send(worker, 'createAssetDeclaration', { path: { householdId: hid }, body: earlier }), 201, { ja: '2件目の資産申告の登録', en: 'recording a second asset declaration' });
    const list = expectBody(ctx, await send(worker, 'listAssetDeclarations', { path: { householdId: hid }, query: { limit: 100 } }), 200, { ja: '資産申告の一覧', en: 'listing asset declarations' });
    const items = Array.isArray(list.items) ? list.items.filter(isObject) : [];
    expectEqual(faults, { ja: '申告日の順の一覧', en: 'the list in date order' }, items.map((d) => d.declarationId), [second.declarationId, first.declarationId]);
    const kept = items.find((d) => d.declarationId === first.declarationId);
    if (kept) {
      expectEqual(faults, { ja: '一覧の合計額', en: 'the listed total' }, kept.totalAmount, 35000);
      const row = Array.isArray(kept.items) && isObject(kept.items[0]) ? kept.items[0] : {};
      expectEqual(faults, { ja: '明細', en: 'the first item' }, [row.assetType, row.description, row.amount, row.ownerMemberId], ['02', '見本銀行 普通預金', 30000, owner]);
    }
    failWith(ctx, { ja: '資産申告', en: 'asset declarations' }, faults);
}

export const assetDeclarations = defineCheck({
  id: 'investigation.asset-declarations-kept-with-total',
  title: { ja: '資産申告は上書きされず、申告日の順に合計額とともに一覧できる', en: 'Asset declarations are all kept and listed by date with their totals' },
  verifies: ['02.3.2'],
  run: runAssetDeclarations,
});

export const assetDeclarationItems20 = defineCheck({
  id: 'investigation.asset-declaration-items-and-total',
  title: { ja: '資産申告を資産の種類・内容・金額・名義人ごとに記録し合計額を表示できる（2.0）', en: 'An asset declaration is recorded per item with its total (2.0)' },
  verifies: ['02.3.1'],
  editions: ['2.0'],
  run: runAssetDeclarations,
});
