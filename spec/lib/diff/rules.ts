import type { RequirementClass } from '../source/types.ts';
import type { Change, DiffRule, Section, Severity } from './types.ts';

type Row = [id: string, severity: Severity, ja: string, en: string];
const B: Severity = 'breaking';
const N: Severity = 'non-breaking';
const R: Severity = 'review';

/**
 * Requirement class changes, from the vendors' side: a change that obliges a conforming system to do
 * more (option→mandatory, prohibited→mandatory) or to stop doing something (anything→prohibited) is
 * breaking; one that only relaxes (mandatory→option, prohibited→option) is not.
 */
export const CLASS_CHANGES: [from: RequirementClass, to: RequirementClass, severity: Severity][] = [
  ['option', 'mandatory', B],
  ['prohibited', 'mandatory', B],
  ['mandatory', 'prohibited', B],
  ['option', 'prohibited', B],
  ['mandatory', 'option', N],
  ['prohibited', 'option', N],
];

export const CLASS_JA: Record<RequirementClass, string> = { mandatory: '実装必須', option: '標準オプション', prohibited: '実装不可' };

const requirements: Row[] = [
  ['req.added.mandatory', B, '実装必須の要件が追加された', 'mandatory requirement added'],
  ['req.added.option', N, '標準オプションの要件が追加された', 'option requirement added'],
  ['req.added.prohibited', B, '実装不可の要件が追加された', 'prohibited requirement added'],
  ['req.removed', N, '要件が削除された', 'requirement removed'],
  ['req.reworded', R, '要件の名称又は本文が変わった', 'requirement title or text reworded'],
  ...CLASS_CHANGES.map(([from, to, severity]): Row => [
    `req.class.${from}-to-${to}`,
    severity,
    `実装区分が${CLASS_JA[from]}から${CLASS_JA[to]}に変わった`,
    `class changed from ${from} to ${to}`,
  ]),
  ['req.testability', R, '検証方法（自動／手動）が変わった', 'testability changed (auto / manual)'],
  ['req.links.operations', R, '関連する操作が変わった', 'linked operations changed'],
  ['req.links.schemas', R, '関連するデータ項目が変わった', 'linked schemas changed'],
  ['req.links.flows', R, '関連する業務フローの遷移が変わった', 'linked flow transitions changed'],
  ['req.legal-basis', R, '法令上の根拠が変わった', 'legal basis changed'],
];

const api: Row[] = [
  ['api.operation.added', N, '操作が追加された', 'operation added'],
  ['api.operation.removed', B, '操作が削除された', 'operation removed'],
  ['api.operation.moved', B, '操作のパス又はメソッドが変わった', 'operation path or method changed'],
  ['api.parameter.added-required', B, '必須のパラメータが追加された', 'required parameter added'],
  ['api.parameter.added-optional', N, '任意のパラメータが追加された', 'optional parameter added'],
  ['api.parameter.removed', B, 'パラメータが削除された（送信する利用側が拒否され得る）', 'parameter removed (callers that send it may be refused)'],
  ['api.parameter.made-required', B, 'パラメータが必須になった', 'parameter made required'],
  ['api.parameter.made-optional', N, 'パラメータが任意になった', 'parameter made optional'],
  ['api.request.body-made-required', B, '要求本文が必須になった', 'request body made required'],
  ['api.request.body-removed', B, '要求本文が削除された', 'request body removed'],
  ['api.request.property-added-required', B, '要求に必須の項目が追加された', 'required request property added'],
  ['api.request.property-added-optional', N, '要求に任意の項目が追加された', 'optional request property added'],
  ['api.request.property-removed', B, '要求の項目が削除された', 'request property removed'],
  ['api.request.property-made-required', B, '要求の項目が必須になった', 'request property made required'],
  ['api.request.property-made-optional', N, '要求の項目が任意になった', 'request property made optional'],
  ['api.request.type-narrowed', B, '要求の値の型又は制約が狭まった', 'request value type or constraint narrowed'],
  ['api.request.type-widened', N, '要求の値の型又は制約が広がった', 'request value type or constraint widened'],
  ['api.request.type-changed', B, '要求の値の型が変わった', 'request value type changed'],
  ['api.request.enum-shrunk', B, '要求で使える値（列挙）が減った', 'request enum shrunk'],
  ['api.request.enum-grown', N, '要求で使える値（列挙）が増えた', 'request enum grown'],
  ['api.response.property-added', N, '応答に項目が追加された', 'response property added'],
  ['api.response.property-removed', B, '応答の項目が削除された', 'response property removed'],
  ['api.response.property-made-optional', B, '応答の項目が必須でなくなった', 'response property no longer required'],
  ['api.response.property-made-required', N, '応答の項目が必須になった', 'response property made required'],
  ['api.response.type-narrowed', N, '応答の値の型又は制約が狭まった', 'response value type or constraint narrowed'],
  ['api.response.type-widened', B, '応答の値の型又は制約が広がった（利用側の解釈に影響）', 'response value type or constraint widened (breaking for clients)'],
  ['api.response.type-changed', B, '応答の値の型が変わった', 'response value type changed'],
  ['api.response.enum-grown', B, '応答の値（列挙）が増えた（利用側が未知の値を受け取る）', 'response enum grown (breaking for clients: they receive values they do not know)'],
  ['api.response.enum-shrunk', N, '応答の値（列挙）が減った', 'response enum shrunk'],
  ['api.response.status-added', N, '応答の状態コードが追加された', 'response status code added'],
  ['api.response.status-removed', B, '応答の状態コードが削除された', 'response status code removed'],
  ['api.security.role-added', N, '操作を行える役割が追加された', 'role allowed to call the operation added'],
  ['api.security.role-removed', B, '操作を行える役割が削除された', 'role allowed to call the operation removed'],
];

