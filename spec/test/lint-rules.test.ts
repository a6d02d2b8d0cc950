import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, rules } from '../lib/lint/index.ts';
import { loadSource } from '../lib/source/load.ts';
import type { SpecSource } from '../lib/source/types.ts';
import { area, fixture, fixtureCopy, paths, req, schema } from './helpers.ts';

interface Breaker {
  rule: string;
  file: string;
  item?: string | RegExp;
  break: (s: SpecSource) => void;
}

const REQS = 'requirements/01-sample.yaml';
const PATHS = 'openapi/paths/01-sample.yaml';

/** One fixture per rule that breaks exactly what the rule guards. */
const breakers: Breaker[] = [
  { rule: 'catalogue-schema', file: REQS, item: '/requirements/0', break: (s) => { delete (req(s, '01.1.1') as any).class; } },
  { rule: 'catalogue-schema', file: REQS, item: '/requirements/3', break: (s) => { delete req(s, '01.1.4').manualReason; } },
  { rule: 'codelist-schema', file: 'codelists/colour.yaml', break: (s) => { delete (s.codelists.find((c) => c.data.id === 'colour')!.data.codes[0] as any).en; } },
  { rule: 'flow-schema', file: 'flows/thing.yaml', break: (s) => { (s.flows[0]!.data.states[0] as any).colour = 'red'; } },
  { rule: 'edition-marks', file: REQS, item: '/requirements/0', break: (s) => { req(s, '01.1.1').since = '3.0'; } },
  { rule: 'edition-marks', file: 'schemas/Thing.yaml', item: '/properties/note', break: (s) => { schema(s, 'Thing').properties.note['x-since'] = '1.9'; } },
  { rule: 'unique-ids', file: REQS, item: '01.1.1', break: (s) => { area(s).requirements.push({ ...req(s, '01.1.1') }); } },
  { rule: 'unique-ids', file: PATHS, item: 'getThing', break: (s) => { paths(s)['/things/{thingId}']!.patch.operationId = 'getThing'; } },
  { rule: 'id-format', file: REQS, item: '02.1.9', break: (s) => { req(s, '01.1.1').id = '02.1.9'; } },
  { rule: 'id-format', file: REQS, item: '01.7.1', break: (s) => { req(s, '01.1.1').id = '01.7.1'; } },
  { rule: 'japanese-text', file: REQS, item: '01.1.1', break: (s) => { req(s, '01.1.1').text = 'A thing can be registered.'; } },
  { rule: 'japanese-text', file: 'schemas/Thing.yaml', item: '/properties/colour', break: (s) => { schema(s, 'Thing').properties.colour.title = 'Colour'; } },
  { rule: 'japanese-text', file: PATHS, item: 'getThing', break: (s) => { paths(s)['/things/{thingId}']!.get.summary = 'Get a thing'; } },
  { rule: 'requirement-links', file: REQS, item: '01.1.1', break: (s) => { req(s, '01.1.1').schemas.push('Nothing'); } },
  { rule: 'requirement-links', file: REQS, item: '01.1.3', break: (s) => { req(s, '01.1.3').operations.push('archiveThing'); } },
  { rule: 'legal-basis', file: REQS, item: '01.1.1', break: (s) => { req(s, '01.1.1').source = { kind: 'law', ref: '生活保護法' }; } },
  { rule: 'auto-linked', file: REQS, item: '01.1.3', break: (s) => { req(s, '01.1.3').operations = []; } },
  { rule: 'operation-requirements', file: PATHS, item: 'getThing', break: (s) => { delete paths(s)['/things/{thingId}']!.get['x-requirement-ids']; } },
  { rule: 'operation-requirements', file: REQS, item: '01.1.1', break: (s) => { paths(s)['/things/{thingId}']!.get['x-requirement-ids'] = ['01.1.3']; } },
  { rule: 'flow-links', file: 'flows/thing.yaml', item: 'thing#archive', break: (s) => { s.flows[0]!.data.transitions[1]!.operation = 'createThing2'; } },
  { rule: 'flow-links', file: 'flows/thing.yaml', item: 'thing', break: (s) => { s.flows[0]!.data.stateProperty = 'state'; } },
  { rule: 'refs-resolve', file: 'schemas/Thing.yaml', item: /^Thing /, break: (s) => { schema(s, 'Thing').properties.other = { $ref: '#/components/schemas/Nope', title: '他' }; } },
  { rule: 'schema-compiles', file: 'schemas/Thing.yaml', item: 'Thing', break: (s) => { schema(s, 'Thing').properties.colour.maxlength = 3; } },
  { rule: 'codelist-known', file: 'schemas/Thing.yaml', item: /^Thing /, break: (s) => { schema(s, 'Thing').properties.colour['x-codelist'] = 'hue'; } },
  { rule: 'codelist-known', file: PATHS, item: 'getThing', break: (s) => { paths(s)['/things/{thingId}']!.get.security = [{ bearerAuth: ['janitor'] }]; } },
  {
    rule: 'codelist-used', file: 'codelists/size.yaml', item: 'size',
    break: (s) => { s.codelists.push({ file: 'codelists/size.yaml', data: { id: 'size', name: { ja: '大きさ', en: 'Size' }, source: { kind: 'kit', ref: 'x' }, since: '2.0', codes: [{ code: 's', ja: '小', en: 'Small', since: '2.0' }] } }); },
  },
  { rule: 'operation-conventions', file: PATHS, item: 'createThing', break: (s) => { paths(s)['/things']!.post.parameters = []; } },
  { rule: 'operation-conventions', file: PATHS, item: 'updateThing', break: (s) => { delete paths(s)['/things/{thingId}']!.patch.responses['428']; } },
  { rule: 'kijun-data', file: 'kijun/sample.yaml', item: 'S1', break: (s) => { ((s.kijun[0]!.data as any).fixtures[0].expected.tablesUsed as string[]).push('sample.1999'); } },
  { rule: 'kijun-data', file: 'kijun/sample.yaml', item: 'sample.2020', break: (s) => { const d = s.kijun[0]!.data as any; d.tables.push({ ...d.tables[0] }); } },
  { rule: 'openapi-valid', file: 'openapi/openapi.yaml', break: (s) => { delete paths(s)['/things']!.post.responses['201'].description; } },
];

