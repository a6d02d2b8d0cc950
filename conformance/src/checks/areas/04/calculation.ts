import type { Bilingual } from '@hogo-kit/sdk';
import { defineCheck } from '../../../engine/registry.ts';
import type { CheckDefinition } from '../../../engine/types.ts';
import { requireClient } from '../../support/roles.ts';
import { isRefusal, runVectors, vectorsById, vectorsFor } from './vectors.ts';

/**
 * Checks that run the standard's calculation vectors (kijun fixtures) through calculateMinimumCost. Each check
 * takes the vectors whose `requirements` name what it verifies, so the data decides the cases; expected values
 * are the fixture file's.
 */

interface VectorCheck {
  id: string;
  title: Bilingual;
  verifies: string[];
  /** Vectors chosen by id instead of by the requirements they name. */
  vectorIds?: string[];
  /** Only results (200) or only refusals (422); default both. */
  only?: 'results' | 'refusals';
  /** An option: runs only when declared. */
  option?: string;
}

function vectorCheck(spec: VectorCheck): CheckDefinition {
  return defineCheck({
    id: spec.id,
    title: spec.title,
    verifies: spec.verifies,
    async run(ctx) {
      if (spec.option && !ctx.declared.has(spec.option)) ctx.skip(`declaration of the standard option ${spec.option}`);
      const client = requireClient(ctx, 'caseworker');
      let vectors = spec.vectorIds ? vectorsById(ctx.edition, spec.vectorIds) : vectorsFor(ctx.edition, spec.verifies);
      if (spec.only === 'results') vectors = vectors.filter((v) => !isRefusal(v.expected));
      if (spec.only === 'refusals') vectors = vectors.filter((v) => isRefusal(v.expected));
      await runVectors(ctx, client, vectors);
    },
  });
}

export const calculationChecks = (): CheckDefinition[] => [
  vectorCheck({
    id: 'calculation.livelihood',
    title: { ja: '生活扶助（平成30年10月・令和5年10月の構造、特例加算、冬季加算、期末一時扶助）が検算用データどおりに算定される', en: 'Livelihood assistance (2018-10 and 2023-10 structures, special, winter and year-end amounts) matches the vectors' },
    verifies: ['04.2.1', '04.2.2', '04.2.3', '04.2.4', '04.2.5', '04.2.6', '04.2.7'],
    only: 'results',
  }),
  vectorCheck({
    id: 'calculation.tables-in-force-on-date',
    title: { ja: '算定日に効力を有する基準表で算定される（改定日の前日・当日）', en: 'The tables in force on the date are used (the day before and the day of a revision)' },
    verifies: ['04.1.5'],
    only: 'results',
  }),
  vectorCheck({
    id: 'calculation.additions',
    title: { ja: '障害者加算・母子加算（高い方のみ）・児童養育加算・妊産婦加算が検算用データどおりに算定される', en: 'Disability, single-parent (higher only), child-rearing and pregnancy additions match the vectors' },
    verifies: ['04.3.1', '04.3.2', '04.3.3', '04.3.4', '04.3.5'],
    only: 'results',
  }),
  vectorCheck({
    id: 'calculation.housing-ceiling',
    title: { ja: '住宅扶助は家賃の実額を上限額の範囲で算定し、上限額の行がない地域は拒否される', en: 'Housing assistance is the rent up to the ceiling; an area without a ceiling row is refused' },
    verifies: ['04.3.6'],
  }),
  vectorCheck({
    id: 'calculation.housing-special-ceiling',
    title: { ja: '住宅扶助の特別基準額が表の上限額に代わる（標準オプション）', en: 'A special housing ceiling replaces the table ceiling (standard option)' },
    verifies: ['04.3.7'],
    // D16 (special ceiling) and D2 (the same household without it: the table ceiling still applies).
    vectorIds: ['D16', 'D2'],
    option: '04.3.7',
  }),
  vectorCheck({
    id: 'calculation.education-and-schooling',
    title: { ja: '教育扶助（基準額と実費）と高等学校等就学費が検算用データどおりに算定される', en: 'Educational assistance (standard and actual) and upper-secondary schooling match the vectors' },
    verifies: ['04.3.8', '04.3.9'],
    only: 'results',
  }),
  vectorCheck({
    id: 'calculation.actual-costs',
    title: { ja: '医療扶助等の実費がその扶助の最低生活費に計上される', en: 'Assistance at actual cost is counted under its type' },
    verifies: ['04.3.10'],
  }),
  vectorCheck({
    id: 'calculation.income-recognition',
    title: { ja: '勤労控除・新規就労控除・未成年者控除・必要経費・その他の収入が検算用データどおりに認定され、内訳が示される', en: 'Earned-income, new-employment and minor deductions, expenses and other income are recognised as the vectors say, line by line' },
    verifies: ['04.4.1', '04.4.2', '04.4.3', '04.4.4', '04.4.5'],
  }),
  vectorCheck({
    id: 'calculation.payment',
    title: { ja: '保護費は最低生活費から収入充当額を差し引いた額で、収入が上回れば0円', en: 'The payment is the minimum cost less the recognised income, and 0 when income is higher' },
    verifies: ['04.5.1'],
  }),
  vectorCheck({
    id: 'calculation.breakdown-and-tables-used',
    title: { ja: '算定結果に扶助別・算定項目別の内訳と使用した全ての基準表が示される', en: 'The result shows the breakdown per type and component and every table used' },
    verifies: ['04.5.2'],
    // F1 names the requirement; D7 and D17 add members, additions and several types of assistance.
    vectorIds: ['F1', 'D7', 'D17'],
  }),
  vectorCheck({
    id: 'calculation.trial-excluding-components',
    title: { ja: '算定項目を除外した試算は除外項目と不完全である旨を示し、除外しなければ表のない項目は拒否される', en: 'A trial calculation leaving components out says so; without the exclusion a component without a table is refused' },
    verifies: ['04.5.7'],
  }),
  vectorCheck({
    id: 'calculation.without-household',
    title: { ja: '世帯を登録せずに最低生活費と保護費を試算できる（結果は保存されない）', en: 'Minimum cost and payment can be calculated without a registered household (nothing stored)' },
    verifies: ['04.5.8'],
    vectorIds: ['F1', 'F2', 'F3', 'F4'],
  }),
  vectorCheck({
    id: 'calculation.missing-table-refused',
    title: { ja: '基準表又はその行がない算定は、不足する入力項目を示して 422 で拒否され、他の級地・時点の表で代用されない', en: 'A calculation without its table or row is refused (422, pointing at the input) and no other table is substituted' },
    verifies: ['04.1.6', '04.1.7'],
    only: 'refusals',
  }),
];
