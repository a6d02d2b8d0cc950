import type { KillMatrix } from './run.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The kill matrix as a Markdown table: a row per mutant, what it targets, what turned not-met, which checks caught it. */
export function killMatrixMarkdown(matrix: KillMatrix): string {
  const { summary } = matrix;
  const lines = [
    `## キルマトリクス / Kill matrix — ${summary.caught} / ${summary.mutants} 検出 caught (${(summary.killRate * 100).toFixed(1)} %)`,
    '',
    `- ${matrix.kit.name} ${matrix.kit.version}, ${matrix.startedAt}, ${(matrix.durationMs / 1000).toFixed(1)} s`,
    ...(summary.notCaught.length > 0 ? [`- ❌ 検出されなかったミュータント / not caught: ${summary.notCaught.join(', ')}`] : ['- ✅ すべてのミュータントを検出 / every mutant caught']),
  ];
  for (const [edition, ids] of Object.entries(matrix.untargeted)) {
    lines.push(`- 版 ${edition}: ミュータントの対象でない要件（実装必須・実装不可） / requirements no mutant targets: ${ids.length}${ids.length > 0 ? ` — ${ids.join(', ')}` : ''}`);
  }
  lines.push('', '| ミュータント mutant | 対象の要件 targets | 版 edition | 不適合 not met | 検出した検査 caught by |', '|---|---|---|---|---|');
  for (const row of matrix.mutants) {
    for (const [edition, o] of Object.entries(row.editions)) {
      lines.push(`| ${o.caught ? '' : '❌ '}\`${row.id}\` ${cell(row.description.ja)} | ${o.requirements.join(', ')} | ${edition} | ${o.notMet.join(', ') || '—'} | ${o.caughtBy.map((c) => `\`${c}\``).join(', ') || '—'} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
