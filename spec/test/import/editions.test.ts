import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../lib/build.ts';
import { EDITIONS } from '../../lib/editions.ts';
import { lint } from '../../lib/lint/index.ts';
import { editionMarks } from '../../lib/lint/rules/editions.ts';
import { loadSource } from '../../lib/source/load.ts';
import { fixture, fixtureCopy, req } from '../helpers.ts';

const withEditions = (yaml: string) => {
  const dir = fixtureCopy();
  writeFileSync(join(dir, 'editions.yaml'), yaml);
  return loadSource(dir);
};

describe('editions as data (editions.yaml)', () => {
  it('defaults to the kit editions when the source has no editions.yaml', () => {
    expect(fixture().editions).toEqual(['2.0', '2.1']);
    expect(EDITIONS).toEqual(['2.0', '2.1']);
  });

  it('builds one bundle per listed edition', () => {
    const source = withEditions('editions: ["2.0", "2.1", "2.2"]\n');
    expect(buildAll(source).map((b) => b.edition)).toEqual(['2.0', '2.1', '2.2']);
  });

  it('lets edition marks name a listed edition, and only a listed one', async () => {
    const source = withEditions('editions: ["2.0", "2.1", "2.2"]\n');
    req(source, '01.1.4').removed = '2.2';
    expect(await lint(source)).toEqual([]);
    req(source, '01.1.4').removed = '2.3';
    expect(await lint(source, [editionMarks])).toEqual([
      { rule: 'edition-marks', file: 'requirements/01-sample.yaml', item: '/requirements/3', message: 'removed "2.3" is not a known edition' },
    ]);
  });

  it('reports a list out of order or malformed', async () => {
    expect(await lint(withEditions('editions: ["2.0", "2.2", "2.1"]\n'), [editionMarks])).toEqual([
      { rule: 'edition-marks', file: 'editions.yaml', item: '/editions/2', message: '"2.1" does not follow "2.2"' },
    ]);
    const bad = withEditions('editions: two\n');
    expect(bad.editions).toEqual(['2.0', '2.1']);
    expect(bad.unreadable).toEqual([{ file: 'editions.yaml', message: 'editions must be a non-empty list of edition strings' }]);
  });
});
