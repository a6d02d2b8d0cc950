import { defineCheck } from '../../../engine/registry.ts';
import { failIfAny, testAddressNumber, type Fault } from '../../data/setup.ts';
import type { Json } from '../../data/households.ts';
import { daysFromToday } from '../../support/steps.ts';
import { alertsOf, differs, EDITIONS, linkageChange, mustReceive, protectedPerson, type ItemInput } from './support.ts';

const OLD_ADDRESS = '見本町一丁目11番11号（試験）';
const NEW_ADDRESS = '見本町二丁目12番12号（試験）';

/** The value of an item code in a list of LinkageItem. */
const valueIn = (items: unknown, code: string) => (Array.isArray(items) ? items.find((i: Json) => i?.code === code)?.value : undefined);

/**
 * 12.4.3: the resident registry reported an address before the member's household came into protection; a move
 * reported afterwards raises an alert that shows the kind of change (address-change), the sending system (jumin),
 * the 異動日 and the address before and after the change.
 */
export const alertShowsBeforeAndAfter = defineCheck({
  id: 'linkage.alert-shows-values-before-and-after',
  title: {
    ja: '異動検知アラートに、異動の種類、送信元の業務システム、異動日並びに異動前及び異動後の項目の値が表示される',
    en: 'A change alert shows the kind of change, the sending system, the date of the change and the values before and after',
  },
  verifies: ['12.4.3'],
  editions: EDITIONS,
  async run(ctx) {
    const addressNumber = testAddressNumber();
    await mustReceive(ctx, linkageChange(addressNumber, 'jumin', 'other', daysFromToday(-200), [{ code: 'jumin-address', value: OLD_ADDRESS }]));
    const person = await protectedPerson(ctx, { addressNumber });
    const movedOn = daysFromToday(-3);
    const change = linkageChange(addressNumber, 'jumin', 'address-change', movedOn, [{ code: 'jumin-address', value: NEW_ADDRESS }]);
    await mustReceive(ctx, change);
    const alert = (await alertsOf(ctx, person.householdId)).find((a) => a.changeId === change.changeId);
    if (!alert) {
      return ctx.fail({ ja: '保護中の世帯の世帯員の転居を受信したが、異動検知アラートの一覧にない', en: 'a move of a member of a protected household was received but no alert for it is listed' });
    }
    const faults: Fault[] = [];
    if (alert.type !== 'address-change') faults.push(differs({ ja: 'アラートの異動の種類', en: 'the kind of change on the alert' }, 'address-change', alert.type));
    if (alert.system !== 'jumin') faults.push(differs({ ja: 'アラートの送信元の業務システム', en: 'the sending system on the alert' }, 'jumin', alert.system));
    if (alert.effectiveDate !== movedOn) faults.push(differs({ ja: 'アラートの異動日', en: 'the date of the change on the alert' }, movedOn, alert.effectiveDate));
    if (valueIn(alert.before, 'jumin-address') !== OLD_ADDRESS) faults.push(differs({ ja: 'アラートの異動前の住所', en: 'the address before the change on the alert' }, OLD_ADDRESS, valueIn(alert.before, 'jumin-address')));
    if (valueIn(alert.after, 'jumin-address') !== NEW_ADDRESS) faults.push(differs({ ja: 'アラートの異動後の住所', en: 'the address after the change on the alert' }, NEW_ADDRESS, valueIn(alert.after, 'jumin-address')));
    failIfAny(ctx, faults);
  },
});

/** The seven kinds of change 12.4.4 names, each as one change of the system that reports it. */
function sevenKinds(addressNumber: string): Json[] {
  const on = daysFromToday(-4);
  const kind = (system: string, changeType: string, items: ItemInput[]) => linkageChange(addressNumber, system, changeType, on, items);
  return [
    kind('jumin', 'household-change', [{ code: 'jumin-household-size', value: '2' }]),
    kind('jumin', 'move-out', [{ code: 'jumin-moved-out-on', value: on }, { code: 'jumin-status', value: '転出' }]),
    kind('jumin', 'death', [{ code: 'jumin-death-date', value: on }, { code: 'jumin-status', value: '死亡' }]),
    kind('juminzei', 'income-change', [{ code: 'juminzei-taxable-income', value: '840000' }]),
    kind('nenkin', 'pension-change', [{ code: 'nenkin-pension-annual', value: '780000' }]),
    kind('jidoteate', 'child-allowance-change', [{ code: 'jidoteate-monthly-amount', value: '15000' }]),
    kind('jidofuyo', 'child-support-allowance-change', [{ code: 'jidofuyo-monthly-amount', value: '44140' }]),
  ];
}

/**
 * 12.4.4: 世帯変更, 転出, 死亡, 課税所得の変更, 年金額の変更, 児童手当額の変更 and 児童扶養手当額の変更 about a member of a
 * protected household each raise an alert carrying that kind of change — the three changes of the resident
 * registry are told apart too.
 */
export const alertKindsToldApart = defineCheck({
  id: 'linkage.alert-kinds-told-apart',
  title: {
    ja: '世帯変更、転出、死亡、課税所得・年金額・児童手当額・児童扶養手当額の変更の各異動について、異動の種類を区別して異動検知アラートが発生する',
    en: 'Household change, move-out, death and changes of taxable income, pension, child allowance and child-rearing allowance each raise an alert of their own kind',
  },
  verifies: ['12.4.4'],
  editions: EDITIONS,
  async run(ctx) {
    const person = await protectedPerson(ctx);
    const changes = sevenKinds(person.addressNumber);
    for (const change of changes) await mustReceive(ctx, change);
    const alerts = await alertsOf(ctx, person.householdId);
    const faults: Fault[] = [];
    for (const change of changes) {
      const raised = alerts.filter((a) => a.changeId === change.changeId && a.system === change.system);
      if (raised.length !== 1) {
        faults.push({ ja: `異動（${String(change.changeType)}）でアラートが ${raised.length} 件発生した（1件であるべき）`, en: `the ${String(change.changeType)} change raised ${raised.length} alerts (expected 1)` });
      } else if (raised[0]!.type !== change.changeType) {
        faults.push(differs({ ja: `異動（${String(change.changeType)}）のアラートの異動の種類`, en: `the kind on the alert of the ${String(change.changeType)} change` }, change.changeType, raised[0]!.type));
      }
    }
    failIfAny(ctx, faults);
  },
});
