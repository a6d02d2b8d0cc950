import { describe, expect, it } from 'vitest';
import { planMerge } from '../../lib/import/merge.ts';
import type { ImportedRow, MappedSheet } from '../../lib/import/types.ts';
import { editAreaFile } from '../../lib/import/yaml-edit.ts';
import { fixture, req } from '../helpers.ts';

const row = (id: string, fields: Partial<ImportedRow> = {}): ImportedRow => ({
  at: `S!${id.split('.').pop()}`, id, area: '01', group: '1', title: '', text: '', class: 'mandatory', ...fields,
});
const sheet = (...imported: ImportedRow[]): MappedSheet => ({
  sheet: 'S', headerAt: 'S!1', imported, unmapped: [], skipped: { blank: 0, header: 0, preamble: 0 },
});

describe('planMerge', () => {
  it('overrides only what differs from the newest edition; a new Japanese title keeps the English one', () => {
    const plan = planMerge(fixture(), 'w.xlsx', sheet(
      row('01.1.1', { title: '物の新規登録', text: '物を登録できること。' }),
      row('01.1.3', { text: '物の色を版を指定して変更できること。' }),
    ), '2.2');
    expect(plan.changed).toEqual([
      { id: '01.1.1', file: 'requirements/01-sample.yaml', at: 'S!1', overrides: { title: { ja: '物の新規登録', en: 'Register a thing' } } },
    ]);
    expect(plan.unchanged).toEqual(['01.1.3']);
    expect(plan.absent.map((a) => a.id)).toEqual(['01.1.2', '01.1.4']);
  });

  it('rejects what the catalogue cannot hold, with a reason', () => {
    const source = fixture((s) => {
      req(s, '01.1.4').removed = '2.1';
    });
    const plan = planMerge(source, 'w.xlsx', sheet(
      row('01.1.7', { title: '物の一覧' }),
      row('01.1.8', { title: 'List', text: 'things can be listed' }),
      row('01.1.9', { title: '物の説明', text: '物'.repeat(401) }),
      row('01.1.4', { text: '画面の配色が見やすいこと。' }),
    ), '2.2');
    expect(plan.added).toEqual([]);
    expect(plan.rejected.map((r) => [r.id, r.reason.en])).toEqual([
      ['01.1.7', 'a new requirement needs both 機能名称 and 機能要件'],
      ['01.1.8', '機能名称 has no Japanese text'],
      ['01.1.9', '機能要件 is 401 characters; the catalogue holds 4–400'],
      ['01.1.4', 'requirement 01.1.4 was removed in 2.1'],
    ]);
    expect(plan.absent.map((a) => a.id)).toEqual(['01.1.1', '01.1.2', '01.1.3']);
  });
});

describe('editAreaFile', () => {
  const file = [
    'area: "01"',
    'requirements:',
    '  # first',
    '  - id: "01.1.2"',
    '    text: b',
    '    since: "2.0"',
    '    changed: { "2.1": { text: c } }',
    '    operations: []',
    '  - id: "01.1.10"',
    '    since: "2.0"  # note',
    '    changed:',
    '      "2.1":',
    '        text: d',
    '    flows: []',
    '',
  ].join('\n');
  const requirement = (id: string) => ({ ...req(fixture(), '01.1.4'), id, since: '2.2' });

  it('adds to a flow or block `changed`, marks removed after it, and puts new requirements in id order', () => {
    const out = editAreaFile(file, {
      edition: '2.2',
      changed: [{ id: '01.1.2', overrides: { class: 'option' } }],
      removed: ['01.1.10'],
      added: [requirement('01.1.11'), requirement('01.1.1'), requirement('01.1.3')],
    });
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith('  - id:'))).toEqual([
      '  - id: "01.1.1"', '  - id: "01.1.2"', '  - id: "01.1.3"', '  - id: "01.1.10"', '  - id: "01.1.11"',
    ]);
    expect(lines.slice(2, 4)).toEqual(['  # first', '  - id: "01.1.1"']);
    expect(lines.slice(16, 22)).toEqual([
      '  - id: "01.1.2"',
      '    text: b',
      '    since: "2.0"',
      '    changed: { "2.1": { text: c }, "2.2": { class: option } }',
      '    operations: []',
      '  - id: "01.1.3"',
    ]);
    expect(lines.slice(34, 42)).toEqual([
      '  - id: "01.1.10"', '    since: "2.0"  # note', '    changed:', '      "2.1":', '        text: d', '    removed: "2.2"', '    flows: []',
      '  - id: "01.1.11"',
    ]);
    expect(lines[12]).toBe('    since: "2.2"');
    expect(out).toContain('    title: { ja: 画面の配色, en: Screen colours }\n');
  });
});
