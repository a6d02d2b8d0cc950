#!/usr/bin/env node
// Runs the CLI from its compiled copy when that is fresh (bin/compiled.js: conformance/dist, built by `npm start` or
// `npm run compile -w @hogo-kit/conformance`), else the TypeScript through tsx's loader, so no compile step has to
// stand between a change to the source and its use.
import { compiledEntry } from './compiled.js';

const compiledCli = compiledEntry('cli.js');
if (!compiledCli) {
  const { register } = await import('tsx/esm/api');
  register();
  // tsx turns Node's source maps on; reading the map of every library module it loads costs more than a second at
  // start and nothing the CLI prints needs it (set HOGO_SOURCE_MAPS=1 to keep them when debugging the kit).
  if (process.env.HOGO_SOURCE_MAPS !== '1') process.setSourceMapsEnabled(false);
}
// A run or smoke test without --target (and not asking for help) will most likely boot the embedded reference server
// in a worker thread: start that thread now, so that it loads the server on the second core while this one loads the
// kit (a config file that names a target makes the CLI stop it unused). HOGO_WARM_START=0 turns this off.
const [command, ...rest] = process.argv.slice(2);
const noServer = rest.some((a) => a === '--target' || a.startsWith('--target=') || a === '--help' || a === '-h');
if ((command === 'run' || command === 'smoke') && !noServer && process.env.HOGO_WARM_START !== '0') {
  const { warmEmbeddedThread } = await import(compiledCli ? new URL('embedded-thread.js', compiledCli).href : '../src/embedded-thread.ts');
  warmEmbeddedThread();
}
const { main } = await import(compiledCli ? compiledCli.href : '../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
