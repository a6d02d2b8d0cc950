import { expect } from 'vitest';
import type { EditionBundle, Requirement } from '../../../lib/bundle/types.ts';
import type { RuleCase } from '../support.ts';

const req = (b: EditionBundle, id: string): Requirement => b.requirements.find((r) => r.id === id)!;
const drop = (b: EditionBundle, id: string) => { b.requirements = b.requirements.filter((r) => r.id !== id); };
const setClass = (id: string, from: Requirement['class'], to: Requirement['class']): Pick<RuleCase, 'before' | 'after'> => ({
  before: (b) => { req(b, id).class = from; },
  after: (b) => { req(b, id).class = to; },
});

export const REQUIREMENT_CASES: RuleCase[] = [
  { rule: 'req.added.mandatory', severity: 'breaking', target: '01.1.1', before: (b) => drop(b, '01.1.1') },
  { rule: 'req.added.option', severity: 'non-breaking', target: '01.1.2', before: (b) => drop(b, '01.1.2') },
  { rule: 'req.added.prohibited', severity: 'breaking', target: '01.1.9', after: (b) => { b.requirements.push({ ...req(b, '01.1.1'), id: '01.1.9', class: 'prohibited' }); } },
  { rule: 'req.removed', severity: 'non-breaking', target: '01.1.4', after: (b) => drop(b, '01.1.4') },
  {
    rule: 'req.reworded', severity: 'review', target: '01.1.3',
    after: (b) => { req(b, '01.1.3').text = '物の色を変更し、その履歴を残せること。'; },
    check: (c) => expect(c).toMatchObject({ from: { text: '物の色を版を指定して変更できること。' }, to: { text: '物の色を変更し、その履歴を残せること。' } }),
  },
  { rule: 'req.reworded', severity: 'review', target: '01.1.1', after: (b) => { req(b, '01.1.1').title = { ja: '物の新規登録', en: 'Register a new thing' }; } },
  { rule: 'req.class.option-to-mandatory', severity: 'breaking', target: '01.1.2', ...setClass('01.1.2', 'option', 'mandatory') },
  { rule: 'req.class.prohibited-to-mandatory', severity: 'breaking', target: '01.1.2', ...setClass('01.1.2', 'prohibited', 'mandatory') },
  { rule: 'req.class.mandatory-to-prohibited', severity: 'breaking', target: '01.1.1', ...setClass('01.1.1', 'mandatory', 'prohibited') },
  { rule: 'req.class.option-to-prohibited', severity: 'breaking', target: '01.1.2', ...setClass('01.1.2', 'option', 'prohibited') },
  { rule: 'req.class.mandatory-to-option', severity: 'non-breaking', target: '01.1.1', ...setClass('01.1.1', 'mandatory', 'option') },
  { rule: 'req.class.prohibited-to-option', severity: 'non-breaking', target: '01.1.1', ...setClass('01.1.1', 'prohibited', 'option') },
  { rule: 'req.testability', severity: 'review', target: '01.1.4', after: (b) => { req(b, '01.1.4').testability = 'auto'; } },
  {
    rule: 'req.links.operations', severity: 'review', target: '01.1.1',
    after: (b) => { req(b, '01.1.1').operations = ['createThing']; },
    check: (c) => expect(c).toMatchObject({ added: [], removed: ['getThing'] }),
  },
  {
    rule: 'req.links.schemas', severity: 'review', target: '01.1.3',
    after: (b) => { req(b, '01.1.3').schemas = ['ThingPatch', 'Thing']; },
    check: (c) => expect(c).toMatchObject({ added: ['Thing'], removed: [] }),
  },
  { rule: 'req.links.flows', severity: 'review', target: '01.1.1', after: (b) => { req(b, '01.1.1').flows = []; } },
  { rule: 'req.legal-basis', severity: 'review', target: '01.1.1', after: (b) => { req(b, '01.1.1').legalBasis = ['生活保護法第24条']; } },
];

