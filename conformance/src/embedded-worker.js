// The embedded reference server in a worker thread (see embedded-thread.ts): plain JavaScript, so that it can
// register tsx's loader before the TypeScript host is imported, whoever started the thread (the CLI, vitest, a bench).
import { register } from 'tsx/esm/api';

register();
if (process.env.HOGO_SOURCE_MAPS !== '1') process.setSourceMapsEnabled(false);
await import('./embedded-host.ts');
