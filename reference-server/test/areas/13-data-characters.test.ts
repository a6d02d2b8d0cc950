import { describe, expect, it } from 'vitest';
import { app13, auth, householdInput, member, myNumber, registerHousehold } from '../support/13-data.ts';

const KICHI = '\u{20BB7}'; // 𠮷 (surrogate pair)
const HOKKE = '\u{29E3D}'; // 𩸽
const IVS = '葛\u{E0100}'; // 葛 with an ideographic variation selector
const COMPAT = '\uF929'; // 朗 (CJK compatibility ideograph; NFC would turn it into U+6717)
const DECOMPOSED = 'か\u3099'; // か + combining voiced mark (NFC would compose it into が)
const HALF_WIDTH = 'ｶﾀｶﾅ'; // NFKC would turn it into full width

const raw = (text: string) => [...text].map((c) => c.codePointAt(0));

describe('13.2 characters', () => {
  it('13.2.1 / 13.2.2 / 13.2.5 keep every code point as sent in get, list, member and export', async () => {
    const { app } = await app13();
    const name = { family: `${KICHI}田${COMPAT}`, given: `${HOKKE}${IVS}${DECOMPOSED}` };
    const address = { lgCode: '131016', text: `千代田${HALF_WIDTH}${KICHI}一丁目` };
    const { household } = await registerHousehold(app, householdInput({ address, members: [member({ name })] }));
    expect(raw(household.members[0].name.family)).toEqual(raw(name.family));
    const got = (await app.inject({ method: 'GET', url: '/households/H-000001', headers: auth('caseworker') })).json();
    expect(got.members[0].name).toEqual(name);
    expect(got.address.text).toBe(address.text);
    const m = (await app.inject({ method: 'GET', url: '/members/M-000001', headers: auth('caseworker') })).json();
    expect(raw(m.name.given)).toEqual(raw(name.given));
    const list = (await app.inject({ method: 'GET', url: '/households', headers: auth('caseworker') })).json();
    expect(list.items[0].members[0].name).toEqual(name);
    const exported = (await app.inject({ method: 'GET', url: '/migration/export', headers: auth('manager') })).json();
    expect(exported.households[0].members[0].name).toEqual(name);
    expect(exported.households[0].address.text).toBe(address.text);
  });

  it('13.2.2 keeps a variation selector sent in an added or updated member', async () => {
    const { app } = await app13();
    await registerHousehold(app);
    const added = await app.inject({ method: 'POST', url: '/households/H-000001/members', headers: auth('caseworker'), payload: member({ relationship: '03', name: { family: IVS, given: '一' } }) });
    expect(added.json().name.family).toBe(IVS);
    const patched = await app.inject({ method: 'PATCH', url: '/members/M-000002', headers: { ...auth('caseworker'), 'if-match': String(added.headers.etag) }, payload: { name: { family: '辻\u{E0101}', given: IVS } } });
    expect(patched.statusCode).toBe(200);
    const m = (await app.inject({ method: 'GET', url: '/members/M-000002', headers: auth('caseworker') })).json();
    expect(m.name).toEqual({ family: '辻\u{E0101}', given: IVS });
  });

  it('13.2.3 counts length in code points: 100 surrogate-pair characters are accepted, 101 refused', async () => {
    const { app } = await app13();
    const ok = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ members: [member({ name: { family: KICHI.repeat(100), given: '一' } })] }) });
    expect(ok.statusCode).toBe(201);
    const tooLong = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ members: [member({ name: { family: KICHI.repeat(101), given: '一' } })] }) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].pointer).toBe('/body/members/0/name/family');
  });

  it('13.2.4 refuses a lone surrogate or a control character with a pointer, storing nothing', async () => {
    const { app, store } = await app13();
    const before = store.snapshot();
    const lone = JSON.stringify(householdInput()).replace('"花子"', '"花\\ud842"');
    const res = await app.inject({ method: 'POST', url: '/households', headers: { ...auth('caseworker'), 'content-type': 'application/json' }, payload: lone });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ pointer: '/body/members/0/name/given', code: 'lone-surrogate' })]);
    const control = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ address: { lgCode: '131016', text: '千代田\u0007一丁目' } }) });
    expect(control.statusCode).toBe(400);
    expect(control.json().errors[0].pointer).toBe('/body/address/text');
    expect(store.snapshot()).toEqual(before);
    const { etag } = await registerHousehold(app);
    const snapshot = store.snapshot();
    const patch = await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': etag.replace('H-000001', 'M-000001'), 'content-type': 'application/json' }, payload: '{"name":{"family":"\\udc00","given":"x"}}' });
    expect(patch.statusCode).toBe(400);
    const add = await app.inject({ method: 'POST', url: '/households/H-000001/members', headers: auth('caseworker'), payload: member({ relationship: '03', name: { family: '山田', given: 'a\u009Fb' } }) });
    expect(add.statusCode).toBe(400);
    expect(store.snapshot()).toEqual(snapshot);
  });
});

