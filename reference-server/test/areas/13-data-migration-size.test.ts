import { describe, expect, it } from 'vitest';
import { app13, auth, registerHousehold } from '../support/13-data.ts';

/** 13.6.2: the export of a system in use (far beyond 1 MiB) loads back over HTTP and round-trips. */
describe('a data set larger than 1 MiB', () => {
  it('is imported over HTTP and exported again unchanged but for exportedAt', async () => {
    const { app } = await app13();
    const { household } = await registerHousehold(app);
    const manager = { ...auth('manager'), 'content-type': 'application/json' };
    const small = (await app.inject({ method: 'GET', url: '/migration/export', headers: manager })).json();
    const copies = Array.from({ length: 4000 }, (_, i) => ({
      ...household,
      householdId: `H-${String(900000 + i)}`,
      members: household.members.map((m: { memberId: string }, j: number) => ({ ...m, memberId: `M-${String(900000 + i * 10 + j)}` })),
    }));
    const big = { ...small, households: [...small.households, ...copies] };
    const payload = JSON.stringify(big);
    expect(payload.length).toBeGreaterThan(1024 * 1024);
    const imported = await app.inject({ method: 'POST', url: '/migration/import?mode=replace', headers: manager, payload });
    expect(imported.statusCode, imported.body.slice(0, 200)).toBe(201);
    const again = (await app.inject({ method: 'GET', url: '/migration/export', headers: manager })).json();
    expect({ ...again, exportedAt: undefined }).toEqual({ ...big, exportedAt: undefined });
  });
});
