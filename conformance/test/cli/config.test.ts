import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli.ts';
import { loadConfig, tokensFrom } from '../../src/config.ts';
import { UsageError } from '../../src/engine/plan.ts';
import type { RunReport } from '../../src/run.ts';

describe('config', () => {
  it('reads tokens, time-outs and concurrency; HOGO_TOKEN_<ROLE> takes precedence', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hogo-config-'));
    try {
      const path = join(dir, 'hogo.config.json');
      await writeFile(path, JSON.stringify({ tokens: { caseworker: 'from-file', intake: 'intake-file' }, timeoutMs: 2000, concurrency: 3 }));
      const config = await loadConfig(path);
      expect(config).toMatchObject({ timeoutMs: 2000, concurrency: 3 });
      expect(tokensFrom(config, { HOGO_TOKEN_CASEWORKER: 'from-env', HOGO_TOKEN_MEDICAL_CLERK: 'mc' })).toEqual({
        caseworker: 'from-env', intake: 'intake-file', 'medical-clerk': 'mc',
      });
      await writeFile(path, JSON.stringify({ tokenz: {} }));
      await expect(loadConfig(path)).rejects.toBeInstanceOf(UsageError);
      await writeFile(path, JSON.stringify({ tokens: { caseworker: 1 } }));
      await expect(loadConfig(path)).rejects.toThrow(/tokens/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exit code: 0 conformant, 1 not; --fail-on any also fails on anything not verified', () => {
    const report = (conformant: boolean, verdict: string) => ({ summary: { conformant }, requirements: [{ verdict }] }) as unknown as RunReport;
    expect(exitCodeOf(report(true, 'met'), 'mandatory')).toBe(0);
    expect(exitCodeOf(report(false, 'not-met'), 'mandatory')).toBe(1);
    expect(exitCodeOf(report(true, 'not-verified'), 'mandatory')).toBe(0);
    expect(exitCodeOf(report(true, 'not-verified'), 'any')).toBe(1);
    expect(exitCodeOf(report(true, 'manual-pending'), 'any')).toBe(0);
  });
});
