import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../lib/build.ts';
import type { EditionBundle } from '../../lib/bundle/types.ts';
import { diffEditions, renderMarkdown, type DiffReport } from '../../lib/diff/index.ts';
import { loadSource } from '../../lib/source/load.ts';
import { reportErrors } from './support.ts';

// Facts read straight from the YAML, not through the build.
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const yamlDir = (dir: string) => readdirSync(SRC + dir).filter((f) => f.endsWith('.yaml')).map((f) => parse(readFileSync(`${SRC}${dir}/${f}`, 'utf8')));
interface Y { id: string; class: string; since: string; text: string; changed?: Record<string, { text?: string; class?: string; title?: unknown }> }
const REQS: Y[] = yamlDir('requirements').flatMap((a) => a.requirements);
const since21 = REQS.filter((r) => r.since === '2.1');
const OPS = yamlDir('openapi/paths').flatMap((file) => Object.values(file as Record<string, Record<string, any>>).flatMap((item) => Object.values(item)));
const CODELISTS_21 = yamlDir('codelists').filter((c) => c.since === '2.1').map((c) => c.id as string);

let b20: EditionBundle;
let b21: EditionBundle;
let forward: DiffReport;
let backward: DiffReport;
const targets = (report: DiffReport, prefix: string) => report.changes.filter((c) => c.rule.startsWith(prefix)).map((c) => c.target).sort();

beforeAll(() => {
  [b20, b21] = buildAll(loadSource()) as [EditionBundle, EditionBundle];
  forward = diffEditions(b20, b21);
  backward = diffEditions(b21, b20);
});

describe('hogo-spec diff on the real editions 2.0 → 2.1', () => {
  it('reports as added exactly the requirements marked since 2.1, each under the rule of its class', () => {
    expect(since21.length).toBeGreaterThan(0);
    expect(targets(forward, 'req.added.')).toEqual(since21.map((r) => r.id).sort());
    for (const r of since21) {
      const cls = r.changed?.['2.1']?.class ?? r.class;
      expect(forward.changes.find((c) => c.target === r.id && c.rule.startsWith('req.added.'))!.rule).toBe(`req.added.${cls}`);
    }
  });

  it('reports every area 12 requirement as added', () => {
    const area12 = REQS.filter((r) => r.id.startsWith('12.')).map((r) => r.id);
    expect(area12.length).toBeGreaterThan(0);
    expect(targets(forward, 'req.added.')).toEqual(expect.arrayContaining(area12));
  });

  it('reports as reworded each 2.0 requirement whose text changes in 2.1, with the old and the new text', () => {
    const reworded = REQS.filter((r) => r.since === '2.0' && r.changed?.['2.1']?.text);
    expect(reworded.length).toBeGreaterThan(0);
    for (const r of reworded) {
      const change = forward.changes.find((c) => c.rule === 'req.reworded' && c.target === r.id);
      expect(change, r.id).toMatchObject({ from: { text: r.text }, to: { text: r.changed!['2.1']!.text } });
    }
    expect(targets(forward, 'req.reworded')).toEqual(REQS.filter((r) => r.since === '2.0' && (r.changed?.['2.1']?.text || r.changed?.['2.1']?.title)).map((r) => r.id).sort());
  });

  it('reports each class change written in the source, in its direction', () => {
    const changed = REQS.filter((r) => r.since === '2.0' && r.changed?.['2.1']?.class);
    expect(changed.length).toBeGreaterThan(0);
    for (const r of changed) {
      const rule = `req.class.${r.class}-to-${r.changed!['2.1']!.class}`;
      expect(forward.changes.find((c) => c.target === r.id && c.rule.startsWith('req.class.'))?.rule, r.id).toBe(rule);
    }
    expect(targets(forward, 'req.class.')).toHaveLength(changed.length);
  });

  it('reports as added the operations and code lists marked since 2.1', () => {
    const ops21 = OPS.filter((o) => o['x-since'] === '2.1').map((o) => o.operationId as string).sort();
    expect(targets(forward, 'api.operation.added')).toEqual(ops21);
    expect(targets(forward, 'codelist.added')).toEqual(CODELISTS_21.sort());
  });

  it('reports the reverse for 2.1 → 2.0: what was added is removed, nothing is added', () => {
    expect(targets(backward, 'req.removed')).toEqual(since21.map((r) => r.id).sort());
    expect(targets(backward, 'req.added.')).toEqual([]);
    expect(targets(backward, 'api.operation.removed')).toEqual(targets(forward, 'api.operation.added'));
    expect(targets(backward, 'codelist.removed')).toEqual(targets(forward, 'codelist.added'));
    expect(targets(backward, 'req.reworded')).toEqual(targets(forward, 'req.reworded'));
    expect(backward.summary.total.breaking).toBeGreaterThan(0);
  });

  it('writes JSON valid against spec/schema/diff-report.schema.json, with and without a check list', () => {
    expect(reportErrors(JSON.parse(JSON.stringify(forward)))).toEqual([]);
    const checks = [
      { id: 'c.12', title: { ja: '連携', en: 'linkage' }, verifies: ['12.1.1'] },
      { id: 'c.01', verifies: ['01.1.1'], editions: ['2.0', '2.1'] },
      { id: 'c.old', verifies: ['01.1.1'], editions: ['2.0'] },
    ];
    const withChecks = diffEditions(b20, b21, { checks });
    expect(withChecks.impact.checks.find((c) => c.id === 'c.12')?.newCheck).toBe(true);
    expect(withChecks.impact.noLongerApplicable).toEqual(['c.old']);
    expect(reportErrors(JSON.parse(JSON.stringify(withChecks)))).toEqual([]);
  });

  it('the schema refuses a report that breaks it (the validation can fail)', () => {
    const broken = JSON.parse(JSON.stringify(forward));
    broken.changes[0].severity = 'fatal';
    delete broken.impact;
    expect(reportErrors(broken).length).toBeGreaterThan(0);
  });

  it('renders Markdown with the counts table first and bilingual section headings', () => {
    const md = renderMarkdown(forward, 'both');
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## 件数 / Summary');
    expect(headings).toEqual(expect.arrayContaining(['## 要件 / Requirements', '## データ項目 / Data items', '## 再試験の影響 / Re-test impact', '## 分類規則 / Classification rules']));
    expect(md).toContain(`| 合計 / Total | ${forward.summary.total.breaking} |`);
    const en = renderMarkdown(forward, 'en');
    expect(en).toContain('class changed from option to mandatory');
    expect(en).not.toContain('実装区分が標準オプションから実装必須に変わった');
  });
});
