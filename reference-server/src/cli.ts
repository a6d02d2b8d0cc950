import { Command, InvalidArgumentError } from 'commander';
import { isEdition, type Edition } from '@hogo-kit/sdk';
import { buildApp } from './app.ts';
import { assertMutant } from './mutants/catalogue.ts';
import { parseSeed } from './seed.ts';
import { ROLES } from './support/tokens.ts';

interface CliOptions { port: number; host: string; edition: Edition; seed: string; mutant?: string; now?: string; log?: boolean }

const port = (value: string) => {
  const n = Number(value);
  if (!/^[0-9]+$/.test(value) || n > 65535) throw new InvalidArgumentError('a port number 0–65535');
  return n;
};
const edition = (value: string): Edition => {
  if (!isEdition(value)) throw new InvalidArgumentError('2.0 or 2.1');
  return value;
};
const check = <T>(validate: (value: string) => T) => (value: string) => {
  try {
    validate(value);
    return value;
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
};
const instant = (value: string) => {
  if (Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('an ISO date-time such as 2026-04-01T10:00:00+09:00');
  return value;
};

/** Builds the server, loads the seed, listens, and prints where it is and how to call it. */
async function serve(options: CliOptions) {
  const fixed = options.now ? new Date(options.now) : undefined;
  const reference = await buildApp({
    edition: options.edition, seed: options.seed, logger: options.log ?? false,
    ...(options.mutant ? { mutant: options.mutant } : {}),
    ...(fixed ? { now: () => new Date(fixed) } : {}),
  });
  const address = await reference.app.listen({ port: options.port, host: options.host });
  const url = address.replace('[::1]', 'localhost');
  const summary = reference.seed!;
  const width = Math.max(...ROLES.map((r) => r.length));
  const lines = [
    `hogo-kit reference server — 生活保護システム標準仕様 ${options.edition}（参照実装 / reference implementation）`,
    `URL: ${url}`,
    `Docs: ${url}/docs`,
    `Seed: ${summary.seed} — ${summary.households} households, ${summary.report.steps.length} steps in ${summary.milliseconds} ms` +
      (summary.report.skipped.length ? `, ${summary.report.skipped.length} skipped` : '') + (summary.report.failed.length ? `, ${summary.report.failed.length} FAILED` : ''),
    ...(options.mutant ? [`Mutant: ${options.mutant} — ${assertMutant(options.mutant).description.en} (NOT conformant on purpose)`] : []),
    '',
    '開発用トークン（ローカル専用・認証情報ではありません） / Development tokens (local use only — not credentials):',
    ...ROLES.map((role) => `  ${role.padEnd(width)}  Authorization: ${`Bearer dev-${role}`.padEnd(width + 11)}  (2人目の職員 / second member of staff: dev-${role}-2)`),
  ];
  console.log(lines.join('\n'));
  for (const step of [...summary.report.failed, ...summary.report.skipped]) {
    console.error(`seed step ${step.status}: ${step.step}${step.operationId ? ` [${step.operationId}]` : ''}${step.reason ? ` — ${step.reason}` : ''}`);
  }
  const stop = () => {
    void reference.app.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const program = new Command('hogo-server')
  .description('hogo-kit 参照サーバ（インメモリ） / the hogo-kit reference server, in memory')
  .option('--port <port>', 'port to listen on (0 = any free port)', port, 8080)
  .option('--host <host>', 'interface to listen on', '127.0.0.1')
  .option('--edition <edition>', 'edition of the standard: 2.0 or 2.1', edition, '2.1' as Edition)
  .option('--seed <seed>', 'data to load: demo | empty | generated:<N>[:<seed>]', check(parseSeed), 'demo')
  .option('--mutant <id>', 'run with a seeded defect of the mutant catalogue (for the conformance suite)', check(assertMutant))
  .option('--now <date-time>', 'freeze the clock at this instant (reproducible demos)', instant)
  .option('--log', 'log requests (fastify logger)')
  .action(async (options: CliOptions) => {
    await serve(options);
  });

await program.parseAsync(process.argv);
