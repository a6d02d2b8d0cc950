import type { RunReport } from '../../run.ts';
import { html } from './escape.ts';

const mark = (done: boolean) => (done ? '<span class="badge v-met">○ 実施</span>' : '<span class="badge v-not-verified">未確認</span>');
const states = (from: string[]) => (from.length === 0 ? '（新規）' : from.join('・'));

/**
 * 業務フローの遷移: per state machine of the standard, how many legal transitions the checks were seen to
 * exercise and how many illegal ones they were seen to have refused, with the list on demand.
 */
export function flowSection(report: RunReport): string {
  if (report.flows.length === 0) return '';
  const rows = report.flows.map((f) => {
    const legal = f.legal.map((t) => `<li>${mark(t.exercisedBy.length > 0)} ${html(`${states(t.from)} → ${t.to}`)}（${html(t.operation)}）</li>`).join('');
    const illegal = f.illegal.map((p) => `<li>${mark(p.refusedBy.length > 0)} ${html(`${p.state} で ${p.operation}`)}</li>`).join('');
    return `<tr><th scope="row">${html(f.name.ja)}</th><td class="num">${f.summary.exercised} / ${f.summary.legal}</td><td class="num">${f.summary.refused} / ${f.summary.illegal}</td>
<td><details><summary>遷移の一覧</summary><p>正当な遷移</p><ul>${legal}</ul><p>不正な遷移（拒否されるべきもの）</p><ul>${illegal}</ul></details></td></tr>`;
  }).join('\n');
  return `<section class="summary" aria-labelledby="flows-title">
<h2 id="flows-title">業務フローの遷移</h2>
<p class="lead">標準仕様書の業務フロー（状態遷移）ごとに、検査の記録から確認できた遷移の数です。「正当な遷移」は実施して遷移後の状態を確認したもの、「不正な遷移」は許されない状態での操作が拒否されたのを確認したものです。</p>
<table class="counts"><thead><tr><th scope="col">業務フロー</th><th scope="col">正当な遷移<br>実施 / 全体</th><th scope="col">不正な遷移<br>拒否 / 全体</th><th scope="col">内訳</th></tr></thead><tbody>
${rows}
</tbody></table>
</section>`;
}
