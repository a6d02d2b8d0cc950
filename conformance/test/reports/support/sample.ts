import { overallVerdict } from '../../../src/engine/overall.ts';
import type { CheckResult, Evidence } from '../../../src/engine/types.ts';
import type { ReportedRequirement, RunReport } from '../../../src/run.ts';

/** Data a hostile or careless target could put into a report: it must stay text in every format. */
export const HOSTILE = {
  title: '<script>window.__pwned = 1</script>危険な名称, "引用" と\n改行',
  body: '</script><script>window.__pwned = 2</script><!-- <img src=x onerror="window.__pwned = 3">',
  reason: '=HYPERLINK("x","y") 期待した 201 ではなく 200 が返りました <b>太字</b>',
};

const exchange = (path: string, status: number, body: unknown): Evidence => ({
  request: { method: 'POST', url: `http://target.invalid${path}`, headers: { authorization: 'Bearer [redacted]', 'content-type': 'application/json' }, body: { path } },
  response: { status, headers: { 'content-type': 'application/json' }, body },
});

const result = (checkId: string, status: CheckResult['status'], evidence: Evidence[], extra: Partial<CheckResult> = {}): CheckResult => ({ checkId, status, evidence, durationMs: 5, ...extra });

const CHECKS: CheckResult[] = [
  result('consultation.records', 'pass', [exchange('/consultations', 201, { id: 'C-1', 相談者: '見本 太郎' })]),
  result('consultation.hostile', 'fail', [exchange('/consultations?a=1&b=2', 200, { text: HOSTILE.body }), { note: 'ログは https://elsewhere.invalid/x を指していました' }], {
    message: { ja: HOSTILE.reason, en: 'expected 201, got 200' },
  }),
  result('consultation.large', 'pass', [exchange('/large', 200, { rows: 'あ'.repeat(6_000) })]),
  result('consultation.lacks-data', 'skip', [], { missing: '申請中の世帯', message: { ja: '検査に必要なデータがありません（申請中の世帯）', en: 'lacked data' } }),
  result('investigation.after-failure', 'blocked', [], { blockedBy: 'consultation.hostile' }),
  result('rights.refused', 'pass', [exchange('/prohibited', 403, { code: 'forbidden' })]),
];

const requirement = (id: string, cls: ReportedRequirement['class'], verdict: ReportedRequirement['verdict'], checks: string[], extra: Partial<ReportedRequirement> = {}): ReportedRequirement => ({
  id,
  qualifiedId: `seikatsuhogo@2.1#${id}`,
  title: { ja: `要件 ${id} の名称`, en: `requirement ${id}` },
  text: `要件 ${id} の記述。検索語「ユニーク${id.replace(/\./g, '')}」を含む。`,
  class: cls,
  area: id.slice(0, 2),
  testability: verdict === 'manual-pending' || verdict === 'attested' ? 'manual' : 'auto',
  verdict,
  reason: { ja: verdict === 'met' ? 'すべての検査に合格' : `要件 ${id} の理由`, en: 'reason' },
  checks: checks.map((c) => {
    const r = CHECKS.find((x) => x.checkId === c)!;
    return { id: c, status: r.status, ...(r.message && { message: r.message }), evidenceCount: r.evidence.length };
  }),
  ...extra,
});

/** A hand-made run with every verdict, every class, two areas and hostile text in titles, reasons and evidence. */
export function sampleReport(): RunReport {
  const requirements = [
    requirement('01.1.1', 'mandatory', 'met', ['consultation.records', 'consultation.large']),
    requirement('01.1.2', 'mandatory', 'not-met', ['consultation.hostile'], { title: { ja: HOSTILE.title, en: 'hostile' }, reason: { ja: HOSTILE.reason, en: 'expected 201' } }),
    requirement('01.1.3', 'mandatory', 'not-verified', ['consultation.lacks-data'], { reason: { ja: '検査に必要なデータがありません（申請中の世帯）', en: 'lacked data' } }),
    requirement('01.1.5', 'mandatory', 'manual-pending', [], { reason: { ja: '目視確認が必要です', en: 'needs a person' } }),
    requirement('01.2.8', 'option', 'not-applicable', [], { reason: { ja: '宣言されておらず、機能もありません', en: 'absent' } }),
    requirement('01.5.1', 'prohibited', 'met', ['rights.refused']),
    requirement('02.1.1', 'mandatory', 'attested', [], { reason: { ja: '事業者の証明による', en: 'attested' } }),
    requirement('02.1.2', 'option', 'not-verified', ['investigation.after-failure']),
  ];
  return {
    format: 'hogo-kit-conformance-report/1',
    kit: { name: '@hogo-kit/conformance', version: '0.1.0' },
    edition: '2.1',
    target: { baseUrl: 'http://target.invalid', product: { name: '見本システム', vendor: '見本株式会社', version: '3.2', build: 'b42' } },
    declarationSource: 'target',
    declaration: { edition: '2.1', product: { name: '見本システム', vendor: '見本株式会社', version: '3.2', build: 'b42' }, options: ['02.1.2'], declaredAt: '2026-01-01T00:00:00Z' },
    declarationNotes: [],
    scope: { areas: [], requirements: [] },
    startedAt: '2026-04-01T01:02:03.000Z',
    durationMs: 83_400,
    summary: overallVerdict(requirements.map((r) => ({ ...r, checks: [] }))),
    requirements,
    flows: [{
      id: 'application', name: { ja: '保護申請', en: 'Application for protection' },
      legal: [
        { id: 'receive', from: [], to: 'received', operation: 'createApplication', exercisedBy: ['consultation.records'] },
        { id: 'withdraw', from: ['received'], to: 'withdrawn', operation: 'withdrawApplication', exercisedBy: [] },
      ],
      illegal: [
        { state: 'withdrawn', operation: 'withdrawApplication', refusedBy: ['rights.refused'] },
        { state: 'started', operation: 'withdrawApplication', refusedBy: [] },
      ],
      summary: { legal: 2, exercised: 1, illegal: 2, refused: 1 },
    }],
    checks: CHECKS,
  };
}
