import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../lib/build.ts';
import { loadSource } from '../lib/source/load.ts';

const require = createRequire(import.meta.url);
const spectralBin = join(require.resolve('@stoplight/spectral-cli/package.json'), '..', 'dist', 'index.js');
const ruleset = fileURLToPath(new URL('../.spectral.yaml', import.meta.url));

interface SpectralResult { code: string; severity: number; message: string; path: string[] }

function spectral(document: unknown): SpectralResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'hogo-spectral-'));
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  let out: string;
  try {
    out = execFileSync('node', [spectralBin, 'lint', file, '--ruleset', ruleset, '-f', 'json', '--quiet'], { encoding: 'utf8' });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  return out.trim() ? (JSON.parse(out) as SpectralResult[]) : [];
}

describe('spectral lint (spectral:oas) of the bundled OpenAPI', () => {
  const bundles = buildAll(loadSource());
  it.each(bundles.map((b) => [b.edition, b] as const))('edition %s has no errors', (_edition, bundle) => {
    const errors = spectral(bundle.openapi).filter((r) => r.severity === 0);
    expect(errors.map((e) => `${e.code} ${e.path.join('.')}: ${e.message}`)).toEqual([]);
  });

  it('reports an error for a broken document (the check can fail)', () => {
    const broken = structuredClone(bundles[0]!.openapi) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const [first] = Object.values(broken.paths);
    const op = Object.values(first!)[0]!;
    const second = Object.values(broken.paths)[1]!;
    Object.values(second)[0]!.operationId = op.operationId; // duplicate operationId is an error in spectral:oas
    expect(spectral(broken).filter((r) => r.severity === 0).map((r) => r.code)).toContain('operation-operationId-unique');
  });
});
