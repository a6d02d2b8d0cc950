import type { AdapterContext, HogoAdapter } from '@hogo-kit/sdk';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { ruleBroken } from '../../support/refusals.ts';
import type { DeductionAgreement } from './ledger.ts';
import { assertOpen, claimOr404 } from './settle.ts';

/** 法第78条の2: deductions only for collections under 法第77条の2 and 第78条. */
const DEDUCTIBLE = new Set(['77-2', '78']);

export function agreementOperations(env: AreaEnv): Pick<HogoAdapter, 'createDeductionAgreement'> {
  return {
    async createDeductionAgreement({ path, body }, ctx: AdapterContext) {
      return env.store.transact((tx) => {
        const claim = claimOr404(tx, path.claimId);
        assertOpen(claim, 'deductionAgreement');
        // mutant deduction-agreement-any-basis: the legal basis of the claim is not checked
        if (!DEDUCTIBLE.has(claim.basis) && !hasMutant(env, 'deduction-agreement-any-basis')) {
          throw ruleBroken('basis-not-deductible', '/path/claimId', {
            ja: '保護金品からの徴収は法第77条の2又は第78条による徴収金に限り行えます（法第78条の2）',
            en: 'Deductions from assistance payments are allowed only for Art. 77-2 and Art. 78 collections (Art. 78-2)',
          });
        }
        if (body.endMonth !== undefined && body.startMonth > body.endMonth) {
          throw ruleBroken('period-reversed', '/body/endMonth', { ja: '徴収終了月が徴収開始月より前です', en: 'endMonth is before startMonth' });
        }
        if (!body.livelihoodConfirmed) {
          throw ruleBroken('livelihood-not-confirmed', '/body/livelihoodConfirmed', {
            ja: '生活の維持に支障がないことの確認が必要です',
            en: 'The office must confirm that livelihood is not impaired',
          });
        }
        const agreement: DeductionAgreement = {
          agreementId: newId(tx, 'DA'),
          claimId: claim.claimId,
          householdId: claim.householdId,
          requestedOn: body.requestedOn,
          monthlyAmount: body.monthlyAmount,
          startMonth: body.startMonth,
          // mutant deduction-end-month-dropped: the end month is checked but not stored (deductions never stop)
          ...(body.endMonth !== undefined && !hasMutant(env, 'deduction-end-month-dropped') ? { endMonth: body.endMonth } : {}),
          // mutant livelihood-confirmation-not-kept: the confirmation is not carried into the record (kept as false)
          livelihoodConfirmed: !hasMutant(env, 'livelihood-confirmation-not-kept'),
          ...(body.documentReference !== undefined ? { documentReference: body.documentReference } : {}),
          recordedAt: env.clock.now().toISOString(),
          recordedBy: ctx.principal.staffId,
        };
        tx.put('DeductionAgreement', agreement.agreementId, agreement);
        // mutant deduction-agreement-not-linked: the agreement is stored on its own, not on the claim
        if (!hasMutant(env, 'deduction-agreement-not-linked')) tx.put('Claim', claim.claimId, { ...claim, deductionAgreements: [...(claim.deductionAgreements ?? []), agreement] });
        return agreement;
      });
    },
  };
}
