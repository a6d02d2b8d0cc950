#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so no compile step stands between source and use.
import { register } from 'tsx/esm/api';

register();
// tsx turns Node's source maps on; reading the map of every library module it loads costs more than a second at
// start and nothing the CLI prints needs it (set HOGO_SOURCE_MAPS=1 to keep them when debugging the kit).
if (process.env.HOGO_SOURCE_MAPS !== '1') process.setSourceMapsEnabled(false);
// A run or smoke test without --target (and not asking for help) will most likely boot the embedded reference server
// in a worker thread: start that thread now, so that it loads the server on the second core while this one loads the
// kit (a config file that names a target makes the CLI stop it unused). HOGO_WARM_START=0 turns this off.
const [command, ...rest] = process.argv.slice(2);
const noServer = rest.some((a) => a === '--target' || a.startsWith('--target=') || a === '--help' || a === '-h');
if ((command === 'run' || command === 'smoke') && !noServer && process.env.HOGO_WARM_START !== '0') {
  const { warmEmbeddedThread } = await import('../src/embedded-thread.ts');
  warmEmbeddedThread();
}
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
