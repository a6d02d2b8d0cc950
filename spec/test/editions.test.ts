import { describe, expect, it } from 'vitest';
import { buildBundle } from '../lib/bundle/index.ts';
import { resolveTree, X_KEYS } from '../lib/bundle/tree.ts';
import { compareEditions, presentIn } from '../lib/editions.ts';
import { operationsOf } from '../lib/bundle/openapi.ts';
import { fixture } from './helpers.ts';

describe('editions', () => {
  it('orders editions numerically', () => {
    expect(['2.10', '2.1', '2.0', '2.9'].sort(compareEditions)).toEqual(['2.0', '2.1', '2.9', '2.10']);
  });

  it('keeps an item from its since up to (not including) its removed edition', () => {
    expect(presentIn({ since: '2.1' }, '2.0')).toBe(false);
    expect(presentIn({ since: '2.1' }, '2.1')).toBe(true);
    expect(presentIn({ since: '2.0', removed: '2.1' }, '2.0')).toBe(true);
    expect(presentIn({ since: '2.0', removed: '2.1' }, '2.1')).toBe(false);
  });

  it('keeps required names of constraint branches that have no sibling property', () => {
    const node = { if: { properties: { a: { const: true } } }, then: { properties: { b: { type: 'string' } }, required: ['b', 'c'] } };
    expect(resolveTree(node, '2.0', X_KEYS)).toEqual(node);
  });

  it('drops a property added later from properties and required, and applies changes', () => {
    const node = {
      'x-since': '2.0',
      required: ['a', 'b'],
      properties: { a: { type: 'string' }, b: { type: 'string', 'x-since': '2.1' } },
      'x-changed': { '2.1': { description: 'new' } },
    };
    expect(resolveTree(node, '2.0', X_KEYS)).toEqual({ required: ['a'], properties: { a: { type: 'string' } } });
    expect(resolveTree(node, '2.1', X_KEYS)).toEqual({
      required: ['a', 'b'],
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      description: 'new',
    });
  });
});

describe('buildBundle on the minimal fixture', () => {
  const source = fixture();
  const v20 = buildBundle(source, '2.0');
  const v21 = buildBundle(source, '2.1');

  it('selects requirements per edition and records where they changed', () => {
    expect(v20.requirements.map((r) => r.id)).toEqual(['01.1.1', '01.1.3', '01.1.4']);
    expect(v21.requirements.map((r) => r.id)).toEqual(['01.1.1', '01.1.2', '01.1.3', '01.1.4']);
    const changed20 = v20.requirements.find((r) => r.id === '01.1.3')!;
    const changed21 = v21.requirements.find((r) => r.id === '01.1.3')!;
    expect(changed20).toMatchObject({ text: '物の色を変更できること。', changed: [], since: '2.0' });
    expect(changed21).toMatchObject({ text: '物の色を版を指定して変更できること。', changed: ['2.1'] });
    expect(changed21.qualifiedId).toBe('seikatsuhogo@2.1#01.1.3');
  });

  it('resolves code lists and injects their codes as enums', () => {
    expect(v20.codelists.find((c) => c.id === 'colour')!.codes.map((c) => c.code)).toEqual(['red']);
    expect(v21.schemas.Thing!.properties).toMatchObject({ colour: { enum: ['red', 'blue'], 'x-codelist': 'colour' } });
    expect(v20.schemas.Thing!.properties).not.toHaveProperty('note');
    expect(v21.schemas.Thing!.properties).toHaveProperty('note');
  });

  it('injects code lists into operation parameters too', () => {
    const withParam = buildBundle(fixture((s) => {
      const get = (s.paths[0]!.data as any)['/things/{thingId}'].get;
      get.parameters.push({ name: 'colour', in: 'query', schema: { type: 'string', 'x-codelist': 'colour' } });
    }), '2.1');
    const get = (withParam.openapi.paths as any)['/things/{thingId}'].get;
    expect(get.parameters[1].schema.enum).toEqual(['red', 'blue']);
  });

  it('bundles operations and flows of the edition only', () => {
    expect(operationsOf(v20.openapi).map((o) => o.operation.operationId).sort()).toEqual(['createThing', 'getThing', 'updateThing']);
    expect(operationsOf(v21.openapi).map((o) => o.operation.operationId)).toContain('archiveThing');
    expect(v20.flows[0]!.transitions.map((t) => t.id)).toEqual(['create']);
    expect(v21.flows[0]!.states.map((s) => s.id)).toEqual(['active', 'archived']);
    expect(v21.openapi.tags).toEqual([{ name: '01 見本', description: 'Sample' }]);
  });
});
