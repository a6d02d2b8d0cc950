import { parseChecks } from '@hogo-kit/spec';
import { describe, expect, it } from 'vitest';
import { listChecks } from '../../src/checks-list.ts';
import { allChecks } from '../../src/checks/index.ts';
import { requirementsOf } from '../../src/catalogue.ts';
import { main } from '../../src/cli.ts';

async function cli(args: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await main(args, (l) => out.push(l), (l) => out.push(l));
  return { code, out };
}

describe('hogo-conformance checks', () => {
  it('lists every check once, with what it verifies', () => {
    const listed = listChecks();
    expect(listed.map((c) => c.id).sort()).toEqual(allChecks().map((c) => c.id).sort());
    for (const c of listed) expect(c.verifies.length, c.id).toBeGreaterThan(0);
  });

  it('gives a check of a requirement new in 2.1 the edition 2.1 only, and an unchanged one both', () => {
    const in20 = new Set(requirementsOf('2.0').map((r) => r.id));
    const listed = listChecks();
    const newOnly = listed.find((c) => c.verifies.some((id) => !in20.has(id)))!;
    expect(newOnly.editions).toEqual(['2.1']);
    const everywhere = listed.find((c) => c.id === 'auth.unauthenticated.list-applications')!;
    expect(everywhere.editions).toEqual(['2.0', '2.1']);
  });

  it('prints JSON that hogo-spec diff --checks accepts', async () => {
    const { code, out } = await cli(['checks', '--json']);
    expect(code).toBe(0);
    const parsed = parseChecks(out.join('\n'));
    expect(parsed.length).toBe(listChecks().length);
  });

  it('filters by edition and refuses an unknown one', async () => {
    const only20 = await cli(['checks', '--edition', '2.0', '--json']);
    expect((JSON.parse(only20.out.join('\n')) as { editions: string[] }[]).every((c) => c.editions.includes('2.0'))).toBe(true);
    expect((await cli(['checks', '--edition', '9.9'])).code).toBe(2);
  });
});