describe('hogo-spec lint', () => {
  it('finds nothing wrong with the minimal fixture', async () => {
    expect(await lint(fixture())).toEqual([]);
  });

  it('has a breaking fixture for every rule', () => {
    const covered = new Set([...breakers.map((b) => b.rule), 'yaml-parse']);
    expect(rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(breakers.map((b, i) => [`${b.rule} #${i}`, b] as const))('%s: reports the broken item with its file', async (_name, b) => {
    const problems = await lint(fixture(b.break));
    const hits = problems.filter((p) => p.rule === b.rule);
    expect(hits, JSON.stringify(problems, null, 1)).not.toHaveLength(0);
    expect(hits.map((p) => p.file)).toContain(b.file);
    if (b.item) {
      const items = hits.filter((p) => p.file === b.file).map((p) => p.item);
      expect(items.some((i) => (typeof b.item === 'string' ? i === b.item : b.item!.test(i))), items.join(', ')).toBe(true);
    }
    for (const p of hits) expect(p.message.length).toBeGreaterThan(5);
  });

  it('yaml-parse: reports an unparseable file by name and still reads the rest', async () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'codelists', 'broken.yaml'), 'id: [unclosed\n');
    const source = loadSource(dir);
    expect(source.codelists.map((c) => c.data.id)).toContain('colour');
    const problems = await lint(source);
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'yaml-parse', file: 'codelists/broken.yaml' }));
  });

  it('yaml-parse: refuses duplicate keys', async () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'codelists', 'twice.yaml'), 'id: a\nid: b\n');
    expect(await lint(loadSource(dir))).toContainEqual(expect.objectContaining({ rule: 'yaml-parse', file: 'codelists/twice.yaml' }));
  });
});
