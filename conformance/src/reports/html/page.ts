import type { Tally } from '../../engine/overall.ts';
import type { Verdict } from '../../engine/types.ts';
import type { RunReport } from '../../run.ts';
import { CLASS_NAMES, CLASS_ORDER, counted, overallMark, ratio, VERDICT_LABELS, VERDICT_ORDER } from '../labels.ts';
import { classChart } from './chart.ts';
import { html } from './escape.ts';
import type { AreaInfo } from './table.ts';

const WHEN = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'medium' });
const DECLARATION_SOURCE: Record<RunReport['declarationSource'], string> = {
  target: '検証対象システム（GET /conformance）から取得',
  override: '手元の適合宣言ファイルを使用',
  none: '取得できませんでした',
};

export function duration(ms: number): string {
  const seconds = ms / 1000;
  return seconds < 60 ? `${seconds.toFixed(1)} 秒` : `${Math.floor(seconds / 60)} 分 ${Math.round(seconds % 60)} 秒`;
}

const item = (term: string, value: string) => `<div><dt>${html(term)}</dt><dd>${value}</dd></div>`;

/** The head of the report: what was checked, when, by which kit, and the overall verdict with its reasons. */
export function masthead(report: RunReport): string {
  const { summary, target, declaration } = report;
  const product = target.product;
  const facts = [
    item('標準仕様書の版', html(report.edition)),
    item('検証対象', product ? html(`${product.name} ${product.version}（${product.build}）— ${product.vendor}`) : '（適合宣言がないため不明）'),
    item('接続先', `<code>${html(target.baseUrl)}</code>`),
    item('実施日時', `<time datetime="${html(report.startedAt)}">${html(WHEN.format(new Date(report.startedAt)))}（日本時間）</time>`),
    item('所要時間', html(`${duration(report.durationMs)}（検査 ${report.checks.length} 件）`)),
    item('適合宣言', html(`${DECLARATION_SOURCE[report.declarationSource]}${declaration ? `・標準オプション ${declaration.options.length} 件を宣言` : ''}`)),
    item('検証キット', html(`${report.kit.name} ${report.kit.version}`)),
  ];
  const scope = [...report.scope.areas.map((a) => `分野 ${a}`), ...report.scope.requirements];
  if (scope.length > 0) facts.push(item('検証の範囲', html(scope.join('、'))));
  const reasons = summary.reasons.map((r) => `<li>${html(r.ja)}</li>`).join('');
  const notes = report.declarationNotes.map((n) => `<li class="note">${html(n.ja)}</li>`).join('');
  const manual = summary.manualPending > 0 ? `<p class="manual">目視確認待ちの要件 ${summary.manualPending} 件は総合判定に含めていません。</p>` : '';
  return `<header class="masthead">
<p class="kicker">生活保護システム標準仕様書 適合性検証</p>
<h1>適合性検証結果報告書</h1>
<div class="overall ${summary.conformant ? 'ok' : 'ng'}"><span class="overall-label">総合判定</span><strong>${html(overallMark(summary.conformant))}</strong></div>
${reasons || notes ? `<ul class="reasons">${reasons}${notes}</ul>` : ''}${manual}
<dl class="facts">${facts.join('')}</dl>
</header>`;
}

/** The columns beside 適合 / 対象: what is wrong first. */
const EMPTY: Tally = { met: 0, 'not-met': 0, 'not-verified': 0, 'not-applicable': 0, 'manual-pending': 0, attested: 0, applicable: 0 };
const COUNTED: readonly Verdict[] = ['not-met', 'not-verified', 'manual-pending', 'attested', 'not-applicable'];
const counts = (t: Tally) => `<td class="num">${html(ratio(t))}</td>${COUNTED.map((v) => `<td class="num">${t[v]}</td>`).join('')}`;
const head = (first: string) =>
  `<thead><tr>${first}<th scope="col">適合 / 対象</th>${COUNTED.map((v) => `<th scope="col">${html(VERDICT_LABELS[v].ja)}</th>`).join('')}</tr></thead>`;

/** The legend of every chart and badge: colour, mark and label together. */
export function legend(): string {
  return `<ul class="legend" aria-label="判定の凡例">${VERDICT_ORDER.map((v) => `<li><span class="swatch seg-${v}">${html(VERDICT_LABELS[v].mark)}</span>${html(VERDICT_LABELS[v].ja)}</li>`).join('')}</ul>`;
}

/** 区分別・分野別の結果: met / applicable per class and per area, never one blended number. */
export function summarySection(report: RunReport, areas: readonly AreaInfo[]): string {
  const { byClass, byArea } = report.summary;
  const classRows = CLASS_ORDER.map((c) => `<tr><th scope="row">${html(CLASS_NAMES[c].ja)}</th>${counts(byClass[c])}</tr>`).join('');
  const areaRows = areas
    .map((a) => {
      const t = byArea[a.id] ?? { mandatory: EMPTY, option: EMPTY, prohibited: EMPTY };
      const cells = CLASS_ORDER.map((c) => `<td class="num">${counted(t[c]) > 0 ? html(ratio(t[c])) : '－'}</td>`).join('');
      const sum = (v: Verdict) => CLASS_ORDER.reduce((n, c) => n + t[c][v], 0);
      return `<tr><th scope="row"><a href="#area-${html(a.id)}">${html(`${a.id} ${a.name}`)}</a></th>${cells}<td class="num">${sum('not-met')}</td><td class="num">${sum('not-verified')}</td></tr>`;
    })
    .join('');
  return `<section class="summary" aria-labelledby="summary-title">
<h2 id="summary-title">区分別の結果</h2>
<p class="lead">「適合 / 対象」は、対象となる要件のうち適合（証明済みを含む）と判定した件数です。区分ごとに示し、一つの点数にはまとめません。</p>
${classChart(byClass, '全体')}
${legend()}
<table class="counts">${head('<th scope="col">実装区分</th>')}<tbody>${classRows}</tbody></table>
<h2>分野別の結果</h2>
<table class="counts areas"><thead><tr><th scope="col">分野</th>${CLASS_ORDER.map((c) => `<th scope="col">${html(CLASS_NAMES[c].ja)}<br>適合 / 対象</th>`).join('')}<th scope="col">${html(VERDICT_LABELS['not-met'].ja)}</th><th scope="col">${html(VERDICT_LABELS['not-verified'].ja)}</th></tr></thead><tbody>${areaRows}</tbody></table>
</section>`;
}