const data: Row[] = [
  ['data.schema.added', N, 'データ項目群が追加された', 'schema added'],
  ['data.schema.removed', B, 'データ項目群が削除された', 'schema removed'],
  ['data.property.added', N, '任意の項目が追加された', 'optional property added'],
  ['data.property.added-required', B, '必須の項目が追加された', 'required property added'],
  ['data.property.removed', B, '項目が削除された', 'property removed'],
  ['data.property.made-required', B, '項目が必須になった', 'property made required'],
  ['data.property.made-optional', N, '項目が任意になった', 'property made optional'],
  ['data.type.narrowed', B, '型又は制約が狭まった（旧版のデータが通らない場合がある）', 'type or constraint narrowed (data valid before may be refused)'],
  ['data.type.widened', N, '型又は制約が広がった', 'type or constraint widened'],
  ['data.type.changed', B, '型が変わった', 'type changed'],
  ['data.enum.shrunk', B, '使える値（列挙）が減った', 'enum shrunk'],
  ['data.enum.grown', N, '使える値（列挙）が増えた', 'enum grown'],
];

const codelists: Row[] = [
  ['codelist.added', N, 'コード表が追加された', 'code list added'],
  ['codelist.removed', B, 'コード表が削除された', 'code list removed'],
  ['codelist.code-added', N, 'コードが追加された', 'code added'],
  ['codelist.code-removed', B, 'コードが削除された', 'code removed'],
  ['codelist.code-renamed', N, 'コードの名称が変わった', 'code label renamed'],
];

const flows: Row[] = [
  ['flow.added', N, '業務フローが追加された', 'flow added'],
  ['flow.removed', B, '業務フローが削除された', 'flow removed'],
  ['flow.state-added', N, '状態が追加された', 'state added'],
  ['flow.state-removed', B, '状態が削除された', 'state removed'],
  ['flow.transition-added', N, '遷移が追加された', 'transition added'],
  ['flow.transition-removed', B, '遷移が削除された', 'transition removed'],
  ['flow.transition-changed', R, '遷移の元状態・先状態・操作又は条件が変わった', 'transition source, target, operation or guards changed'],
];

const rows = (section: Section, list: Row[]): DiffRule[] =>
  list.map(([id, severity, ja, en]) => ({ id, section, severity, ja, en }));

/** Every rule of the diff, in report order. */
export const RULES: readonly DiffRule[] = [
  ...rows('requirements', requirements),
  ...rows('api', api),
  ...rows('data', data),
  ...rows('codelists', codelists),
  ...rows('flows', flows),
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleOf(id: string): DiffRule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`unknown diff rule ${id}`);
  return rule;
}

/** A change classified by its rule. */
export function change(rule: string, target: string, extra: Omit<Change, 'rule' | 'severity' | 'section' | 'target'> = {}): Change {
  const { severity, section } = ruleOf(rule);
  return { rule, severity, section, target, ...extra };
}
