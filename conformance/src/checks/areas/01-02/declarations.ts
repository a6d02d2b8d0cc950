import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { householdInput, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { itemsOf, must, mustRefuse, newHousehold } from '../../support/steps.ts';
import { expectEqual, failWith, type Fault } from './support.ts';

/**
 * 02.3.2 (and 02.3.1 in 2.0): asset declarations with items and total, each one kept and listed by date. In 2.1,
 * 02.3.1 also asks for the link to the visit record: assetDeclarationOnVisit verifies it there.
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

/**
 * 02.3.1 (2.1): an asset declaration received on a periodic home visit is recorded per item (kind, description,
 * amount, owner) with its total and linked to that visit record; a visit record of another household is refused.
 */
export const assetDeclarationOnVisit = defineCheck({
  id: 'investigation.asset-declaration-linked-to-visit',
  title: { ja: '資産申告を明細ごとに記録して合計額を表示し、定期訪問で受領した申告を訪問記録と関連付けられる', en: 'An asset declaration is recorded per item with its total and linked to the visit on which it was received' },
  verifies: ['02.3.1'],
  editions: ['2.1'],
  async run(ctx) {
    const worker = requireClient(ctx, 'caseworker');
    const own = await newHousehold(ctx, worker);
    const other = await newHousehold(ctx, worker);
    const visit = (householdId: string, memberId: string) => must(ctx, worker, 'createVisitRecord', {
      path: { householdId }, body: { visitedOn: '2025-04-10', visitKind: 'home', metRecipient: true, memberIds: [memberId], summary: '定期訪問。資産申告書を受領した。' },
    }, 201, { ja: '訪問記録の登録', en: 'recording the visit' });
    const visitId = String((await visit(own.householdId, own.memberId)).visitId);
    const foreignVisit = String((await visit(other.householdId, other.memberId)).visitId);
    const items = [{ assetType: '02', description: '見本銀行 普通預金', amount: 42000, ownerMemberId: own.memberId }, { assetType: '01', description: '手持ち現金', amount: 3000, ownerMemberId: own.memberId }];
    const body = { declaredOn: '2025-04-10', occasion: 'periodic', items };
    const path = { householdId: own.householdId };
    await mustRefuse(ctx, worker, 'createAssetDeclaration', { path, body: { ...body, visitId: foreignVisit } }, { ja: '他の世帯の訪問記録と関連付けた資産申告', en: "an asset declaration linked to another household's visit" });
    const made = await must(ctx, worker, 'createAssetDeclaration', { path, body: { ...body, visitId } }, 201, { ja: '訪問記録と関連付けた資産申告の登録', en: 'recording the declaration linked to the visit' });
    const listed = itemsOf(await must(ctx, worker, 'listAssetDeclarations', { path, query: { limit: 100 } }, 200, { ja: '資産申告の一覧', en: 'listing asset declarations' }));
    const faults: Fault[] = [];
    const kept = listed.find((d) => d.declarationId === made.declarationId);
    if (!kept) faults.push({ ja: '登録した資産申告が一覧にない', en: 'the declaration is not listed' });
    for (const [where, d] of [['登録時の応答', made], ['一覧', kept ?? {}]] as const) {
      const label = (ja: string, en: string) => ({ ja: `${where}の${ja}`, en: `${en} (${where === '一覧' ? 'as listed' : 'as answered'})` });
      expectEqual(faults, label('訪問記録番号', 'visitId'), d.visitId, visitId);
      expectEqual(faults, label('合計額', 'totalAmount'), d.totalAmount, 45000);
      const rows = Array.isArray(d.items) ? d.items.filter(isObject).map((i) => [i.assetType, i.description, i.amount, i.ownerMemberId]) : [];
      expectEqual(faults, label('明細', 'items'), rows, items.map((i) => [i.assetType, i.description, i.amount, i.ownerMemberId]));
    }
    failWith(ctx, { ja: '訪問時に受領した資産申告', en: 'the asset declaration received on a visit' }, faults);
  },
});
