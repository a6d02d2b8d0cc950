import type { CheckResult } from '../engine/types.ts';
import type { RunReport } from '../run.ts';

const escape = (text: string) =>
  text
    // characters XML 1.0 does not allow at all
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * JUnit XML for CI: a test suite per area, a test case per check (in the area of the first requirement it
 * verifies), the qualified ids of the requirements it verifies as properties. fail → <failure>,
 * error → <error>, blocked / skip / omit → <skipped> with the reason.
 */
export function junitReport(report: RunReport): string {
  const qualified = new Map(report.requirements.map((r) => [r.id, r.qualifiedId]));
  const areaOf = new Map(report.requirements.map((r) => [r.id, r.area]));
  const verifies = new Map<string, string[]>();
  for (const r of report.requirements) for (const c of r.checks) verifies.set(c.id, [...(verifies.get(c.id) ?? []), r.id]);

  const byArea = new Map<string, CheckResult[]>();
  for (const result of report.checks) {
    const ids = verifies.get(result.checkId) ?? [];
    const area = (ids[0] && areaOf.get(ids[0])) ?? 'other';
    byArea.set(area, [...(byArea.get(area) ?? []), result]);
  }

  const suites = [...byArea.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([area, results]) => {
    const count = (...s: CheckResult['status'][]) => results.filter((r) => s.includes(r.status)).length;
    const time = results.reduce((sum, r) => sum + r.durationMs, 0);
    const cases = results.map((r) => testcase(r, area, (verifies.get(r.checkId) ?? []).map((id) => qualified.get(id) ?? id)));
    return (
      `  <testsuite name="${escape(`${report.edition} area ${area}`)}" tests="${results.length}" failures="${count('fail')}" errors="${count('error')}" ` +
      `skipped="${count('blocked', 'skip', 'omit')}" time="${seconds(time)}" timestamp="${escape(report.startedAt)}">\n${cases.join('')}  </testsuite>\n`
    );
  });
  const all = report.checks;
  const total = (...s: CheckResult['status'][]) => all.filter((r) => s.includes(r.status)).length;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="hogo-conformance ${escape(report.edition)}" tests="${all.length}" failures="${total('fail')}" errors="${total('error')}" ` +
    `skipped="${total('blocked', 'skip', 'omit')}" time="${seconds(report.durationMs)}">\n${suites.join('')}</testsuites>\n`
  );
}

function testcase(result: CheckResult, area: string, requirements: string[]): string {
  const properties = requirements.map((id) => `        <property name="requirement" value="${escape(id)}"/>\n`).join('');
  const message = result.message ? `${result.message.ja} / ${result.message.en}` : '';
  const body =
    result.status === 'fail' ? `      <failure message="${escape(message)}" type="not-met">${escape(detail(result))}</failure>\n`
    : result.status === 'error' ? `      <error message="${escape(message)}" type="error">${escape(detail(result))}</error>\n`
    : result.status === 'pass' ? ''
    : `      <skipped message="${escape(`${result.status}: ${message}`)}"/>\n`;
  return (
    `    <testcase name="${escape(result.checkId)}" classname="${escape(`area-${area}`)}" time="${seconds(result.durationMs)}">\n` +
    (properties ? `      <properties>\n${properties}      </properties>\n` : '') +
    body +
    '    </testcase>\n'
  );
}

/** The exchanges of a failed check, one line each (the bodies stay in report.json). */
function detail(result: CheckResult): string {
  return result.evidence
    .map((e) => [e.request && `${e.request.method} ${e.request.url}`, e.response && `→ ${e.response.status}`, e.note].filter(Boolean).join(' '))
    .join('\n');
}
