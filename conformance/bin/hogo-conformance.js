#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so no compile step stands between source and use.
import { register } from 'tsx/esm/api';

register();
// tsx turns Node's source maps on; reading the map of every library module it loads costs more than a second at
// start and nothing the CLI prints needs it (set HOGO_SOURCE_MAPS=1 to keep them when debugging the kit).
if (process.env.HOGO_SOURCE_MAPS !== '1') process.setSourceMapsEnabled(false);
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
