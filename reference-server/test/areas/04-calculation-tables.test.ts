import { describe, expect, it } from 'vitest';
import { overlaps, type StandardTable } from '../../src/areas/04-calculation/kijun.ts';
import { appFor, get, TABLES } from '../support/04-calculation.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const list = async (query = '', role = 'caseworker') => {
  const { app } = await appFor();
  const res = await get(app, `/standard-tables${query}`, role);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Json[]; nextCursor: string | null };
};
const ids = (body: { items: Json[] }) => body.items.map((t) => t.tableId);

describe('04.1.1 基準表の一覧照会', () => {
  it('lists every table of the build with kind, period, grades and rows, oldest effectiveFrom first', async () => {
    const body = await list('?limit=200');
    expect(ids(body).sort()).toEqual(TABLES['2.1'].map((t) => t.tableId).sort());
    expect(body.nextCursor).toBeNull();
    for (const t of body.items) {
      expect(t).toMatchObject({ kind: expect.any(String), effectiveFrom: expect.any(String), grades: expect.any(Array), rows: expect.any(Array) });
      expect(t).toHaveProperty('effectiveTo');
    }
    const froms = body.items.map((t) => t.effectiveFrom);
    expect(froms).toEqual([...froms].sort());
  });

  it('pages with limit and cursor without losing or repeating a table', async () => {
    const { app } = await appFor();
    const seen: string[] = [];
    let url = '/standard-tables?limit=5';
    for (;;) {
      const body = (await get(app, url)).json() as { items: Json[]; nextCursor: string | null };
      seen.push(...ids(body));
      if (!body.nextCursor) break;
      url = `/standard-tables?limit=5&cursor=${body.nextCursor}`;
    }
    expect(seen.sort()).toEqual(TABLES['2.1'].map((t) => t.tableId).sort());
  });

  it('filters by kind, type of assistance and grade', async () => {
    expect(ids(await list('?kind=housingCeiling'))).toEqual(['2020-10.housingCeiling']);
    expect(ids(await list('?fujoType=02'))).toEqual(['2020-10.educationStandard']);
    const grade22 = await list('?grade=2-2&kind=livingClass1');
    expect(ids(grade22)).toEqual(['2023-10.livingClass1.2-2']);
  });

  it('is readable by every role of the operation and not without a token', async () => {
    const { app } = await appFor();
    expect((await get(app, '/standard-tables', 'medical-clerk')).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/standard-tables' })).statusCode).toBe(401);
  });

  it('serves the same tables in edition 2.0', async () => {
    const { app } = await appFor({ edition: '2.0' });
    const body = (await get(app, '/standard-tables?limit=200')).json() as { items: Json[] };
    expect(ids(body).sort()).toEqual(TABLES['2.0'].map((t) => t.tableId).sort());
  });
});

describe('04.1.2 基準日を指定した基準表の照会 (effectiveFrom / effectiveTo boundaries)', () => {
  it('the last day of the 2018-10 structure lists its tables and not the 2023-10 ones', async () => {
    const body = await list('?effectiveOn=2023-09-30&limit=200');
    expect(ids(body)).toContain('2020-10.livingClass1.v1.1-1');
    expect(ids(body)).not.toContain('2023-10.livingClass1.1-1');
    expect(ids(body)).toContain('2020-10.housingCeiling'); // open-ended tables are in force
  });

  it('the first day of the 2023-10 structure lists its tables and not the 2018-10 ones', async () => {
    const body = await list('?effectiveOn=2023-10-01&limit=200');
    expect(ids(body)).toContain('2023-10.livingClass1.1-1');
    expect(ids(body)).not.toContain('2020-10.livingClass1.v1.1-1');
    expect(ids(body)).not.toContain('2020-10.yearEndAssistance.1-1');
  });

  it('特例加算: 1,000 yen up to 2025-09-30, 1,500 yen from 2025-10-01, none after 2027-03-31', async () => {
    expect(ids(await list('?effectiveOn=2025-09-30&kind=specialAddition'))).toEqual(['2023-10.specialAddition']);
    expect(ids(await list('?effectiveOn=2025-10-01&kind=specialAddition'))).toEqual(['2025-10.specialAddition']);
    expect(ids(await list('?effectiveOn=2027-03-31&kind=specialAddition'))).toEqual(['2025-10.specialAddition']);
    expect(ids(await list('?effectiveOn=2027-04-01&kind=specialAddition'))).toEqual([]);
  });

  it('before the first held table nothing is in force', async () => {
    expect(ids(await list('?effectiveOn=2020-09-30'))).toEqual([]);
    expect(ids(await list('?effectiveOn=2020-10-01&limit=200')).length).toBeGreaterThan(10);
  });
});

describe('04.1.3 基準表の出典の表示', () => {
  it('answers one table with its rows and provenance (not re-keyed from the 告示)', async () => {
    const { app } = await appFor();
    const res = await get(app, '/standard-tables/2023-10.livingClass1.1-1');
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBeTruthy();
    expect(res.json()).toMatchObject({
      tableId: '2023-10.livingClass1.1-1', kind: 'livingClass1', structure: '2023-10', grades: ['1-1'],
      provenance: { label: 'T', reKeyedFromOfficial: false, source: expect.stringContaining('S47') },
    });
    for (const t of TABLES['2.1']) {
      const body = (await get(app, `/standard-tables/${t.tableId}`)).json();
      expect(body.provenance).toEqual(t.provenance);
    }
  });

  it('answers 404 for an unknown table', async () => {
    const { app } = await appFor();
    expect((await get(app, '/standard-tables/2019-10.livingClass1.1-1')).statusCode).toBe(404);
  });
});

describe('04.1.4 適用期間の重複の排除', () => {
  it('no two listed tables of the same kind, 区分 and grade overlap in period', async () => {
    const body = await list('?limit=200');
    expect(overlaps(body.items as StandardTable[])).toEqual([]);
  });

  it('the check finds an overlap when there is one', () => {
    const a = TABLES['2.1'].find((t) => t.tableId === '2023-10.specialAddition') as StandardTable;
    const b = { ...a, tableId: 'overlapping', effectiveFrom: '2025-09-01', effectiveTo: null };
    expect(overlaps([a, b])).toEqual([['2023-10.specialAddition', 'overlapping']]);
    expect(overlaps([a, { ...b, grades: [] }])).toEqual([]);
  });
});
