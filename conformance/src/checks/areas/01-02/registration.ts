import { defineCheck } from '../../../engine/registry.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { addDays, expectEqual, failWith, listAllApplications, notRefused, pastDate, pointsAt, readApplication, refusedAsInvalid, registerApplication, writtenApplication, type Fault } from './support.ts';

const ARTICLE_24 = ['reason', 'assetStatus', 'incomeStatus', 'workOrJobSearchStatus', 'supportStatus', 'otherBenefitStatus'] as const;

/** 01.2.1, 01.2.7: the items of 法第24条第1項 and the attachments are kept as registered. */
export const registrationItems = defineCheck({
  id: 'application.registration-items',
  title: { ja: '保護申請を法第24条第1項の記載事項と添付書類とともに登録し照会できる', en: 'An application is registered and read back with the items of Art. 24(1) and its attachments' },
  verifies: ['01.2.1', '01.2.7'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const body = writtenApplication(pastDate(), { attachments: ['01', '02', '03'], reason: '病気で働けず預金も尽きたため' });
    const created = await registerApplication(ctx, intake, body);
    const read = await readApplication(ctx, intake, String(created.applicationId));
    const faults: Fault[] = [];
    for (const key of ARTICLE_24) expectEqual(faults, { ja: `${key}`, en: `${key}` }, read[key], body[key]);
    const person = isObject(read.personInNeed) ? read.personInNeed : {};
    const name = isObject(person.name) ? person.name : {};
    expectEqual(faults, { ja: '要保護者の氏', en: 'the family name of the person in need' }, name.family, '見本');
    expectEqual(faults, { ja: '要保護者の名', en: 'the given name of the person in need' }, name.given, '太郎');
    const address = isObject(person.address) ? person.address : {};
    expectEqual(faults, { ja: '要保護者の住所', en: 'the address of the person in need' }, address.text, '見本町一丁目1番1号');
    expectEqual(faults, { ja: '申請日', en: 'the application date' }, read.applicationDate, body.applicationDate);
    const attachments = Array.isArray(read.attachments) ? [...read.attachments].sort() : read.attachments;
    expectEqual(faults, { ja: '添付書類', en: 'the attachments' }, attachments, ['01', '02', '03']);
    expectEqual(faults, { ja: '状態', en: 'the status' }, read.status, 'received');
    failWith(ctx, { ja: '登録した申請の照会', en: 'the registered application as read' }, faults);
  },
});

/** 01.2.2: a written application lacking an item of 第24条第1項 is refused, naming the item. */
export const article24ItemsRequired = defineCheck({
  id: 'application.article-24-items-required',
  title: { ja: '申請書の記載事項に未入力があれば当該項目を示して入力を求める', en: 'A written application missing an item of Art. 24(1) is refused naming the item' },
  verifies: ['01.2.2'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const faults: Fault[] = [];
    for (const item of ['reason', 'incomeStatus', 'supportStatus'] as const) {
      const body = writtenApplication(pastDate());
      delete body[item];
      const answer = await send(intake, 'createApplication', { body });
      const step = { ja: `${item} のない申請書による申請`, en: `a written application without ${item}` };
      if (!refusedAsInvalid(answer)) faults.push(notRefused(answer, step));
      else if (!pointsAt(answer, item)) faults.push({ ja: `${step.ja}の拒否が ${item} を示していない`, en: `the refusal of ${step.en} does not point at ${item}` });
    }
    // An item stated as spaces only is as blank as one left out.
    const blankReason = await send(intake, 'createApplication', { body: writtenApplication(pastDate(), { reason: '   ' }) });
    const blankStep = { ja: '事由が空白だけの申請書による申請', en: 'a written application whose reason is only spaces' };
    if (!refusedAsInvalid(blankReason)) faults.push(notRefused(blankReason, blankStep));
    else if (!pointsAt(blankReason, 'reason')) faults.push({ ja: `${blankStep.ja}の拒否が reason を示していない`, en: `the refusal of ${blankStep.en} does not point at reason` });
    // The address of the person in need (第1号) is an item of the written form too.
    const noAddress = writtenApplication(pastDate());
    delete (noAddress.personInNeed as Record<string, unknown>).address;
    const answer = await send(intake, 'createApplication', { body: noAddress });
    if (!refusedAsInvalid(answer)) faults.push(notRefused(answer, { ja: '要保護者の住所のない申請書による申請', en: 'a written application without the address of the person in need' }));
    // Positive: 「不明」「なし」 are answers, and the complete form is registered.
    await registerApplication(ctx, intake, writtenApplication(pastDate(), { assetStatus: '不明', incomeStatus: 'なし' }), {
      ja: '「不明」「なし」と記載した申請書による申請の登録', en: 'registering a written application stating 「不明」 and 「なし」',
    });
    failWith(ctx, { ja: '法第24条第1項の記載事項の検査', en: 'checking the items of Art. 24(1)' }, faults);
  },
});

