import { expect } from 'vitest';
import type { EditionBundle, Flow } from '../../../lib/bundle/types.ts';
import type { RuleCase } from '../support.ts';
import { thing } from './api.ts';

const colour = (b: EditionBundle) => b.codelists.find((c) => c.id === 'colour')!;
const flow = (b: EditionBundle): Flow => b.flows.find((f) => f.id === 'thing')!;
const sizes = { id: 'size', name: { ja: '大きさ', en: 'Size' }, source: { kind: 'kit' as const, ref: 'test' }, since: '2.1', codes: [{ code: 's', ja: '小', en: 'Small', since: '2.1' }] };

export const DATA_CASES: RuleCase[] = [
  { rule: 'data.schema.added', severity: 'non-breaking', target: 'Extra', after: (b) => { b.schemas.Extra = { type: 'object' }; } },
  { rule: 'data.schema.removed', severity: 'breaking', target: 'Extra', before: (b) => { b.schemas.Extra = { type: 'object' }; } },
  { rule: 'data.property.added', severity: 'non-breaking', target: 'Thing', after: (b) => { thing(b).properties.size = { type: 'integer' }; } },
  {
    rule: 'data.property.added-required', severity: 'breaking', target: 'Thing',
    after: (b) => { thing(b).properties.size = { type: 'integer' }; thing(b).required.push('size'); },
    check: (c) => expect(c.location).toBe('size'),
  },
  { rule: 'data.property.removed', severity: 'breaking', target: 'Thing', after: (b) => { delete thing(b).properties.note; } },
  { rule: 'data.property.made-required', severity: 'breaking', target: 'Thing', after: (b) => { thing(b).required.push('note'); } },
  { rule: 'data.property.made-optional', severity: 'non-breaking', target: 'Thing', after: (b) => { thing(b).required = ['thingId', 'status']; } },
  { rule: 'data.type.narrowed', severity: 'breaking', target: 'Thing', after: (b) => { thing(b).properties.note.maxLength = 50; }, check: (c) => expect(c).toMatchObject({ location: 'note (maxLength)', from: 100, to: 50 }) },
  { rule: 'data.type.narrowed', severity: 'breaking', target: 'Thing', after: (b) => { thing(b).additionalProperties = false; } },
  { rule: 'data.type.widened', severity: 'non-breaking', target: 'Thing', after: (b) => { thing(b).properties.note.maxLength = 200; } },
  { rule: 'data.type.widened', severity: 'non-breaking', target: 'Thing', before: (b) => { thing(b).properties.note.type = 'integer'; }, after: (b) => { thing(b).properties.note.type = 'number'; } },
  { rule: 'data.type.changed', severity: 'breaking', target: 'Thing', after: (b) => { thing(b).properties.note.type = 'integer'; } },
  { rule: 'data.type.changed', severity: 'breaking', target: 'Thing', after: (b) => { thing(b).properties.note = { $ref: '#/components/schemas/Problem' }; } },
  { rule: 'data.enum.shrunk', severity: 'breaking', target: 'Thing', after: (b) => { thing(b).properties.status.enum = ['active']; }, check: (c) => expect(c.removed).toEqual(['archived']) },
  { rule: 'data.enum.grown', severity: 'non-breaking', target: 'Thing', after: (b) => { thing(b).properties.status.enum.push('lost'); }, check: (c) => expect(c.added).toEqual(['lost']) },
  { rule: 'codelist.added', severity: 'non-breaking', target: 'size', after: (b) => { b.codelists.push(sizes); } },
  { rule: 'codelist.removed', severity: 'breaking', target: 'size', before: (b) => { b.codelists.push(sizes); } },
  { rule: 'codelist.code-added', severity: 'non-breaking', target: 'colour', after: (b) => { colour(b).codes.push({ code: 'green', ja: '緑', en: 'Green', since: '2.1' }); }, check: (c) => expect(c.added).toEqual(['green']) },
  { rule: 'codelist.code-removed', severity: 'breaking', target: 'colour', after: (b) => { colour(b).codes = colour(b).codes.filter((c) => c.code !== 'blue'); } },
  {
    rule: 'codelist.code-renamed', severity: 'non-breaking', target: 'colour',
    after: (b) => { colour(b).codes[0]!.ja = '紅'; },
    check: (c) => expect(c).toMatchObject({ location: 'red', from: { ja: '赤' }, to: { ja: '紅' } }),
  },
  { rule: 'flow.added', severity: 'non-breaking', target: 'other', after: (b) => { b.flows.push({ ...flow(b), id: 'other' }); } },
  { rule: 'flow.removed', severity: 'breaking', target: 'other', before: (b) => { b.flows.push({ ...flow(b), id: 'other' }); } },
  { rule: 'flow.state-added', severity: 'non-breaking', target: 'thing', after: (b) => { flow(b).states.push({ id: 'lost', ja: '紛失', en: 'Lost', since: '2.1' }); } },
  { rule: 'flow.state-removed', severity: 'breaking', target: 'thing', after: (b) => { flow(b).states = flow(b).states.filter((s) => s.id !== 'archived'); } },
  {
    rule: 'flow.transition-added', severity: 'non-breaking', target: 'thing#restore',
    after: (b) => { flow(b).transitions.push({ id: 'restore', from: ['archived'], to: 'active', operation: 'archiveThing', guards: [], requirements: [], since: '2.1' }); },
  },
  { rule: 'flow.transition-removed', severity: 'breaking', target: 'thing#archive', after: (b) => { flow(b).transitions = flow(b).transitions.filter((t) => t.id !== 'archive'); } },
  { rule: 'flow.transition-changed', severity: 'review', target: 'thing#archive', after: (b) => { flow(b).transitions[1]!.from = ['active', 'archived']; } },
];