describe('13.3 codes, check digits and dates', () => {
  it('13.3.1 refuses a 地方公共団体コード with a wrong check digit (create and update)', async () => {
    const { app, store } = await app13();
    const res = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ lgCode: '131017' }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/body/lgCode');
    const { etag } = await registerHousehold(app);
    const before = store.snapshot();
    const patch = await app.inject({ method: 'PATCH', url: '/households/H-000001', headers: { ...auth('caseworker'), 'if-match': etag }, payload: { address: { lgCode: '131010', text: 'x' } } });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().errors[0].pointer).toBe('/body/address/lgCode');
    expect(store.snapshot()).toEqual(before);
  });

  it('13.3.2 / 13.4.3 refuses a 個人番号 with a wrong check digit without echoing it', async () => {
    const { app, auditLog } = await app13();
    const good = myNumber('98765432109');
    const bad = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`;
    for (const [url, payload] of [
      ['/households', householdInput({ members: [member({ myNumber: bad })] })],
    ] as const) {
      const res = await app.inject({ method: 'POST', url, headers: auth('caseworker'), payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].pointer).toBe('/body/members/0/myNumber');
      expect(res.body).not.toContain(bad);
    }
    const { etag } = await registerHousehold(app);
    const add = await app.inject({ method: 'POST', url: '/households/H-000001/members', headers: auth('caseworker'), payload: member({ relationship: '03', myNumber: bad }) });
    expect(add.statusCode).toBe(400);
    expect(add.body).not.toContain(bad);
    const patch = await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': etag.replace('H-', 'M-') }, payload: { myNumber: bad } });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().errors[0].pointer).toBe('/body/myNumber');
    expect(patch.body).not.toContain(bad);
    const ok = await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': etag.replace('H-', 'M-') }, payload: { myNumber: good } });
    expect(ok.statusCode).toBe(200);
    expect(JSON.stringify(auditLog.entries())).not.toContain(good);
    expect(JSON.stringify(auditLog.entries())).not.toContain(bad);
  });

  it('13.3.3 refuses codes outside the code lists', async () => {
    const { app, store } = await app13();
    for (const payload of [householdInput({ grade: '4-1' }), householdInput({ winterRegion: 'VII' }), householdInput({ members: [member({ sex: '3' })] }), householdInput({ members: [member({ relationship: '00' })] })]) {
      const res = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload });
      expect(res.statusCode).toBe(400);
    }
    expect(store.counts().Household ?? 0).toBe(0);
    const { etag } = await registerHousehold(app);
    const patch = await app.inject({ method: 'PATCH', url: '/members/M-000001', headers: { ...auth('caseworker'), 'if-match': etag.replace('H-', 'M-') }, payload: { livingArrangement: '99' } });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().errors[0].pointer).toBe('/body/livingArrangement');
  });

  it('13.3.4 refuses a date that is not on the calendar', async () => {
    const { app } = await app13();
    const res = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ members: [member({ birthDate: '2023-02-30' })] }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/body/members/0/birthDate');
  });

  it('13.3.5 refuses a birth date after today (create and add), accepts today', async () => {
    const { app, store } = await app13();
    const res = await app.inject({ method: 'POST', url: '/households', headers: auth('caseworker'), payload: householdInput({ members: [member({ birthDate: '2026-04-02' })] }) });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].pointer).toBe('/body/members/0/birthDate');
    await registerHousehold(app);
    const before = store.snapshot();
    const add = await app.inject({ method: 'POST', url: '/households/H-000001/members', headers: auth('caseworker'), payload: member({ relationship: '03', birthDate: '2026-04-02' }) });
    expect(add.statusCode).toBe(422);
    expect(store.snapshot()).toEqual(before);
    const today = await app.inject({ method: 'POST', url: '/households/H-000001/members', headers: auth('caseworker'), payload: member({ relationship: '03', birthDate: '2026-04-01' }) });
    expect(today.statusCode).toBe(201);
  });
});
