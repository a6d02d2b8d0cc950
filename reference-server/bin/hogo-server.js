#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so no compile step stands between source and use.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
