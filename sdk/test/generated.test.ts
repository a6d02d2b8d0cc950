import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BANNER, generatedFiles } from '../scripts/generate-lib.ts';
import { operations } from '../src/generated/operations-21.ts';

const generatedDir = new URL('../src/generated/', import.meta.url);

describe('generated files', () => {
  it('are up to date with spec/src (run `npm run generate`) and carry the banner', async () => {
    const stale: string[] = [];
    for (const [name, content] of await generatedFiles()) {
      const committed = readFileSync(fileURLToPath(new URL(name, generatedDir)), 'utf8');
      expect(committed.startsWith(BANNER), name).toBe(true);
      if (committed !== content) stale.push(name);
    }
    expect(stale).toEqual([]);
  });

  it('carry requirement ids, class and edition in the JSDoc of each operation', () => {
    const types = readFileSync(fileURLToPath(new URL('openapi-21.ts', generatedDir)), 'utf8');
    expect(types).toMatch(/seikatsuhogo@2\.1#13\.1\.1 実装必須 \(mandatory, since 2\.0\)/);
    expect(types).toMatch(/Since edition 2\.1\./);
  });

  it('describe each operation for the runtime (roles, idempotency, If-Match)', () => {
    expect(operations.createHousehold).toMatchObject({ method: 'post', path: '/households', creating: true, ifMatch: false, success: 201 });
    expect(operations.updateHousehold).toMatchObject({ method: 'patch', ifMatch: true });
    expect(operations.getHealth).toMatchObject({ authenticated: false, personalData: false });
    expect(operations.getMember.roles).toContain('caseworker');
  });
});
