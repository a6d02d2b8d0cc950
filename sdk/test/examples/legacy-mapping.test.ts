import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../examples/legacy-adapter/adapter.ts';
import {
  dateFromLegacy, dateToLegacy, KYUCHI, KYUCHI_BACK, LegacyDataError, TOKI, TOKI_BACK, ZOKUGARA, zokugaraOf,
} from '../../examples/legacy-adapter/codes.ts';
import { fullToHalfKana, halfToFullKana } from '../../examples/legacy-adapter/kana.ts';
import {
  householdFromRows, householdPatchToRow, householdToRows, memberFromRow, memberPatchToRow, memberToRow, nameFromLegacy, nameToLegacy,
} from '../../examples/legacy-adapter/mapping.ts';
import { MASKED_MY_NUMBER, maskMember, MY_NUMBER_VISIBLE_TO } from '../../examples/legacy-adapter/privacy.ts';
import { HogoError } from '../../src/errors.ts';
import { codeLists } from '../../src/generated/codelists-21.ts';
import { HARD_NAMES, head, householdInput, kojinRow, MY_NUMBER, setaiRow, spouse } from './legacy-fixtures.ts';

const bytes = (text: string) => Buffer.from(text, 'utf8').toString('hex');

describe('kana: half-width ↔ full-width', () => {
  it('converts half-width katakana to full-width, composing voiced marks', () => {
    expect(halfToFullKana('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('ヤマダ タロウ');
    expect(halfToFullKana('ｳﾞｨｯﾄｰﾘｵ')).toBe('ヴィットーリオ');
    expect(halfToFullKana('ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟｧｨｩｪｫｬｭｮ')).toBe('パピプペポァィゥェォャュョ');
  });

  it('leaves kanji, full-width katakana and everything else alone', () => {
    expect(halfToFullKana('山田ヤマダ１２ab')).toBe('山田ヤマダ１２ab');
    expect(fullToHalfKana('山田１２ab')).toBe('山田１２ab');
  });

  it('round-trips every katakana the standard allows (ァ–ヶ, ー)', () => {
    const all = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCharCode(0x30a1 + i)).join('') + 'ー';
    const half = fullToHalfKana(all);
    expect(half).toMatch(/ｶﾞ/);
    expect(half).toContain('ヶ'); // no half-width form: kept as it is
    expect(halfToFullKana(half)).toBe(all);
  });
});

describe('dates: YYYYMMDD ↔ YYYY-MM-DD', () => {
  it('converts both ways', () => {
    expect(dateFromLegacy('19850401', 'x')).toBe('1985-04-01');
    expect(dateToLegacy('1985-04-01')).toBe('19850401');
    expect(dateFromLegacy(dateToLegacy('2024-02-29'), 'x')).toBe('2024-02-29');
  });

  it('reads "no date" as absent and refuses what is not a date', () => {
    expect(dateFromLegacy('', 'x')).toBeUndefined();
    expect(dateFromLegacy('00000000', 'x')).toBeUndefined();
    expect(dateToLegacy(undefined)).toBe('');
    expect(() => dateFromLegacy('19850231', 'KOJIN 1 SEINENGAPPI')).toThrow(LegacyDataError);
    expect(() => dateFromLegacy('S600401', 'KOJIN 2 SEINENGAPPI')).toThrow(/^legacy data KOJIN 2 SEINENGAPPI cannot/);
  });
});

describe('code tables', () => {
  it('map 級地 and 冬季加算地区 both ways over every code of the list', () => {
    expect(KYUCHI['12']).toBe('1-2');
    expect(TOKI[6]).toBe('VI');
    for (const grade of Object.keys(codeLists.kyuchi.codes) as (keyof typeof KYUCHI_BACK)[]) expect(KYUCHI[KYUCHI_BACK[grade]]).toBe(grade);
    for (const region of Object.keys(codeLists.winterRegion.codes) as (keyof typeof TOKI_BACK)[]) expect(TOKI[TOKI_BACK[region]]).toBe(region);
  });

  it('map every 続柄 back, telling 妻 from 夫 by sex', () => {
    for (const code of Object.keys(codeLists.relationship.codes) as (keyof typeof codeLists.relationship.codes)[]) {
      for (const sex of ['1', '2', '9'] as const) expect(ZOKUGARA[zokugaraOf(code, sex)]).toBe(code);
    }
    expect(zokugaraOf('02', '1')).toBe('12');
    expect(zokugaraOf('02', '2')).toBe('11');
  });
});

describe('names', () => {
  it('split 氏名 at the full-width space and convert the kana', () => {
    expect(nameFromLegacy(kojinRow())).toEqual({ family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' });
    expect(nameToLegacy({ family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' }, '/body'))
      .toEqual({ SHIMEI_KANJI: '山田\u3000太郎', SHIMEI_KANA: 'ﾔﾏﾀﾞ ﾀﾛｳ' });
  });

  it('round-trip hard names byte for byte (no normalisation)', () => {
    for (const name of HARD_NAMES) {
      const back = nameFromLegacy({ KOJIN_ID: '1', ...nameToLegacy(name, '/body') });
      expect(bytes(back.family)).toBe(bytes(name.family));
      expect(bytes(back.given)).toBe(bytes(name.given));
    }
    expect(nameFromLegacy({ KOJIN_ID: '1', SHIMEI_KANJI: '\uFA19谷\u3000剝', SHIMEI_KANA: '' }).family).toBe('\uFA19谷');
  });

  it('leave out a reading the standard cannot carry, and keep a missing one missing', () => {
    expect(nameFromLegacy({ KOJIN_ID: '1', SHIMEI_KANJI: 'スミス\u3000ジョン', SHIMEI_KANA: 'ｽﾐｽ ｼﾞｮﾝ･ｹｲ' }))
      .toEqual({ family: 'スミス', given: 'ジョン', familyKana: 'スミス' });
    expect(nameToLegacy({ family: '山田', given: '太郎' }, '/body').SHIMEI_KANA).toBe('');
  });

  it('refuse (422, with a pointer) a family name the single legacy column cannot hold', () => {
    const attempt = () => nameToLegacy({ family: '山田\u3000川', given: '太郎' }, '/body/members/1');
    expect(attempt).toThrow(HogoError);
    try { attempt(); } catch (error) {
      expect(error).toMatchObject({ status: 422, code: 'name-not-storable', errors: [{ pointer: '/body/members/1/name/family' }] });
    }
  });

  it('report a stored name without the separator as bad legacy data', () => {
    expect(() => nameFromLegacy({ KOJIN_ID: '7', SHIMEI_KANJI: '山田太郎', SHIMEI_KANA: '' })).toThrow(/KOJIN 7 SHIMEI_KANJI/);
  });
});

describe('members', () => {
  it('map a legacy row to the standard', () => {
    expect(memberFromRow(kojinRow({ ZOKUGARA_CD: '11', SEIBETSU_KBN: '0', NINSANPU_KBN: '2', RIDATSU_YMD: '20240331', RIDATSU_RIYU_CD: '1' }))).toEqual({
      memberId: '0000000001', addressNumber: '100200300',
      name: { family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' },
      birthDate: '1985-04-01', sex: '9', relationship: '02', myNumber: MY_NUMBER,
      livingArrangement: '01', workStatus: '1', pregnancyStatus: '2', careInsuranceInsured: false, viewingRestricted: false,
      leftOn: '2024-03-31', leaveReason: '1',
    });
  });

  it('map the standard to a legacy row', () => {
    expect(memberToRow(spouse(), { KOJIN_ID: '0000000002', SETAI_NO: '0000001' })).toEqual(kojinRow({
      KOJIN_ID: '0000000002', ATENA_NO: '', SHIMEI_KANJI: '山田\u3000花子', SHIMEI_KANA: 'ﾔﾏﾀﾞ ﾊﾅｺ', SEINENGAPPI: '19871123',
      SEIBETSU_KBN: '2', ZOKUGARA_CD: '11', KOJIN_NO: '987654321093', SEIKATSU_KEITAI_CD: '', SHUROU_CD: '', KAIGO_HIHO_FLG: '',
    }));
  });

  it('round-trip standard → legacy → standard, and legacy → standard → legacy', () => {
    const input = head({ disabilityAddition: '2', pregnancyStatus: '1', careInsuranceInsured: true });
    const { memberId, viewingRestricted, ...back } = memberFromRow(memberToRow(input, { KOJIN_ID: '0000000009', SETAI_NO: '0000001' }));
    expect([memberId, viewingRestricted]).toEqual(['0000000009', false]);
    expect(back).toEqual(input);
    const row = kojinRow({ ZOKUGARA_CD: '12', SHOGAI_KASAN_KBN: '1', KAIGO_HIHO_FLG: '1' });
    const { memberId: _m, viewingRestricted: _v, ...standard } = memberFromRow(row);
    expect(memberToRow(standard, { KOJIN_ID: row.KOJIN_ID, SETAI_NO: row.SETAI_NO })).toEqual(row);
  });

  it('apply a patch to the columns it names only', () => {
    const row = kojinRow({ UPDATE_CNT: 4 });
    const next = memberPatchToRow({ relationship: '02', leftOn: '2025-01-31', leaveReason: '2' }, row);
    expect(next).toEqual({ ...row, ZOKUGARA_CD: '12', RIDATSU_YMD: '20250131', RIDATSU_RIYU_CD: '2' });
  });

  it('report a legacy code the standard does not know', () => {
    expect(() => memberFromRow(kojinRow({ ZOKUGARA_CD: '99' as never }))).toThrow(/ZOKUGARA_CD/);
    expect(() => memberFromRow(kojinRow({ SHUROU_CD: '7' }))).toThrow(/SHUROU_CD/);
  });
});

describe('households', () => {
  it('map rows to a household and back', () => {
    const rows = householdToRows(householdInput(), '0000001', ['0000000001', '0000000002']);
    expect(rows.setai).toEqual(setaiRow({ KYUCHI_KBN: '11', TOKI_KBN: 6 }));
    expect(rows.kojin.map((r) => r.ZOKUGARA_CD)).toEqual(['00', '11']);
    const household = householdFromRows(rows.setai, rows.kojin);
    expect(household).toMatchObject({
      householdId: '0000001', lgCode: '131016', grade: '1-1', winterRegion: 'VI', protectionStatus: 'none', monthlyRent: 53700,
      address: { postalCode: '100-0001', lgCode: '131016', text: '千代田1-1', isResidence: false },
    });
    const { householdId: _h, protectionStatus: _p, members, ...items } = household;
    expect({ ...items, members: members.map(({ memberId: _m, viewingRestricted: _v, ...m }) => m) }).toEqual(householdInput());
  });

  it('map legacy-only states: 保護中 with a case number and dates', () => {
    const household = householdFromRows(setaiRow({ CASE_NO: 'C-0001', HOGO_JOTAI_KBN: '1', KAISHI_YMD: '20240401', YACHIN: '', TANTO_CW: '' }), []);
    expect(household).toMatchObject({ caseNumber: 'C-0001', protectionStatus: 'protected', startedOn: '2024-04-01' });
    expect(household).not.toHaveProperty('monthlyRent');
    expect(household).not.toHaveProperty('assignedCaseworker');
  });

  it('apply a patch to the columns it names only', () => {
    const row = setaiRow({ UPDATE_CNT: 2 });
    expect(householdPatchToRow({ grade: '3-2', winterRegion: 'II', monthlyRent: 40000 }, row))
      .toEqual({ ...row, KYUCHI_KBN: '32', TOKI_KBN: 2, YACHIN: '40000' });
  });
});

describe('個人番号 and cursors', () => {
  it('take the roles that may read 個人番号 from the spec', () => {
    expect([...MY_NUMBER_VISIBLE_TO].sort()).toEqual(['caseworker', 'manager', 'supervisor']);
    const member = memberFromRow(kojinRow());
    expect(maskMember(member, { staffId: 'i', roles: ['intake'] }).myNumber).toBe(MASKED_MY_NUMBER);
    expect(maskMember(member, { staffId: 'c', roles: ['intake', 'caseworker'] }).myNumber).toBe(MY_NUMBER);
  });

  it('encode the offset as an opaque cursor and refuse a forged one', () => {
    expect(decodeCursor(encodeCursor(150))).toBe(150);
    expect(decodeCursor(undefined)).toBe(0);
    expect(() => decodeCursor('bm90LWEtY3Vyc29y')).toThrow(expect.objectContaining({ status: 400, code: 'invalid-cursor' }));
  });
});
