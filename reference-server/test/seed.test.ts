import { describe, expect, it } from 'vitest';
import type { Edition } from '@hogo-kit/sdk';
import { buildApp } from '../src/app.ts';
import { parseSeed } from '../src/seed.ts';
import { schemaValidator } from './support/seed.ts';

const NOW = () => new Date('2026-04-01T01:00:00Z');
const auth = (role = 'caseworker') => ({ authorization: `Bearer dev-${role}` });
const EDITIONS: Edition[] = ['2.0', '2.1'];

// Loaded once at collection time, so that every step of the demo becomes a test of its own. The server serves every
// operation of both editions, so a skipped step (an operation missing, a prerequisite not done) fails the test.
const demos = await Promise.all(EDITIONS.map((edition) => buildApp({ edition, now: NOW, docs: false, seed: 'demo' })));

describe.each(EDITIONS.map((edition, i) => ({ edition, reference: demos[i]! })))('demo seed, edition $edition', ({ edition, reference }) => {
  const report = reference.seed!.report;

  for (const step of report.steps) {
    it(`${step.step}`, () => {
      expect(step.status, `${step.reason ?? ''}${step.operationId ? ` (${step.operationId})` : ''}`).toBe('done');
    });
  }

  it('loads at least 12 households without a server fault', () => {
    expect(reference.seed!.households).toBeGreaterThanOrEqual(12);
    expect(reference.faults).toEqual([]);
  });

  it('reads back as valid records of the spec schemas, every 世帯類型 and protection status present', async () => {
    const validate = schemaValidator(edition);
    const households = (await reference.app.inject({ method: 'GET', url: '/households?limit=100', headers: auth() })).json().items as { householdId: string }[];
    expect(households.length).toBe(reference.seed!.households);
    const types = new Set<string>();
    const statuses = new Set<string>();
    for (const { householdId } of households) {
      const res = await reference.app.inject({ method: 'GET', url: `/households/${householdId}`, headers: auth() });
      expect(res.statusCode).toBe(200);
      const household = res.json();
      expect(validate('Household', household)).toEqual([]);
      types.add(household.householdType);
      statuses.add(household.protectionStatus);
    }
    expect([...types].sort()).toEqual(['1', '2', '3', '4', '5']);
    expect([...statuses].sort()).toEqual(['discontinued', 'none', 'protected', 'suspended', 'transferred']);
    const applications = (await reference.app.inject({ method: 'GET', url: '/applications?limit=100', headers: auth() })).json().items as Record<string, unknown>[];
    for (const a of applications) expect(validate('Application', a)).toEqual([]);
    expect(applications.some((a) => a.deemedRejected === true)).toBe(true);
    expect(applications.some((a) => a.status === 'investigating' && a.decisionOverdue === false)).toBe(true);
    expect(reference.faults).toEqual([]);
  });

  it('keeps the fidelity names exactly as seeded', async () => {
    const households = (await reference.app.inject({ method: 'GET', url: '/households?limit=100', headers: auth() })).json().items as { members: { name: { family: string } }[] }[];
    const families = households.flatMap((h) => h.members.map((m) => m.name.family));
    for (const name of ['𠮷見本', '髙試験', '葛\u{E0100}架空', '𡈽模擬', '見本﨑']) expect(families).toContain(name);
  });
});

describe('generated seed', () => {
  it('generated:50 is deterministic: same N and seed → the same store; another seed → another', async () => {
    const load = async (seed: string) => (await buildApp({ now: NOW, docs: false, seed })).store.snapshot();
    const first = await load('generated:50');
    expect(await load('generated:50')).toEqual(first);
    expect(await load('generated:50:1')).toEqual(first);
    expect(await load('generated:50:2')).not.toEqual(first);
    expect(Object.keys(first.collections.Household ?? {})).toHaveLength(50);
  });

  it('loads cleanly on both editions', async () => {
    for (const edition of EDITIONS) {
      const reference = await buildApp({ edition, now: NOW, docs: false, seed: 'generated:50' });
      expect(reference.seed!.report.failed).toEqual([]);
      expect(reference.seed!.households).toBe(50);
      expect(reference.faults).toEqual([]);
    }
  });

  it('loads with one importDataSet (audited) and reads back as valid records that later requests build on', async () => {
    const reference = await buildApp({ edition: '2.1', now: NOW, docs: false, seed: 'generated:50' });
    expect(reference.seed!.report.steps.map((s) => s.status)).toEqual(['done']);
    expect(reference.auditLog.entries().map((e) => [e.operationId, e.outcome])).toEqual([['importDataSet', 'success']]);
    const validate = schemaValidator('2.1');
    const stored = reference.store.snapshot().collections;
    for (const id of Object.keys(stored.Household ?? {})) {
      const household = (await reference.app.inject({ method: 'GET', url: `/households/${id}`, headers: auth() })).json();
      expect(validate('Household', household)).toEqual([]);
      // the 世帯類型 the generator set is the one the server derives
      expect(household.householdType).toBe((stored.Household![id]!.value as { householdType: string }).householdType);
    }
    const applications = (await reference.app.inject({ method: 'GET', url: '/applications?limit=100', headers: auth() })).json().items as Record<string, unknown>[];
    expect(applications).toHaveLength(10);
    for (const a of applications) {
      expect(validate('Application', a)).toEqual([]);
      const decision = await reference.app.inject({ method: 'GET', url: `/decisions/${String(a.decisionId)}`, headers: auth() });
      expect(decision.statusCode).toBe(200);
      expect(validate('Decision', decision.json())).toEqual([]);
    }
    // sequences continue after the loaded data
    const res = await reference.app.inject({
      method: 'POST', url: '/households', headers: auth('intake'),
      payload: { lgCode: '131016', address: { lgCode: '131016', text: '見本町1丁目1番1号' }, grade: '1-1', winterRegion: 'VI', members: [{ name: { family: '見本', given: '花子' }, birthDate: '1980-01-01', sex: '2', relationship: '01' }] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().householdId).toBe('H-000051');
    expect(reference.faults).toEqual([]);
  });
});

describe('seed option', () => {
  it('empty loads nothing; an unknown seed is refused', async () => {
    const reference = await buildApp({ now: NOW, docs: false, seed: 'empty' });
    expect(reference.seed!.households).toBe(0);
    expect(Object.keys(reference.store.snapshot().collections.Household ?? {})).toHaveLength(0);
    expect(() => parseSeed('demo2')).toThrow(/unknown seed/);
    expect(() => parseSeed('generated:')).toThrow(/unknown seed/);
    expect(parseSeed('generated:100000:7')).toEqual({ kind: 'generated', count: 100000, seed: 7 });
  });
});
