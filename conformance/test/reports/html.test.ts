import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../src/reports/html/index.ts';
import { html, scriptJson } from '../../src/reports/html/escape.ts';
import { BODY_LIMIT, evidenceData } from '../../src/reports/html/evidence.ts';
import { SCRIPT } from '../../src/reports/html/script.ts';
import { STYLES } from '../../src/reports/html/styles.ts';
import { writeReports } from '../../src/reports/index.ts';
import { HOSTILE, sampleReport } from './support/sample.ts';

const report = sampleReport();
const page = htmlReport(report);
const embedded = (text: string) => JSON.parse(/<script type="application\/json" id="evidence-data">([^<]*)<\/script>/.exec(text)![1]!) as [string, unknown[]][];

describe('report.html', () => {
  it('is one self-contained Japanese page: no URL, no external asset, inline style and script only', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    // the target's base URL and the evidence are full of http URLs; none may appear as one in the page
    expect(JSON.stringify(report)).toMatch(/https?:\/\//);
    expect(page).not.toMatch(/https?:\/\//i);
    expect(page).not.toMatch(/\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    expect(page).not.toMatch(/<(link|img|iframe|object|embed|audio|video|source|base)\b/i);
    expect(page).not.toMatch(/<[a-z]+\b[^>]*\s(src|srcset|action|formaction)\s*=/i);
    expect(STYLES).not.toMatch(/@import|url\(/i);
    expect(page.match(/href="([^"]*)"/g)?.every((h) => h.startsWith('href="#'))).toBe(true);
    expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" id="evidence-data">', '<script>']);
    expect(page.match(/<\/script/gi)).toHaveLength(2);
    expect(page).not.toContain('<!--');
  });

  it('escapes every piece of data: titles, reasons and evidence stay text', () => {
    // every '<' of the data is escaped: the only elements are the page's own
    expect(page.match(/<script\b/gi)).toHaveLength(2);
    expect(page).toContain(html(HOSTILE.title));
    expect(page).toContain('&lt;script&gt;window.__pwned = 1&lt;&#47;script&gt;危険な名称');
    expect(page).toContain('&lt;b&gt;太字&lt;&#47;b&gt;');
    const evidence = new Map(embedded(page));
    expect(JSON.stringify(evidence.get('consultation.hostile'))).toContain(JSON.stringify(HOSTILE.body).slice(1, -1));
    expect(JSON.parse(scriptJson({ a: '</script><!-- \u2028 https://x.invalid &' }))).toEqual({ a: '</script><!-- \u2028 https://x.invalid &' });
    expect(scriptJson('</script><!--')).toBe('"\\u003c\\u002fscript\\u003e\\u003c!--"');
    expect(html(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });

  it('has the overall verdict, the run facts, met / applicable per class and per area, and a chart per area', () => {
    expect(page).toContain('<strong>× 不適合</strong>');
    for (const fact of ['標準仕様書の版</dt><dd>2.1', '見本システム 3.2（b42）— 見本株式会社', 'http:&#47;&#47;target.invalid', '2026年4月1日 10:02:03', '1 分 23 秒（検査 6 件）', '@hogo-kit&#47;conformance 0.1.0']) {
      expect(page).toContain(fact);
    }
    expect(page).toContain('実装必須の要件 1 件が不適合');
    // met (and attested) / applicable, then × 不適合, 未検証, 目視確認待ち, 証明済み, 対象外
    expect(page).toContain('<th scope="row">実装必須</th><td class="num">2 &#47; 5</td><td class="num">1</td><td class="num">1</td><td class="num">1</td><td class="num">1</td><td class="num">0</td>');
    expect(page).toContain('<th scope="row">標準オプション</th><td class="num">0 &#47; 1</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td>');
    expect(page).toContain('01 相談・申請受付');
    expect(page).toContain('02 調査');
    expect(page.match(/<svg class="chart"/g)).toHaveLength(3); // the whole run and each of the two areas
    expect(page).toContain('aria-label="分野 01: 実装必須 適合 1 &#47; 4、標準オプション 適合 0 &#47; 0、実装不可 適合 1 &#47; 1"');
  });

  it('has a row per requirement with 機能ID, 機能名称, requirement text, 実装区分, 判定, reason and evidence', () => {
    expect(page).toContain('<th scope="col">機能ID</th><th scope="col">機能名称</th><th scope="col">要件</th><th scope="col">実装区分</th><th scope="col">判定</th><th scope="col">理由・証跡</th>');
    for (const r of report.requirements) {
      expect(page).toMatch(new RegExp(`<tr class="req" id="r-${r.id}" data-verdict="${r.verdict}" data-class="${r.class}" data-area="${r.area}"`));
      expect(page).toContain(html(r.text!));
    }
    for (const label of ['○ 適合', '× 不適合', '未検証', '対象外', '目視確認待ち', '証明済み']) expect(page).toContain(`">${label}</span>`);
    expect(page).toContain('<tr class="group" data-group="01.1"><th colspan="6" scope="rowgroup">01.1 面接相談</th></tr>');
    expect(page).toContain('<code>consultation.lacks-data</code> <span class="st st-skip">未実施（検査に必要なデータがない）</span>');
    expect(page).toContain('前提の検査: consultation.hostile');
    expect(page).toContain('<details class="ex" data-check="consultation.hostile"><summary>記録された要求・応答（2 件）</summary>');
  });

  it('embeds the evidence once per check, URLs relative to the target and long bodies cut', () => {
    const data = evidenceData(report);
    expect(data.map(([id]) => id)).toEqual(['consultation.records', 'consultation.hostile', 'consultation.large', 'rights.refused']);
    const [first] = data.find(([id]) => id === 'consultation.hostile')![1];
    expect(first?.request?.url).toBe('/consultations?a=1&b=2');
    const [large] = data.find(([id]) => id === 'consultation.large')![1];
    expect(large?.response?.body).toBeUndefined();
    expect(large?.response?.bodyCut?.text).toHaveLength(BODY_LIMIT);
    expect(large?.response?.bodyCut?.length).toBeGreaterThan(6_000);
    expect(embedded(page)).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('has filters, a search box and a print stylesheet, and its script is valid JavaScript', () => {
    expect(page).toMatch(/<form class="filters" id="filters" role="search"/);
    expect(page).toContain('<input type="checkbox" name="verdict" value="not-met" checked>');
    expect(page).toContain('<select name="class">');
    expect(page).toContain('<select name="area">');
    expect(page).toContain('<input type="search" name="q"');
    expect(page).toMatch(/@media print \{[^]*\.filters[^]*display: none/);
    expect(() => new Function(SCRIPT)).not.toThrow();
  });

  it('is written as report.html by writeReports', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hogo-html-'));
    try {
      expect(await writeReports(report, ['html'], dir)).toEqual([join(dir, 'report.html')]);
      expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe(page);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('report.html: flow transitions', () => {
  it('shows per flow the legal transitions exercised and the illegal ones refused, with the list on demand', () => {
    expect(page).toContain('業務フローの遷移');
    const row = /<tr><th scope="row">保護申請<\/th><td class="num">(\d+) \/ (\d+)<\/td><td class="num">(\d+) \/ (\d+)<\/td>/.exec(page);
    expect(row?.slice(1)).toEqual(['1', '2', '1', '2']);
    expect(page).toContain('received → withdrawn');
    expect(page).toContain('started で withdrawApplication');
  });
});
