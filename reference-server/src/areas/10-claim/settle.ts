import type { AdapterContext, HogoAdapter } from '@hogo-kit/sdk';
import type { Reader } from '../../store/store.ts';
import { hasMutant, type AreaEnv } from '../../support/env.ts';
import { illegalTransition, missing, ruleBroken } from '../../support/refusals.ts';
import { refuseUnlessProtected } from './defects.ts';
import { applyClaimPayment, claimView, CLOSED, type Claim } from './ledger.ts';

/** The claim or 404. */
export function claimOr404(tx: Reader, claimId: string): Claim {
  const claim = tx.get<Claim>('Claim', claimId)?.value;
  if (!claim) throw missing('債権', 'claim');
  return claim;
}

/** Refuses an operation on a paid or written-off claim (409, the flow's final states). */
export function assertOpen(claim: Claim, transition: string): void {
  if (CLOSED.has(claim.status)) throw illegalTransition('claim', claim.status, transition);
}

export function settleOperations(env: AreaEnv): Pick<HogoAdapter, 'recordClaimPayment' | 'writeOffClaim'> {
  return {
    async recordClaimPayment({ path, body }, ctx: AdapterContext) {
      return env.store.transact((tx) => {
        const claim = claimOr404(tx, path.claimId);
        refuseUnlessProtected(env, tx, claim.householdId, '/path/claimId');
        if (claim.status === 'writtenOff' && hasMutant(env, 'payment-into-written-off-claim')) return claimView(claim, env.clock.today());
        assertOpen(claim, body.amount === claim.balance ? 'payInFull' : 'payPartially');
        if (body.method === 'deduction') {
          throw ruleBroken('deduction-by-run-only', '/body/method', {
            ja: '保護金品からの徴収は定例支給の実行によってのみ記録されます',
            en: 'Deductions from assistance payments are recorded only by payment runs',
          });
        }
        // mutant payment-above-balance: an overpayment is recorded (the balance stops at 0, the paid total exceeds the claim)
        if (body.amount > claim.balance && !hasMutant(env, 'payment-above-balance')) {
          throw ruleBroken('amount-above-balance', '/body/amount', {
            ja: `納付額が残高（${claim.balance}円）を超えています`,
            en: `The amount exceeds the balance (${claim.balance} yen)`,
          });
        }
        const applied = applyClaimPayment(tx, claim, {
          // mutant claim-payment-date-is-recording-date: the payment is dated the day it is recorded, not paidOn
          paidOn: hasMutant(env, 'claim-payment-date-is-recording-date') ? env.clock.today() : body.paidOn,
          amount: body.amount,
          method: body.method,
          ...(body.receiptNumber !== undefined ? { receiptNumber: body.receiptNumber } : {}),
          ...(body.note !== undefined ? { note: body.note } : {}),
          recordedAt: env.clock.now().toISOString(),
          recordedBy: ctx.principal.staffId,
        });
        // mutant partial-payment-status-unchanged: a partly paid claim stays 'assessed'
        const stale = applied.status === 'partiallyPaid' && hasMutant(env, 'partial-payment-status-unchanged') ? { status: claim.status } : {};
        // mutant payment-keeps-prescription-date: a payment does not renew the prescription date
        const unrenewed = hasMutant(env, 'payment-keeps-prescription-date') ? { prescriptionDate: claim.prescriptionDate } : {};
        const defects = { ...stale, ...unrenewed };
        const next: Claim = { ...applied, ...defects };
        if (Object.keys(defects).length > 0) tx.put('Claim', claim.claimId, next);
        return claimView(next, env.clock.today());
      });
    },
    async writeOffClaim({ path, body }) {
      return env.store.transact((tx) => {
        const claim = claimOr404(tx, path.claimId);
        // mutant closed-claim-written-off: a paid or written-off claim is not refused
        if (!hasMutant(env, 'closed-claim-written-off')) assertOpen(claim, 'writeOff');
        // mutant write-off-prescription-only: only prescription is accepted as the ground of a write-off
        if (body.reason !== 'prescription' && hasMutant(env, 'write-off-prescription-only')) {
          throw ruleBroken('write-off-reason-not-supported', '/body/reason', {
            ja: '不納欠損の理由は時効の完成に限ります',
            en: 'A claim can be written off only for prescription',
          });
        }
        // mutant early-prescription-write-off: the prescription date is not checked
        if (body.reason === 'prescription' && body.writtenOffOn <= claim.prescriptionDate && !hasMutant(env, 'early-prescription-write-off')) {
          throw ruleBroken('prescription-not-completed', '/body/writtenOffOn', {
            ja: `時効完成予定日（${claim.prescriptionDate}）を過ぎていないため、時効の完成を理由として不納欠損処理できません`,
            en: `Prescription completes only after ${claim.prescriptionDate}; the claim cannot be written off for prescription yet`,
          });
        }
        if (body.writtenOffOn < claim.assessedOn) {
          throw ruleBroken('write-off-before-assessment', '/body/writtenOffOn', {
            ja: '不納欠損日が調定日より前です',
            en: 'The write-off date is before the assessment date',
          });
        }
        const next: Claim = {
          ...claim,
          status: 'writtenOff',
          writtenOffOn: body.writtenOffOn,
          writeOffReason: body.reason,
          // mutant write-off-ground-not-kept: the concrete ground (resolution, decision) is not stored
          ...(hasMutant(env, 'write-off-ground-not-kept') ? {} : { writeOffReasonDetail: body.reasonDetail }),
          writtenOffAmount: claim.balance,
          // mutant write-off-balance-kept: the written-off claim keeps its balance
          balance: hasMutant(env, 'write-off-balance-kept') ? claim.balance : 0,
        };
        tx.put('Claim', claim.claimId, next);
        return claimView(next, env.clock.today());
      });
    },
  };
}
