import type { Edition, HogoClient } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { must } from '../../support/steps.ts';
import { householdInput, LG_CODE, member, testMyNumber, uniqueSection } from '../../data/fixtures.ts';
import { membersOf, registerHousehold, type Json } from '../../data/households.ts';
import { failWith, type Fault } from '../../data/refusals.ts';
import { carries, differing } from './registration.ts';
import { fault } from './shared.ts';

/**
 * Sends a partial update with the current ETag (read first) and answers the resource read back afterwards;
 * a refusal of the update ends the check as failed.
 */
async function patched(ctx: CheckContext, client: HogoClient<Edition>, kind: 'household' | 'member', id: string, body: Json): Promise<Json> {
  const [get, update, key] = kind === 'household' ? ['getHousehold', 'updateHousehold', 'householdId'] : ['getMember', 'updateMember', 'memberId'];
  const step = { ja: `${Object.keys(body).join('・')} の変更`, en: `changing ${Object.keys(body).join(', ')}` };
  const read = await send(client, get, { path: { [key]: id } });
  const etag = read.headers.get('etag');
  await must(ctx, client, update, { path: { [key]: id }, body, ...(etag !== null && { headers: { 'if-match': etag } }) }, 200, step);
  return must(ctx, client, get, { path: { [key]: id } }, 200, { ja: '変更後の照会', en: 'reading after the change' });
}

/** Records every item of `expected` the read `after` does not carry as expected. */
function expectItems(faults: Fault[], step: Fault, expected: Json, after: Json): void {
  const wrong = differing(expected, after, Object.keys(expected));
  if (wrong.length > 0) fault(faults, step, { ja: `${wrong.join('・')} が期待した値でない`, en: `${wrong.join(', ')} not as expected` });
}

/** 13.1.4: each household item can be changed alone or with others; what is not sent stays as it was. */
export const householdPartialUpdate = defineCheck({
  id: 'data.household-partial-update',
  title: {
    ja: '世帯の住所・級地・冬季加算地区・係・地区担当員・家賃月額を部分的に変更でき、指定しなかった項目は変わらない',
    en: "A household's address, grade, winter region, section, case worker and rent can be changed in part, and items not sent stay",
  },
  verifies: ['13.1.4'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const section = uniqueSection();
    const worker = `試験担当-${section.slice(-6)}`;
    const original: Json = { address: { lgCode: LG_CODE, postalCode: '100-0001', text: '見本町一丁目1番1号' }, grade: '1-1', winterRegion: 'VI', section, assignedCaseworker: worker, monthlyRent: 40000 };
    const created = await registerHousehold(ctx, client, householdInput(section, original));
    const householdId = String(created.householdId);
    const members = membersOf(created);

    const afterRent = await patched(ctx, client, 'household', householdId, { monthlyRent: 42000 });
    expectItems(faults, { ja: '家賃月額だけの変更', en: 'changing only the rent' }, { ...original, monthlyRent: 42000 }, afterRent);

    const changes: Json = { address: { lgCode: LG_CODE, postalCode: '100-0002', text: '見本町二丁目2番2号' }, grade: '2-1', winterRegion: 'III', section: `${section}-2`, assignedCaseworker: `${worker}-2` };
    const afterMove = await patched(ctx, client, 'household', householdId, changes);
    expectItems(faults, { ja: '住所・級地・冬季加算地区・係・地区担当員の変更', en: 'changing address, grade, region, section and case worker' }, { ...changes, monthlyRent: 42000 }, afterMove);

    const afterSection = await patched(ctx, client, 'household', householdId, { section });
    expectItems(faults, { ja: '係だけの変更', en: 'changing only the section' }, { ...changes, section, monthlyRent: 42000 }, afterSection);
    if (!carries(members, membersOf(afterSection))) {
      fault(faults, { ja: '世帯の変更', en: 'the household changes' }, { ja: '世帯員が変わった', en: 'the members changed' });
    }
    failWith(ctx, { ja: '世帯の部分的な変更が正しくない', en: 'Partial updates of a household are not correct' }, faults);
  },
});

/** 13.1.5: each member item can be changed alone; what is not sent stays as it was. */
export const memberPartialUpdate = defineCheck({
  id: 'data.member-partial-update',
  title: {
    ja: '世帯員の氏名・続柄・生活形態・就労状況・加算に係る区分等を部分的に変更でき、指定しなかった項目は変わらない',
    en: "A member's name, relationship, living arrangement, work status and addition categories can be changed in part, and items not sent stay",
  },
  verifies: ['13.1.5'],
  async run(ctx) {
    const client = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const original: Json = {
      ...member({ name: { family: '見本', given: '花子', familyKana: 'ミホン', givenKana: 'ハナコ' }, sex: '2', relationship: '02', birthDate: '1990-07-07', myNumber: testMyNumber() }),
      livingArrangement: '01', workStatus: '1', disabilityAddition: '2', pregnancyStatus: '1', careInsuranceInsured: false,
    };
    const created = await registerHousehold(ctx, client, householdInput(uniqueSection(), { members: [member(), original] }));
    const memberId = String(membersOf(created).find((m) => m.relationship === '02')?.memberId ?? '');
    if (memberId === '') return ctx.fail({ ja: '登録した配偶者が応答にない', en: 'the registered spouse is missing from the answer' });

    const name = { family: '見本', given: '華子', familyKana: 'ミホン', givenKana: 'ハナコ' };
    const afterName = await patched(ctx, client, 'member', memberId, { name });
    expectItems(faults, { ja: '氏名だけの変更', en: 'changing only the name' }, { ...original, name }, afterName);

    const work: Json = { workStatus: '2', livingArrangement: '02', pregnancyStatus: '2' };
    const afterWork = await patched(ctx, client, 'member', memberId, work);
    expectItems(faults, { ja: '就労状況・生活形態・妊産婦区分の変更', en: 'changing work status, living arrangement and pregnancy status' }, { ...original, name, ...work }, afterWork);

    const other: Json = { relationship: '99', disabilityAddition: '1', careInsuranceInsured: true };
    const afterOther = await patched(ctx, client, 'member', memberId, other);
    expectItems(faults, { ja: '続柄・障害者加算区分・介護保険被保険者の変更', en: 'changing relationship, disability addition and care insurance' }, { ...original, name, ...work, ...other }, afterOther);
    failWith(ctx, { ja: '世帯員の部分的な変更が正しくない', en: 'Partial updates of a member are not correct' }, faults);
  },
});
