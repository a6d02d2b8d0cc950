import { describe, expect, it } from 'vitest';
import type { EditionBundle } from '../../lib/bundle/types.ts';
import { diffEditions, type CheckRecord } from '../../lib/diff/index.ts';
import { minimal, op } from './support.ts';

const CHECKS: CheckRecord[] = [
  { id: 'thing.create', title: { ja: '物を登録できる', en: 'registers a thing' }, verifies: ['01.1.1'] },
  { id: 'thing.colour', verifies: ['01.1.3'] },
  { id: 'thing.archive-and-colour', verifies: ['01.1.2', '01.1.3'] },
  { id: 'thing.archive', verifies: ['01.1.2'] },
];

function diffWith(after: (b: EditionBundle) => void, checks: CheckRecord[] | undefined = CHECKS) {
  const to = minimal();
  after(to);
  return diffEditions(minimal(), to, checks ? { checks } : {});
}

describe('re-test impact', () => {
  it('a reworded requirement impacts exactly the checks verifying it; the rest of the evidence holds', () => {
    const { impact } = diffWith((b) => { b.requirements.find((r) => r.id === '01.1.3')!.text = '物の色を変更できること（履歴付き）。'; });
    expect(impact.checksGiven).toBe(true);
    expect(impact.checks.map((c) => c.id)).toEqual(['thing.colour', 'thing.archive-and-colour']);
    expect(impact.checks[0]).toMatchObject({ newCheck: false, reasons: [{ requirement: '01.1.3', rule: 'req.reworded', target: '01.1.3' }] });
    expect(impact.requirements.map((r) => r.id)).toEqual(['01.1.3']);
    // 01.1.2 is unchanged, but one of its checks is re-run anyway: its evidence is renewed, not carried over.
    expect(impact.evidenceHolds).toEqual(['01.1.1']);
    expect(impact.manualEvidenceHolds).toEqual(['01.1.4']);
    expect(impact.withoutChecks).toEqual([]);
  });

  it('an API change to a linked operation impacts the requirement and its checks, naming the change', () => {
    const { impact } = diffWith((b) => { delete op(b, 'getThing').responses['404']; });
    expect(impact.requirements).toEqual([
      { id: '01.1.1', title: { ja: '物の登録', en: 'Register a thing' }, reasons: [{ requirement: '01.1.1', rule: 'api.response.status-removed', section: 'api', target: 'getThing', location: 'response 404' }] },
    ]);
    expect(impact.checks.map((c) => c.id)).toEqual(['thing.create']);
    expect(impact.evidenceHolds).toEqual(['01.1.2', '01.1.3']);
  });

  it('a data change reaches requirements linking a schema that refers to the changed one ($ref closure)', () => {
    const withColour = (b: EditionBundle, maxLength: number) => {
      b.schemas.Colour = { type: 'string', maxLength };
      (b.schemas.ThingPatch as any).properties.shade = { $ref: '#/components/schemas/Colour' };
    };
    const from = minimal();
    const to = minimal();
    withColour(from, 20);
    withColour(to, 10);
    const { changes, impact } = diffEditions(from, to, { checks: CHECKS });
    // The data change is reported once, on Colour; ThingPatch itself is unchanged as a data item.
    expect(changes.filter((c) => c.section === 'data').map((c) => `${c.rule}@${c.target}`)).toEqual(['data.type.narrowed@Colour']);
    // 01.1.3 links ThingPatch only: it is reached through ThingPatch → Colour.
    const reasons = impact.requirements.find((r) => r.id === '01.1.3')!.reasons.map((r) => `${r.rule}@${r.target}`);
    expect(reasons).toEqual(expect.arrayContaining(['data.type.narrowed@Colour', 'api.request.type-narrowed@updateThing']));
  });

  it('a flow transition change impacts the requirements linking that transition only', () => {
    const { impact } = diffWith((b) => { b.flows[0]!.transitions.find((t) => t.id === 'archive')!.from = ['active', 'archived']; });
    expect(impact.requirements.map((r) => [r.id, r.reasons.map((x) => x.rule)])).toEqual([['01.1.2', ['flow.transition-changed']]]);
    expect(impact.checks.map((c) => c.id)).toEqual(['thing.archive-and-colour', 'thing.archive']);
  });

  it('lists an unchanged automatic requirement without any check separately', () => {
    const { impact } = diffWith(() => {}, [{ id: 'thing.create', verifies: ['01.1.1'] }]);
    expect(impact.checks).toEqual([]);
    expect(impact.evidenceHolds).toEqual(['01.1.1']);
    expect(impact.withoutChecks).toEqual(['01.1.2', '01.1.3']);
  });

  it('marks checks new in <to> and those that no longer apply, by editions and by the presence of what they verify', () => {
    const checks: CheckRecord[] = [
      { id: 'only-2.1', verifies: ['01.1.1'], editions: ['2.1'] },
      { id: 'verifies-a-2.1-requirement', verifies: ['01.1.2'] },
      { id: 'only-2.0', verifies: ['01.1.1'], editions: ['2.0'] },
      { id: 'manual-screen', verifies: ['01.1.4'] },
    ];
    const { impact } = diffEditions(minimal('2.0'), minimal('2.1'), { checks });
    const newChecks = impact.checks.filter((c) => c.newCheck).map((c) => c.id);
    expect(newChecks).toEqual(['only-2.1', 'verifies-a-2.1-requirement']);
    expect(impact.noLongerApplicable).toEqual(['only-2.0']);
    expect(impact.checks.map((c) => c.id)).not.toContain('manual-screen');
    expect(impact.manualEvidenceHolds).toEqual(['01.1.4']);
  });

  it('without a check list, reports the impacted requirements only', () => {
    const { impact } = diffEditions(minimal('2.0'), minimal('2.1'));
    expect(impact.checksGiven).toBe(false);
    expect(impact.checks).toEqual([]);
    expect(impact.evidenceHolds).toEqual([]);
    // 2.0 → 2.1 of the fixture: 01.1.2 is new, 01.1.3 reworded, 01.1.1 links Thing (note added, colour grown).
    expect(impact.requirements.map((r) => r.id)).toEqual(['01.1.1', '01.1.2', '01.1.3']);
  });
});
