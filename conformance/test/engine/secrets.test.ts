import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/engine/registry.ts';
import { runChecks } from '../../src/engine/runner.ts';
import { clientFor, fakeTarget, TOKENS } from './fakes.ts';

describe('secrets known from the start', () => {
  const leaky = defineCheck({
    id: 'leaky.message-before-any-request',
    title: { ja: '漏えい', en: 'leak' },
    verifies: ['14.1.1'],
    run: async (ctx) => ctx.fail({ ja: `トークン ${TOKENS.caseworker} で失敗`, en: `failed with ${TOKENS.caseworker}` }),
  });
  const run = (secrets?: string[]) =>
    runChecks([leaky], { edition: '2.1', clientFor, declared: new Set(), fetch: fakeTarget().fetch, ...(secrets ? { secrets } : {}) });

  it('redacts a configured token from a message written before any request carried it', async () => {
    const results = await run(Object.values(TOKENS));
    expect(results[0]!.status).toBe('fail');
    expect(JSON.stringify(results)).not.toContain(TOKENS.caseworker);
  });

  it('would leak it without the configured tokens (the case the option exists for)', async () => {
    expect(JSON.stringify(await run())).toContain(TOKENS.caseworker);
  });
});
