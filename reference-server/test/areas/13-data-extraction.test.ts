import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { app13, auth, householdInput, member, myNumber } from '../support/13-data.ts';

const MY_NUMBER = myNumber('77778888999');

async function seed(app: FastifyInstance) {
  const bodies = [
    householdInput({ section: '第一係', assignedCaseworker: 'caseworker-1', monthlyRent: 53700, members: [member({ myNumber: MY_NUMBER, name: { family: '\u{20BB7}田', given: '花子, "はな"', familyKana: 'ヨシダ', givenKana: 'ハナコ' } }), member({ relationship: '03', birthDate: '2014-04-02', sex: '1', name: { family: '吉田', given: '一郎' } })] }),
    householdInput({ section: '第二係', assignedCaseworker: 'caseworker-2', members: [member({ birthDate: '1950-01-01', sex: '1', name: { family: '佐藤', given: '三郎' } })] }),
    householdInput({ section: '第一係', assignedCaseworker: 'caseworker-3', members: [member({ sex: '1', livingArrangement: '02', name: { family: '鈴木', given: '四郎' } })] }),
  ];
  for (const payload of bodies) expect((await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload })).statusCode).toBe(201);
}

const extract = (app: FastifyInstance, payload: object, role = 'caseworker') => app.inject({ method: 'POST', url: '/extractions', headers: auth(role), payload });
const lines = (csv: string) => csv.split('\r\n').slice(0, -1);

describe('13.5 flexible extraction (CSV)', () => {
  it('13.5.1 / 13.5.2 / 13.5.3 extracts by section as UTF-8 CSV with CRLF, quoting and the requested header order', async () => {
    const { app, faults } = await app13();
    await seed(app);
    const res = await extract(app, { unit: 'household', sections: ['第一係'], items: ['household-id', 'family-name', 'given-name', 'monthly-rent', 'birth-date', 'member-count'] });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body.endsWith('\r\n')).toBe(true);
    expect(res.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines(res.body)).toEqual([
      '世帯番号,氏,名,家賃月額,生年月日,世帯員数',
      'H-000001,\u{20BB7}田,"花子, ""はな""",53700,1985-05-10,2',
      'H-000003,鈴木,四郎,,1985-05-10,1',
    ]);
    expect(Buffer.from(res.rawPayload).toString('utf8')).toBe(res.body);
    expect(faults).toEqual([]);
  });

  it('13.5.1 filters by case worker and by household; kinds combine, values are alternatives', async () => {
    const { app } = await app13();
    await seed(app);
    const byWorker = await extract(app, { unit: 'household', assignedCaseworkers: ['caseworker-2', 'caseworker-3'], items: ['household-id'], header: 'code' });
    expect(lines(byWorker.body)).toEqual(['household-id', 'H-000002', 'H-000003']);
    const both = await extract(app, { unit: 'household', assignedCaseworkers: ['caseworker-2', 'caseworker-3'], sections: ['第一係'], items: ['household-id'] });
    expect(lines(both.body)).toEqual(['世帯番号', 'H-000003']);
    const byId = await extract(app, { unit: 'household', householdIds: ['H-000002'], items: ['household-id', 'section'] });
    expect(lines(byId.body)).toEqual(['世帯番号,係', 'H-000002,第二係']);
    const unknown = await extract(app, { unit: 'household', householdIds: ['H-000404'], items: ['household-id'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].pointer).toBe('/body/householdIds/0');
  });

  it('13.5.4 one row per member, ordered by household then member; household rows give the head', async () => {
    const { app } = await app13();
    await seed(app);
    const perMember = await extract(app, { unit: 'member', items: ['household-id', 'member-id', 'relationship', 'age'], asOf: '2026-04-01' });
    expect(lines(perMember.body)).toEqual(['世帯番号,世帯員番号,続柄,年齢', 'H-000001,M-000001,01,40', 'H-000001,M-000002,03,11', 'H-000002,M-000003,01,76', 'H-000003,M-000004,01,40']);
    const perHousehold = await extract(app, { unit: 'household', householdIds: ['H-000001'], items: ['member-id', 'relationship'] });
    expect(lines(perHousehold.body)).toEqual(['世帯員番号,続柄', 'M-000001,01']);
  });

  it('13.5.5 code values as names; 13.5.6 filters by protection status and household type', async () => {
    const { app } = await app13();
    await seed(app);
    const named = await extract(app, { unit: 'household', items: ['household-id', 'household-type', 'sex', 'grade', 'protection-status'], codeValues: 'label' });
    expect(lines(named.body)).toEqual(['世帯番号,世帯類型,性別,級地,保護状態', 'H-000001,母子世帯,女,1級地-1,保護なし（申請中を含む）', 'H-000002,高齢者世帯,男,1級地-1,保護なし（申請中を含む）', 'H-000003,傷病者世帯,男,1級地-1,保護なし（申請中を含む）']);
    const elderly = await extract(app, { unit: 'household', householdTypes: ['1', '4'], items: ['household-id', 'household-type'] });
    expect(lines(elderly.body)).toEqual(['世帯番号,世帯類型', 'H-000002,1', 'H-000003,4']);
    const protectedOnly = await extract(app, { unit: 'household', protectionStatuses: ['protected'], items: ['household-id'] });
    expect(lines(protectedOnly.body)).toEqual(['世帯番号']);
  });

  it('個人番号 is not an extractable item; unknown items are refused; roles without authority get 403', async () => {
    const { app } = await app13();
    await seed(app);
    const res = await extract(app, { unit: 'member', items: ['my-number'] });
    expect(res.statusCode).toBe(400);
    const all = await extract(app, { unit: 'member', items: ['household-id', 'member-id', 'family-name', 'given-name', 'address-number', 'birth-date'] });
    expect(all.body).not.toContain(MY_NUMBER);
    expect((await extract(app, { unit: 'member', items: ['household-id'] }, 'intake')).statusCode).toBe(403);
    expect((await extract(app, { unit: 'member', items: ['household-id'] }, 'manager')).statusCode).toBe(200);
  });

  it('is not served by a 2.0 system (404)', async () => {
    const { app } = await app13({ edition: '2.0' });
    expect((await extract(app, { unit: 'member', items: ['household-id'] })).statusCode).toBe(404);
  });
});
