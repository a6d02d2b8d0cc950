import { relative } from 'node:path';
import { Command } from 'commander';
import { registerDiff } from './diff/command.ts';
import { buildAll, DEFAULT_DIST_DIR, DEFAULT_DOCS_DIR, staleDocs, writeAll } from './build.ts';
import { formatProblem, lint } from './lint/index.ts';
import { DEFAULT_SOURCE_DIR, loadSource } from './source/load.ts';
import { summarise } from './summary.ts';
import { registerImport } from './import/command.ts';

const program = new Command('hogo-spec')
  .description('生活保護システム標準仕様（hogo-kit による符号化）の検査と生成 / lint and build the standard as data')
  .option('--src <dir>', 'spec source directory', DEFAULT_SOURCE_DIR);

program
  .command('lint')
  .description('検査: source shape, cross references, OpenAPI, schemas, code lists / check the source')
  .option('--json', 'print the problems as JSON')
  .action(async (options: { json?: boolean }) => {
    const problems = await lint(loadSource(program.opts().src));
    if (options.json) console.log(JSON.stringify(problems, null, 2));
    else {
      for (const p of problems) console.log(formatProblem(p));
      console.log(problems.length === 0 ? '問題なし / no problems' : `${problems.length} 件の問題 / ${problems.length} problems`);
    }
    process.exitCode = problems.length === 0 ? 0 : 1;
  });

program
  .command('build')
  .description('生成: dist/<edition>/ and docs/catalogue-<edition>.md for every edition')
  .option('--out <dir>', 'dist directory', DEFAULT_DIST_DIR)
  .option('--docs <dir>', 'docs directory', DEFAULT_DOCS_DIR)
  .option('--check', 'write nothing; exit 1 when a committed generated document is stale')
  .option('--no-docs', 'write dist/ only, leave the committed documents alone')
  .action((options: { out: string; docs: string | false; check?: boolean }) => {
    const bundles = buildAll(loadSource(program.opts().src));
    if (options.check) {
      const stale = staleDocs(bundles, options.docs || DEFAULT_DOCS_DIR);
      for (const name of stale) console.log(`stale: ${name} — run \`npm run generate\``);
      process.exitCode = stale.length === 0 ? 0 : 1;
      return;
    }
    const written = writeAll(bundles, options.out, options.docs || undefined);
    for (const b of bundles) console.log(`edition ${b.edition}: ${b.requirements.length} requirements`);
    console.log(`${written.length} files written under ${relative(process.cwd(), options.out) || '.'}${options.docs ? ` and ${relative(process.cwd(), options.docs) || '.'}` : ''}`);
  });

program
  .command('summary')
  .description('要件カタログの集計 / counts per area and class for every edition')
  .action(() => {
    for (const bundle of buildAll(loadSource(program.opts().src))) console.log(`${summarise(bundle)}\n`);
  });

registerImport(program);

registerDiff(program);

await program.parseAsync();
