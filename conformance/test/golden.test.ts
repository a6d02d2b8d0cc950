import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startEmbedded } from '../src/embedded.ts';
import { goldenOf } from '../src/golden.ts';
import { runSuite } from '../src/run.ts';

/**
 * Issue #6, the golden run: the suite against the unmodified reference server (demo seed), normalised, is checked in
 * as golden/run-<edition>.json; a change of any verdict or check result shows up as a diff in review.
 * To accept an intended change: HOGO_UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts (in conformance/).
 */
describe.each(['2.1', '2.0'] as const)('the golden run (edition %s)', (edition) => {
  it('matches golden/run-' + edition + '.json', async () => {
    const target = await startEmbedded(edition);
    try {
      const golden = goldenOf(await runSuite({ edition, baseUrl: target.baseUrl, tokens: target.tokens, fetch: target.fetch }));
      const file = new URL(`../golden/run-${edition}.json`, import.meta.url);
      if (process.env.HOGO_UPDATE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(golden, null, 2)}\n`);
      expect(golden).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    } finally {
      await target.close();
    }
  }, 180_000);
});
