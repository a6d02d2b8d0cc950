import { defineCheck } from '../../../engine/registry.ts';
import type { CheckContext } from '../../../engine/types.ts';
import { plainHousehold, protectedHousehold } from '../../data/protection.ts';
import { send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { isRefusal, must } from '../../support/steps.ts';
import { claimBody, claimsOf, failWith, readClaim, type Fault } from './support.ts';

/** A person liable for support (扶養義務者) of the household's first member, registered through the API. */
async function obligorOf(ctx: CheckContext, householdId: string, memberId: unknown): Promise<string> {
  const body = { memberId, name: { family: '見本', given: '一郎' }, kinship: '長男', category: '2' };
  const obligor = await must(ctx, requireClient(ctx, 'caseworker'), 'createSupportObligor', { path: { householdId }, body }, 201, { ja: '扶養義務者の登録', en: 'registering a person liable for support' });
  return String(obligor.obligorId);
}

/** 10.1.3: an Art. 77 collection is assessed with a person liable for support of this household as its debtor — not without one, nor with another household's. */
export const art77ObligorAsDebtor = defineCheck({
  id: 'claim.art77-obligor-as-debtor',
  title: {
    ja: '法第77条の徴収金は当該世帯の扶養義務者を債務者として調定でき、扶養義務者の指定がないものや他の世帯の扶養義務者を指定したものは拒否される',
    en: "An Art. 77 collection is assessed with a person liable for support of the household as debtor; one naming none, or another household's, is refused",
  },
  verifies: ['10.1.3'],
  async run(ctx) {
    const caseworker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    const mine = await protectedHousehold(ctx);
    const obligorId = await obligorOf(ctx, mine.householdId, mine.members[0]?.memberId);
    const other = await plainHousehold(ctx);
    const foreign = await obligorOf(ctx, other.householdId, other.members[0]?.memberId);
    const body = claimBody(mine.householdId, { basis: '77', principalAmount: 30_000, inKindCostAmount: 30_000, reason: '扶養義務者に扶養能力があるため費用を徴収する。（見本データ）' });

    const none = await send(caseworker, 'createClaim', { body });
    if (!isRefusal(none)) faults.push({ ja: `扶養義務者を指定しない法第77条の調定が ${none.status} で応答した`, en: `an Art. 77 claim naming no person liable for support answered ${none.status}` });
    const theirs = await send(caseworker, 'createClaim', { body: { ...body, obligorId: foreign } });
    if (!isRefusal(theirs)) faults.push({ ja: `他の世帯の扶養義務者を指定した法第77条の調定が ${theirs.status} で応答した`, en: `an Art. 77 claim naming another household's person liable for support answered ${theirs.status}` });
    const recorded = await claimsOf(ctx, mine.householdId);
    if (recorded.length > 0) faults.push({ ja: `拒否されるべき調定の後、債権が ${recorded.length} 件記録されていた`, en: `after the claims that must be refused, ${recorded.length} claims were recorded` });

    const ok = await send(caseworker, 'createClaim', { body: { ...body, obligorId } });
    if (ok.status !== 201) faults.push({ ja: `当該世帯の扶養義務者を債務者とする法第77条の調定が 201 でなく ${ok.status}`, en: `an Art. 77 claim naming the household's person liable for support answered ${ok.status}, not 201` });
    else {
      const claim = await readClaim(ctx, String((ok.body as Record<string, unknown>).claimId));
      if (claim.basis !== '77' || claim.obligorId !== obligorId) faults.push({ ja: `債権の債務者（扶養義務者）が ${obligorId} でなく ${String(claim.obligorId)}`, en: `the claim's debtor (person liable for support) is ${String(claim.obligorId)}, not ${obligorId}` });
    }
    failWith(ctx, { ja: '扶養義務者を債務者とする徴収金の調定が規則どおりでない', en: 'Art. 77 collections from persons liable for support are not assessed as the rules say' }, faults);
  },
});
