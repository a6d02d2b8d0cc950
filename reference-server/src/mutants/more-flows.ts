import { mutant, type Mutant } from './types.ts';

/** Seeded defects added with the flow checks (conformance/src/checks/flows): illegal transitions let through. */
export const MORE_FLOWS: Mutant[] = [
  mutant('investigation-started-twice', ['01.2.9'], '調査中の申請に対する調査の開始を受け付け、調査開始日と担当職員を上書きする（不正な状態遷移）。', 'An investigation can be started again on an application already under investigation, overwriting its start date and case worker (illegal transition).'),
  mutant('ex-officio-start-on-open-case', ['03.4.12'], '保護中・停止中・移管済の世帯に対する職権による開始を受け付ける（不正な状態遷移）。', 'An ex-officio start of a protected, suspended or transferred household is accepted (illegal transition).'),
  mutant('transferred-case-transferred-again', ['03.4.12'], '移管済の世帯の再度の移管を受け付ける（不正な状態遷移）。', 'A transferred household can be transferred again (illegal transition).'),
  mutant('start-on-open-case-accepted', ['03.4.12'], '保護中・停止中・移管済の世帯の新たな申請に対する開始の決定を受け付ける（不正な状態遷移）。', 'A start on a new application of a protected, suspended or transferred household is accepted (illegal transition).'),
  mutant('restart-after-discontinuation-refused', ['03.4.11'], '保護を廃止した世帯の新たな申請に対する開始の決定を拒否する。', 'A start on a new application of a discontinued household is refused.'),
  mutant('rejected-approval-reopened', ['06.4.9'], '差戻しとなった決裁への承認・差戻しを受け付ける（差し戻した段から再び回付される）。', 'A sent-back approval takes approvals and rejections again (it is routed anew from the step that sent it back).'),
  mutant('payment-into-written-off-claim', ['10.2.4'], '不納欠損となった債権への納付の記録を拒否せず、受け付けたと応答する。', 'A payment into a written-off claim is not refused: it is answered as accepted.'),
];
