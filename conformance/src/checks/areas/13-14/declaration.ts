import { defineCheck } from '../../../engine/registry.ts';
import { requirementsOf } from '../../../catalogue.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { householdInput, member, testMyNumber, uniqueSection } from '../../data/fixtures.ts';
import { expectBody, membersOf, registerHousehold } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { fault } from './shared.ts';

/** 14.6.1 and 14.6.2: the declaration names the edition, the product and its build, options of that edition, and when. */
export const declarationServed = defineCheck({
  id: 'common.declaration-served',
  title: {
    ja: '適合宣言は準拠版、製品（製品名・事業者名・版・ビルド）、その版の標準オプションの要件番号及び宣言日時からなる',
    en: 'The declaration gives the edition, the product (name, vendor, version, build), option ids of that edition and when it was made',
  },
  verifies: ['14.6.1', '14.6.2'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const step = { ja: '適合宣言（getDeclaration）', en: 'the declaration (getDeclaration)' };
    const body = expectBody(ctx, await send(client, 'getDeclaration'), 200, step);
    if (body.edition !== ctx.edition) fault(faults, step, { ja: `準拠版が ${ctx.edition} でなく ${String(body.edition)}`, en: `edition ${String(body.edition)}, not ${ctx.edition}` });
    const product = isObject(body.product) ? body.product : {};
    for (const item of ['name', 'vendor', 'version', 'build']) {
      if (typeof product[item] !== 'string' || product[item] === '') fault(faults, step, { ja: `製品の ${item} がない`, en: `no product ${item}` });
    }
    if (typeof body.declaredAt !== 'string' || Number.isNaN(Date.parse(body.declaredAt))) fault(faults, step, { ja: '宣言日時がない', en: 'no declaredAt' });
    if (!Array.isArray(body.options)) fault(faults, step, { ja: '標準オプションの一覧がない', en: 'no options list' });
    else {
      const options = new Set(requirementsOf(ctx.edition).filter((r) => r.class === 'option').map((r) => r.id));
      for (const id of body.options) {
        if (typeof id !== 'string' || !options.has(id)) fault(faults, step, { ja: `${String(id)} は ${ctx.edition} 版の標準オプションでない`, en: `${String(id)} is not an option of edition ${ctx.edition}` });
      }
    }
    failWith(ctx, { ja: '適合宣言が標準の内容を満たさない', en: 'The declaration does not meet the standard' }, faults);
  },
});

/** 14.6.3: the health operation answers without a credential and carries no personal data. */
export const healthWithoutCredential = defineCheck({
  id: 'common.health-without-credential',
  title: {
    ja: '稼働確認は認証なしで応答し、個人データを含まない',
    en: 'The health operation answers without a credential and carries no personal data',
  },
  verifies: ['14.6.3'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const number = testMyNumber();
    await registerHousehold(ctx, client, householdInput(uniqueSection(), { members: [member({ myNumber: number })] }));
    const faults: Fault[] = [];
    const step = { ja: '認証なしの getHealth', en: 'getHealth without a credential' };
    const answer = await send(ctx.anonymous(), 'getHealth');
    const body = expectBody(ctx, answer, 200, step);
    if (body.status !== 'ok' && body.status !== 'degraded') fault(faults, step, { ja: '状態（ok・degraded）がない', en: 'no status (ok or degraded)' });
    if (typeof body.checkedAt !== 'string') fault(faults, step, { ja: '確認日時がない', en: 'no checkedAt' });
    if (answer.text.includes(number) || /見本|ミホン|\b9999\d{8}\b/.test(answer.text)) fault(faults, step, { ja: '個人データを含む', en: 'carries personal data' });
    failWith(ctx, { ja: '稼働確認が標準のとおりでない', en: 'The health operation does not meet the standard' }, faults);
  },
});

/** 13.6.1 and 13.6.4: the export carries the format version, the edition, when, and the household just registered; an unsupported format is refused. */
export const exportCarriesEverything = defineCheck({
  id: 'data.migration-export-and-format',
  title: {
    ja: '移行データは形式版・準拠版・出力日時を付し、登録した世帯と世帯員を含み、対応しない形式版・準拠版の取込みは拒否される',
    en: 'The export carries format version, edition and time with the household just registered; an unsupported format or edition is refused on import',
  },
  verifies: ['13.6.1', '13.6.4'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const manager = requireClient(ctx, 'manager');
    const faults: Fault[] = [];
    const number = testMyNumber();
    const created = await registerHousehold(ctx, client, householdInput(uniqueSection(), { members: [member({ myNumber: number })] }));
    const step = { ja: '移行データの出力（exportDataSet）', en: 'the export (exportDataSet)' };
    const dataSet = expectBody(ctx, await send(manager, 'exportDataSet'), 200, step);
    if (typeof dataSet.formatVersion !== 'string') fault(faults, step, { ja: '形式版がない', en: 'no formatVersion' });
    if (dataSet.edition !== ctx.edition) fault(faults, step, { ja: `準拠版が ${ctx.edition} でない`, en: `edition is not ${ctx.edition}` });
    if (typeof dataSet.exportedAt !== 'string') fault(faults, step, { ja: '出力日時がない', en: 'no exportedAt' });
    const households = Array.isArray(dataSet.households) ? dataSet.households.filter(isObject) : [];
    const mine = households.find((h) => h.householdId === created.householdId);
    if (!mine) fault(faults, step, { ja: '登録した世帯が含まれない', en: 'the household just registered is missing' });
    else if (membersOf(mine)[0]?.myNumber !== number || JSON.stringify(membersOf(mine)[0]?.name) !== JSON.stringify(membersOf(created)[0]?.name)) {
      fault(faults, step, { ja: '世帯員の氏名又は個人番号が登録時と異なる', en: 'the member name or number differs from what was registered' });
    }

    // 13.6.4: an unsupported format version and an unknown edition are refused, nothing loaded. The data set is the
    // whole export, so that even a target that wrongly loads it keeps its data (the suite never empties a store).
    for (const [change, what] of [
      [{ formatVersion: '99.0' }, { ja: '形式版 99.0', en: 'format version 99.0' }],
      [{ edition: '9.9' }, { ja: '準拠版 9.9', en: 'edition 9.9' }],
    ] as const) {
      const answer = await send(manager, 'importDataSet', { query: { mode: 'replace' }, body: { ...dataSet, ...change } });
      if (answer.status < 400 || answer.status >= 500) fault(faults, { ja: `${what.ja} の取込み`, en: `importing ${what.en}` }, { ja: `拒否されず ${answer.status}`, en: `not refused (${answer.status})` });
    }
    const still = await send(client, 'getHousehold', { path: { householdId: String(created.householdId) } });
    if (still.status !== 200) fault(faults, { ja: '拒否された取込みの後', en: 'after the refused imports' }, { ja: '登録した世帯が照会できない', en: 'the registered household cannot be read' });

    failWith(ctx, { ja: '移行データの出力又は形式版の検査が正しくない', en: 'The export or the format check is not correct' }, faults);
  },
});
