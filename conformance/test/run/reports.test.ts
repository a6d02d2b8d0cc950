import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/engine/types.ts';
import { overallVerdict } from '../../src/engine/overall.ts';
import { jsonReport, junitReport, markdownReport } from '../../src/reports/index.ts';
import type { ReportedRequirement, RunReport } from '../../src/run.ts';
import { expectValidReport } from './support/report-schema.ts';
import { all, parseXml } from './support/xml.ts';

const req = (id: string, cls: ReportedRequirement['class'], verdict: ReportedRequirement['verdict'], checks: ReportedRequirement['checks']): ReportedRequirement => ({
  id, qualifiedId: `seikatsuhogo@2.1#${id}`, title: { ja: `要件 ${id} <&>`, en: `requirement ${id}` }, class: cls, area: id.slice(0, 2), testability: 'auto',
  verdict, reason: { ja: '理由 | パイプ', en: 'reason' }, checks,
});
const result = (checkId: string, status: CheckResult['status'], message?: string): CheckResult => ({
  checkId, status, evidence: status === 'fail' ? [{ request: { method: 'GET', url: 'http://t.invalid/x?a=1&b=2', headers: {} }, response: { status: 200, headers: {}, body: { x: '"<]]>' } } }] : [],
  durationMs: 12, ...(message ? { message: { ja: message, en: message } } : {}), ...(status === 'blocked' ? { blockedBy: 'a.fails' } : {}),
});

function sample(): RunReport {
  const checks = [result('a.passes', 'pass'), result('a.fails', 'fail', '期待 "201" <got> 200 & more'), result('b.errs', 'error', 'time-out'), result('b.blocked', 'blocked', 'blocked'), result('b.skips', 'skip', 'no data')];
  const requirements = [
    req('01.1.1', 'mandatory', 'met', [{ id: 'a.passes', status: 'pass', evidenceCount: 0 }]),
    req('01.1.2', 'mandatory', 'not-met', [{ id: 'a.fails', status: 'fail', message: { ja: 'x', en: 'x' }, evidenceCount: 1 }]),
    req('02.1.1', 'prohibited', 'not-verified', [{ id: 'b.errs', status: 'error', evidenceCount: 0 }, { id: 'b.blocked', status: 'blocked', evidenceCount: 0 }]),
    req('02.1.2', 'option', 'not-verified', [{ id: 'b.skips', status: 'skip', evidenceCount: 0 }]),
  ];
  return {
    format: 'hogo-kit-conformance-report/1', kit: { name: '@hogo-kit/conformance', version: '0.1.0' }, edition: '2.1',
    target: { baseUrl: 'http://t.invalid', product: null }, declarationSource: 'none', declaration: null,
    declarationNotes: [{ ja: '宣言なし', en: 'no declaration' }], scope: { areas: [], requirements: [] },
    startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1234, summary: overallVerdict(requirements.map((r) => ({ ...r, checks: [] }))), requirements, flows: [], checks,
  };
}

describe('reports', () => {
  it('report.json is valid against the schema', () => {
    expectValidReport(JSON.parse(jsonReport(sample())));
  });

  it('JUnit: well-formed, a suite per area, a case per check, requirement ids as properties, statuses mapped', () => {
    const root = parseXml(junitReport(sample()));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '5', failures: '1', errors: '1', skipped: '2' });
    const suites = all(root, 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual(['2.1 area 01', '2.1 area 02']);
    const cases = Object.fromEntries(all(root, 'testcase').map((c) => [c.attributes.name, c]));
    expect(Object.keys(cases)).toHaveLength(5);
    expect(all(cases['a.passes']!, 'property').map((p) => p.attributes.value)).toEqual(['seikatsuhogo@2.1#01.1.1']);
    expect(all(cases['a.fails']!, 'failure')[0]!.attributes.message).toContain('期待 "201" <got> 200 & more');
    expect(all(cases['a.fails']!, 'failure')[0]!.text).toContain('GET http://t.invalid/x?a=1&b=2 → 200');
    expect(all(cases['b.errs']!, 'error')).toHaveLength(1);
    expect(all(cases['b.blocked']!, 'skipped')[0]!.attributes.message).toMatch(/^blocked: /);
    expect(all(cases['b.skips']!, 'skipped')).toHaveLength(1);
  });

  it('the minimal XML reader refuses malformed XML', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml('<a>&bogus;</a>')).toThrow();
  });

  it('Markdown: the verdict, per class, per area and the not-met list', () => {
    const md = markdownReport(sample());
    expect(md).toMatch(/^## hogo-conformance: ❌ 不適合 \/ not conformant/);
    expect(md).toContain('| 実装必須 mandatory | 1 / 2 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('| 01 | 1 / 2 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('### 不適合 Not met (1)');
    expect(md).toContain('| 01.1.2 | 要件 01.1.2 <&> | 実装必須 | 理由 \\| パイプ / reason |');
    expect(md).toContain('宣言なし / no declaration');
  });
});
