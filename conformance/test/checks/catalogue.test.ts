import { readFileSync } from 'node:fs';
import { EDITIONS, operationsFor, type Edition } from '@hogo-kit/sdk';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/checks/index.ts';
import { rolesOf } from '../../src/checks/support/roles.ts';
import { CheckRegistry } from '../../src/engine/registry.ts';

const cache = new Map<Edition, Set<string>>();
const requirementIds = (edition: Edition): Set<string> => {
  const known = cache.get(edition);
  if (known) return known;
  const file = new URL(`../../../spec/dist/${edition}/requirements.json`, import.meta.url);
  const ids = new Set((JSON.parse(readFileSync(file, 'utf8')) as { id: string }[]).map((r) => r.id));
  cache.set(edition, ids);
  return ids;
};

describe('the checks of the suite', () => {
  const checks = allChecks();

  it('have unique ids (the registry takes them all)', () => {
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    expect(() => new CheckRegistry(checks)).not.toThrow();
  });

  it('verify only requirements that exist in every edition they apply to', () => {
    const unknown: string[] = [];
    for (const check of checks) {
      for (const edition of check.editions ?? EDITIONS) {
        const ids = requirementIds(edition);
        for (const id of check.verifies) if (!ids.has(id)) unknown.push(`${check.id} → ${edition}#${id}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('cover every auto requirement of each edition, and every manual one records why it is manual', () => {
    const uncovered: string[] = [];
    for (const edition of EDITIONS) {
      const file = new URL(`../../../spec/dist/${edition}/requirements.json`, import.meta.url);
      const requirements = JSON.parse(readFileSync(file, 'utf8')) as { id: string; testability: string; manualReason?: { ja: string; en: string } }[];
      const verified = new Set(checks.filter((c) => !c.editions || c.editions.includes(edition)).flatMap((c) => c.verifies));
      for (const r of requirements) {
        if (r.testability === 'auto' && !verified.has(r.id)) uncovered.push(`${edition}#${r.id}`);
        if (r.testability === 'manual') expect(r.manualReason?.ja.length, `${edition}#${r.id}`).toBeGreaterThan(0);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('cover every authenticated operation (401) and every operation some role may not call (403), per edition', () => {
    const ids = new Set(checks.map((c) => c.id));
    const byId = new Map(checks.map((c) => [c.id, c]));
    const kebab = (op: string) => op.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    for (const edition of EDITIONS) {
      for (const [operationId, meta] of Object.entries(operationsFor(edition))) {
        if (!meta.authenticated) {
          expect(ids.has(`auth.unauthenticated.${kebab(operationId)}`), operationId).toBe(false);
          continue;
        }
        const unauthenticated = byId.get(`auth.unauthenticated.${kebab(operationId)}`);
        expect(unauthenticated?.editions, `${edition} ${operationId}`).toContain(edition);
        const refused = rolesOf(edition).filter((role) => !meta.roles.includes(role));
        if (refused.length > 0) expect(byId.get(`auth.forbidden.${kebab(operationId)}`)?.editions, `${edition} ${operationId}`).toContain(edition);
      }
    }
  });
});
