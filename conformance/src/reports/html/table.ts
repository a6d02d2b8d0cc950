import { areasOf, type CatalogueArea } from '../../catalogue.ts';
import type { CheckResult } from '../../engine/types.ts';
import type { ReportedRequirement, RunReport } from '../../run.ts';
import { CLASS_NAMES, CLASS_ORDER, counted, ratio, STATUS_LABELS, VERDICT_LABELS, VERDICT_ORDER } from '../labels.ts';
import { classChart } from './chart.ts';
import { html } from './escape.ts';

export interface AreaInfo {
  id: string;
  name: string;
  groups: Record<string, string>;
  requirements: ReportedRequirement[];
}

/** The areas the run reports on, in catalogue order, with their Japanese names and group names. */
export function areasOfReport(report: RunReport): AreaInfo[] {
  // The catalogue's areas carry their groups' names too (spec/dist/<edition>/areas.json).
  const catalogue = areasOf(report.edition) as readonly (CatalogueArea & { groups?: Record<string, CatalogueArea['name']> })[];
  const known = new Map(catalogue.map((a) => [a.id, a]));
  const ids = [...new Set(report.requirements.map((r) => r.area))].sort();
  return ids.map((id) => ({
    id,
    name: known.get(id)?.name.ja ?? '',
    groups: Object.fromEntries(Object.entries(known.get(id)?.groups ?? {}).map(([g, name]) => [g, name.ja])),
    requirements: report.requirements.filter((r) => r.area === id),
  }));
}

const option = (value: string, label: string) => `<option value="${html(value)}">${html(label)}</option>`;

/** The filters: verdict, class, area and a text search (the page's script applies them; print hides them). */
export function filters(report: RunReport, areas: readonly AreaInfo[]): string {
  const count = (v: string) => report.requirements.filter((r) => r.verdict === v).length;
  const verdicts = VERDICT_ORDER.filter((v) => count(v) > 0)
    .map((v) => `<label class="chip v-${v}"><input type="checkbox" name="verdict" value="${v}" checked> ${html(VERDICT_LABELS[v].ja)} <span class="n">${count(v)}</span></label>`)
    .join('');
  return `<form class="filters" id="filters" role="search" aria-label="要件の絞り込み">
<fieldset class="verdicts"><legend>判定</legend>${verdicts}</fieldset>
<label>実装区分 <select name="class">${option('', 'すべて')}${CLASS_ORDER.map((c) => option(c, CLASS_NAMES[c].ja)).join('')}</select></label>
<label>分野 <select name="area">${option('', 'すべて')}${areas.map((a) => option(a.id, `${a.id} ${a.name}`)).join('')}</select></label>
<label class="search">検索 <input type="search" name="q" placeholder="機能ID・機能名称・要件・理由・検査ID" autocomplete="off"></label>
<button type="reset">条件を解除</button>
<output id="shown" aria-live="polite">${report.requirements.length} 件を表示</output>
</form>
<p class="print-only" id="filter-note"></p>`;
}

/** A check and its result; its message only when it says more than the requirement's reason beside it. */
function checkLine(check: ReportedRequirement['checks'][number], result: CheckResult | undefined, reason: string): string {
  const extra = [check.message?.ja !== reason && check.message?.ja, result?.blockedBy && `前提の検査: ${result.blockedBy}`, result?.missing && `不足: ${result.missing}`].filter(Boolean).join('。');
  const exchanges = check.evidenceCount > 0
    ? `<details class="ex" data-check="${html(check.id)}"><summary>記録された要求・応答（${check.evidenceCount} 件）</summary><div class="exchanges"></div></details>`
    : '';
  return `<li><code>${html(check.id)}</code> <span class="st st-${check.status}">${html(STATUS_LABELS[check.status].ja)}</span>${extra ? ` <span class="msg">${html(extra)}</span>` : ''}${exchanges}</li>`;
}

function row(r: ReportedRequirement, results: ReadonlyMap<string, CheckResult>): string {
  const evidence = r.checks.length > 0
    ? `<details class="ev"><summary>証跡（検査 ${r.checks.length} 件）</summary><ul class="checks">${r.checks.map((c) => checkLine(c, results.get(c.id), r.reason.ja)).join('')}</ul></details>`
    : '';
  return `<tr class="req" id="r-${html(r.id)}" data-verdict="${r.verdict}" data-class="${r.class}" data-area="${html(r.area)}" data-group="${html(groupOf(r.id))}">
<td class="id">${html(r.id)}</td><td class="title">${html(r.title.ja)}</td><td class="text">${html(r.text ?? '')}</td>
<td class="cls">${html(CLASS_NAMES[r.class].ja)}</td><td class="verdict"><span class="badge v-${r.verdict}">${html(VERDICT_LABELS[r.verdict].ja)}</span></td>
<td class="reason">${html(r.reason.ja)}${evidence}</td></tr>`;
}

const groupOf = (id: string) => id.split('.').slice(0, 2).join('.');
const COLUMNS = ['機能ID', '機能名称', '要件', '実装区分', '判定', '理由・証跡'];

/** One area: its heading, met / applicable per class with a chart, and the table of its requirements by group. */
export function areaSection(report: RunReport, area: AreaInfo, results: ReadonlyMap<string, CheckResult>): string {
  const tallies = report.summary.byArea[area.id];
  const perClass = tallies
    ? CLASS_ORDER.filter((c) => counted(tallies[c]) > 0).map((c) => `${html(CLASS_NAMES[c].ja)} <strong>${html(ratio(tallies[c]))}</strong>`).join('　')
    : '';
  const body: string[] = [];
  let group = '';
  for (const r of area.requirements) {
    if (groupOf(r.id) !== group) {
      group = groupOf(r.id);
      const name = area.groups[group.split('.')[1]!];
      body.push(`<tr class="group" data-group="${html(group)}"><th colspan="${COLUMNS.length}" scope="rowgroup">${html(`${group}${name ? ` ${name}` : ''}`)}</th></tr>`);
    }
    body.push(row(r, results));
  }
  return `<section class="area" id="area-${html(area.id)}" data-area="${html(area.id)}">
<h2><span class="area-id">${html(area.id)}</span>${html(area.name)}</h2>
<div class="area-summary"><p>適合 / 対象：${perClass}</p>${tallies ? classChart(tallies, `分野 ${area.id}`) : ''}</div>
<table class="reqs"><thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>
${body.join('\n')}
</tbody></table>
</section>`;
}