/** 01.2.3: with a special circumstance only the date, the applicant's relation and the name are needed. */
export const specialCircumstance = defineCheck({
  id: 'application.special-circumstance-without-form',
  title: { ja: '特別の事情があるときは申請日・申請者の区分・要保護者の氏名のみで申請を登録できる', en: 'With a special circumstance an application is registered with the date, relation and name only' },
  verifies: ['01.2.3'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const date = pastDate();
    const faults: Fault[] = [];
    const minimal = { applicationDate: date, applicantRelation: '1', personInNeed: { name: { family: '見本', given: '花子' } }, specialCircumstanceNoForm: true };
    const noNote = await send(intake, 'createApplication', { body: minimal });
    if (!refusedAsInvalid(noNote)) faults.push(notRefused(noNote, { ja: '特別の事情の内容のない申請書によらない申請', en: 'an application without a form that states no special circumstance' }));
    const created = await registerApplication(ctx, intake, { ...minimal, specialCircumstanceNote: '視覚障害により申請書を記入できないため口頭で申請' }, {
      ja: '特別の事情を記録した申請書によらない申請の登録', en: 'registering an application without a form, with the special circumstance stated',
    });
    const read = await readApplication(ctx, intake, String(created.applicationId));
    expectEqual(faults, { ja: '特別の事情の有無', en: 'specialCircumstanceNoForm' }, read.specialCircumstanceNoForm, true);
    expectEqual(faults, { ja: '特別の事情の内容', en: 'specialCircumstanceNote' }, read.specialCircumstanceNote, '視覚障害により申請書を記入できないため口頭で申請');
    expectEqual(faults, { ja: '申請日', en: 'applicationDate' }, read.applicationDate, date);
    failWith(ctx, { ja: '申請書によらない申請', en: 'an application without a form' }, faults);
  },
});

/** 01.2.4: an applicant other than the person in need must be named. */
export const applicantRequired = defineCheck({
  id: 'application.applicant-required-when-not-self',
  title: { ja: '本人以外が申請したときは申請者の氏名を必須とする', en: 'An applicant other than the person in need must be named' },
  verifies: ['01.2.4'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const faults: Fault[] = [];
    for (const relation of ['2', '3']) {
      const answer = await send(intake, 'createApplication', { body: writtenApplication(pastDate(), { applicantRelation: relation }) });
      if (!refusedAsInvalid(answer)) faults.push(notRefused(answer, { ja: `申請者の氏名のない区分 ${relation} の申請`, en: `an application of relation ${relation} without the applicant` }));
      else if (!pointsAt(answer, 'applicant') && answer.status === 422) faults.push({ ja: `区分 ${relation} の拒否が applicant を示していない`, en: `the refusal for relation ${relation} does not point at applicant` });
    }
    const body = writtenApplication(pastDate(), { applicantRelation: '2', applicant: { name: { family: '見本', given: '一郎' } } });
    const created = await registerApplication(ctx, intake, body, { ja: '扶養義務者による申請の登録', en: 'registering an application by a liable relative' });
    const read = await readApplication(ctx, intake, String(created.applicationId));
    expectEqual(faults, { ja: '申請者の区分', en: 'applicantRelation' }, read.applicantRelation, '2');
    const applicant = isObject(read.applicant) && isObject(read.applicant.name) ? read.applicant.name : {};
    expectEqual(faults, { ja: '申請者の氏名', en: "the applicant's name" }, [applicant.family, applicant.given], ['見本', '一郎']);
    failWith(ctx, { ja: '申請者の区分の記録', en: 'recording who applies' }, faults);
  },
});

/** 01.2.5, 01.2.6: receipt numbers are serial within the fiscal year, without gaps or repeats, listed in order. */
export const receiptNumbers = defineCheck({
  id: 'application.receipt-number-per-fiscal-year',
  title: { ja: '受理番号は年度ごとに重複のない連番で付番され、受理簿は受理番号順に出力される', en: 'Receipt numbers are serial per fiscal year, and the register lists them in order' },
  verifies: ['01.2.5', '01.2.6'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    // Two fiscal years that no other check uses: interleaved registrations must not share a counter.
    const seed = crypto.getRandomValues(new Uint16Array(1))[0]! % 30;
    const yearB = 1980 + seed;
    const yearA = yearB + 30;
    const inB = (day: number) => addDays(`${yearB}-04-01`, day);
    const b1 = await registerApplication(ctx, intake, writtenApplication(inB(10)));
    const a1 = await registerApplication(ctx, intake, writtenApplication(`${yearA}-05-01`));
    const b2 = await registerApplication(ctx, intake, writtenApplication(inB(300))); // still fiscal year B (next January)
    const faults: Fault[] = [];
    for (const [app, year] of [[b1, yearB], [a1, yearA], [b2, yearB]] as const) {
      expectEqual(faults, { ja: `申請 ${String(app.applicationId)} の受理年度`, en: `the fiscal year of ${String(app.applicationId)}` }, app.receiptFiscalYear, year);
      const expected = `${year}-${String(app.receiptSerial).padStart(6, '0')}`;
      expectEqual(faults, { ja: `申請 ${String(app.applicationId)} の受理番号`, en: `the receipt number of ${String(app.applicationId)}` }, app.receiptNumber, expected);
    }
    const register = await listAllApplications(ctx, intake, { fiscalYear: yearB });
    const serials = register.map((a) => a.receiptSerial);
    const expected = register.map((_, i) => i + 1);
    if (JSON.stringify(serials) !== JSON.stringify(expected)) {
      faults.push({ ja: `${yearB} 年度の受理簿の連番が 1 からの重複・欠番のない昇順でない（${serials.join(', ')}）`, en: `the serials of fiscal ${yearB} are not 1.. in order without gaps or repeats (${serials.join(', ')})` });
    }
    const ids = register.map((a) => a.applicationId);
    if (!ids.includes(b1.applicationId) || !ids.includes(b2.applicationId) || ids.includes(a1.applicationId)) {
      faults.push({ ja: `${yearB} 年度の受理簿がその年度の申請だけを含まない`, en: `the register of fiscal ${yearB} does not hold exactly its applications` });
    }
    if (ids.indexOf(b1.applicationId) > ids.indexOf(b2.applicationId)) faults.push({ ja: '受理簿が受理番号の順でない', en: 'the register is not in receipt-number order' });
    failWith(ctx, { ja: '受理番号の付番', en: 'receipt numbering' }, faults);
  },
});
