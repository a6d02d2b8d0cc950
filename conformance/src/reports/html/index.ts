import type { RunReport } from '../../run.ts';
import { overallLabel } from '../labels.ts';
import { html, scriptJson } from './escape.ts';
import { evidenceData } from './evidence.ts';
import { flowSection } from './flows.ts';
import { legend, masthead, summarySection } from './page.ts';
import { SCRIPT } from './script.ts';
import { STYLES } from './styles.ts';
import { areaSection, areasOfReport, filters } from './table.ts';

const GUIDE = `<details class="guide no-print"><summary>この報告書の見方</summary>
<ul>
<li>要件ごとに、その要件を検証する検査の結果から判定します。実装必須の要件は、すべての検査に合格したとき「○ 適合」、いずれかが不合格のとき「× 不適合」です。検査を実施できなかったもの（データ不足・前提の検査の不合格・通信の障害）及び検査がまだないものは「未検証」で、適合とはしません。</li>
<li>標準オプションは、適合宣言で実装を宣言したものを実装必須と同じ規則で判定します。実装不可の要件は、その機能がないこと（拒否されること）を確かめたとき「○ 適合」です。</li>
<li>総合判定が「○ 適合」となるのは、対象となる実装必須の要件がすべて適合し、実装不可の機能がなく、宣言した標準オプションに不適合がないときです。目視確認が必要な要件は別に数え、総合判定には含めません。</li>
<li>「証跡」を開くと、判定の根拠となった検査と、記録された要求・応答を確認できます（認証情報と個人番号は伏せてあります）。長い本文は先頭のみを表示し、全文は report.json にあります。</li>
</ul></details>`;

/**
 * report.html: the run for municipal readers, in Japanese, in one self-contained file (inline CSS, JS and SVG;
 * no external asset, works offline). Every piece of data is escaped; the evidence travels as escaped JSON and is
 * rendered on demand.
 */
export function htmlReport(report: RunReport): string {
  const areas = areasOfReport(report);
  const results = new Map(report.checks.map((c) => [c.checkId, c]));
  const title = `適合性検証結果報告書 — 生活保護システム標準仕様書 ${report.edition} 版（${overallLabel(report.summary.conformant).ja}）`;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${html(`${report.kit.name} ${report.kit.version}`)}">
<title>${html(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
${masthead(report)}
${GUIDE}
${summarySection(report, areas)}
${flowSection(report)}
${filters(report, areas)}
${legend()}
<p class="empty" id="no-match" hidden>条件に合う要件はありません。</p>
${areas.map((a) => areaSection(report, a, results)).join('\n')}
<footer>この報告書は ${html(report.kit.name)} ${html(report.kit.version)} が自動で作成しました。要件の一覧は hogo-kit のカタログ（生活保護システム標準仕様書を基に整理したもの）によるもので、厚生労働省の公式な機能要件一覧ではありません。検査結果の全体は report.json にあります。</footer>
</main>
<script type="application/json" id="evidence-data">${scriptJson(evidenceData(report))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
