import { defineCheck } from '../../../engine/registry.ts';
import { expectBody } from '../../data/households.ts';
import { isObject, send } from '../../support/http.ts';
import { requireClient } from '../../support/roles.ts';
import { canonical, expectEqual, failWith, listAllApplications, notRefused, pastDate, readApplication, refusedAsInvalid, registerApplication, uniqueGiven, writtenApplication, type Fault } from './support.ts';

/** 01.5.1, 01.5.2: support from relatives (扶養) is no condition of registering or of starting the investigation. */
export const supportNoCondition = defineCheck({
  id: 'application.support-is-no-precondition',
  title: { ja: '扶養の状況が「不明」「なし」でも申請を登録でき、扶養照会なしに調査を開始できる', en: 'An application is registered whatever the support status, and investigated with no support inquiry' },
  verifies: ['01.5.1', '01.5.2'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const worker = requireClient(ctx, 'caseworker');
    const faults: Fault[] = [];
    for (const status of ['不明', 'なし', '扶養義務者に連絡してほしくない']) {
      const answer = await send(intake, 'createApplication', { body: writtenApplication(pastDate(), { supportStatus: status }) });
      if (answer.status !== 201) {
        faults.push({ ja: `扶養の状況「${status}」の申請が登録されなかった（${answer.status}）`, en: `an application stating support 「${status}」 was not registered (${answer.status})` });
        continue;
      }
      const id = String((answer.body as Record<string, unknown>).applicationId);
      const date = String((answer.body as Record<string, unknown>).applicationDate);
      // No support obligor is registered and no inquiry made: the investigation still starts.
      const started = await send(worker, 'startInvestigation', { path: { applicationId: id }, body: { startedOn: date } });
      if (started.status !== 200) faults.push({ ja: `扶養照会のない申請の調査開始が拒否された（${started.status}）`, en: `starting the investigation with no support inquiry was refused (${started.status})` });
    }
    failWith(ctx, { ja: '扶養を申請の条件としないこと', en: 'support is no condition of applying' }, faults);
  },
});

const consultation = (given: string, overrides: Record<string, unknown> = {}) => ({
  consultedOn: pastDate(),
  method: '1',
  client: { name: { family: '見本', given, familyKana: 'ミホン', givenKana: 'タロウ' } },
  clientIsPersonInNeed: true,
  mainComplaint: '失職して家賃が払えない',
  adviceGiven: '生活保護制度の説明',
  applicationIntentExpressed: true,
  outcome: '1',
  ...overrides,
});

/** 01.5.3: a consultation with the intent to apply cannot be closed with advice, referral or continuation. */
export const intentNotClosed = defineCheck({
  id: 'consultation.intent-to-apply-not-closed',
  title: { ja: '申請意思が示された相談を助言のみ・他法他施策の案内・継続相談等で終結させる記録を登録できない', en: 'A consultation in which the person asked to apply cannot be closed without taking the application' },
  verifies: ['01.5.3'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const given = uniqueGiven();
    const faults: Fault[] = [];
    for (const outcome of ['3', '4', '5']) {
      const answer = await send(intake, 'createConsultation', { body: consultation(given, { outcome }) });
      if (!refusedAsInvalid(answer)) faults.push(notRefused(answer, { ja: `申請意思ありで相談結果 ${outcome} の相談記録`, en: `a consultation with the intent to apply closed with outcome ${outcome}` }));
    }
    const search = await send(intake, 'listConsultations', { query: { clientName: given, limit: 100 } });
    const found = expectBody(ctx, search, 200, { ja: '相談記録の検索', en: 'searching consultations' });
    if (Array.isArray(found.items) && found.items.length > 0) faults.push({ ja: '拒否された相談記録が登録されていた', en: 'a refused consultation was stored' });
    // Positive: the intent honoured (application received / form handed over), and no intent closed with advice.
    for (const body of [consultation(given, { outcome: '1' }), consultation(given, { outcome: '2', applicationFormProvided: true }), consultation(given, { applicationIntentExpressed: false, outcome: '4' })]) {
      const answer = await send(intake, 'createConsultation', { body });
      if (answer.status !== 201) faults.push({ ja: `相談結果 ${String(body.outcome)}（申請意思 ${String(body.applicationIntentExpressed)}）の相談記録が登録されなかった（${answer.status}）`, en: `a consultation with outcome ${String(body.outcome)} (intent ${String(body.applicationIntentExpressed)}) was not recorded (${answer.status})` });
    }
    failWith(ctx, { ja: '申請意思が示された相談の終結', en: 'closing a consultation with the intent to apply' }, faults);
  },
});

/** 01.1.1, 01.1.3: a consultation is recorded with its items; the intent to apply is a required item. */
export const consultationRecord = defineCheck({
  id: 'consultation.record-with-intent',
  title: { ja: '面接相談を記録し、申請意思の有無を必須の項目とする', en: 'A consultation is recorded, the intent to apply being a required item' },
  verifies: ['01.1.1', '01.1.3'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const given = uniqueGiven();
    const faults: Fault[] = [];
    const { applicationIntentExpressed: _omit, ...noIntent } = consultation(given);
    const refused = await send(intake, 'createConsultation', { body: noIntent });
    if (!refusedAsInvalid(refused)) faults.push(notRefused(refused, { ja: '申請意思の有無のない相談記録', en: 'a consultation without the intent to apply' }));
    const body = consultation(given, { applicationIntentExpressed: false, outcome: '4' });
    const created = expectBody(ctx, await send(intake, 'createConsultation', { body }), 201, { ja: '相談記録の登録', en: 'recording a consultation' });
    const read = expectBody(ctx, await send(intake, 'getConsultation', { path: { consultationId: String(created.consultationId) } }), 200, { ja: '相談記録の照会', en: 'reading the consultation' });
    for (const key of ['consultedOn', 'method', 'mainComplaint', 'adviceGiven', 'applicationIntentExpressed', 'outcome'] as const) {
      expectEqual(faults, { ja: key, en: key }, read[key], body[key]);
    }
    const client = isObject(read.client) && isObject(read.client.name) ? read.client.name : {};
    expectEqual(faults, { ja: '相談者の氏名', en: "the client's name" }, [client.family, client.given], ['見本', given]);
    // The intent is recorded as stated, not inferred from the outcome: a form taken away without the intent to apply.
    const formOnly = expectBody(ctx, await send(intake, 'createConsultation', { body: consultation(given, { applicationIntentExpressed: false, outcome: '2', applicationFormProvided: true }) }), 201, { ja: '申請意思なしで申請書を交付した相談記録の登録', en: 'recording a consultation handing over the form without the intent to apply' });
    const readFormOnly = expectBody(ctx, await send(intake, 'getConsultation', { path: { consultationId: String(formOnly.consultationId) } }), 200, { ja: '相談記録の照会', en: 'reading the consultation' });
    expectEqual(faults, { ja: '申請書交付（申請意思なし）の相談の申請意思', en: 'applicationIntentExpressed of the consultation handing over the form without the intent' }, readFormOnly.applicationIntentExpressed, false);
    failWith(ctx, { ja: '面接相談の記録', en: 'recording a consultation' }, faults);
  },
});

/** 01.1.4: an application registered from a consultation is referred to by it. */
export const consultationLink = defineCheck({
  id: 'consultation.links-its-application',
  title: { ja: '相談記録を指定して登録した申請を相談記録から参照できる', en: 'A consultation refers to the application registered from it' },
  verifies: ['01.1.4'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const c = expectBody(ctx, await send(intake, 'createConsultation', { body: consultation(uniqueGiven()) }), 201, { ja: '相談記録の登録', en: 'recording a consultation' });
    const cid = String(c.consultationId);
    const app = await registerApplication(ctx, intake, writtenApplication(String(c.consultedOn), { consultationId: cid }));
    const read = expectBody(ctx, await send(intake, 'getConsultation', { path: { consultationId: cid } }), 200, { ja: '相談記録の照会', en: 'reading the consultation' });
    const faults: Fault[] = [];
    expectEqual(faults, { ja: '相談記録の申請番号', en: 'the applicationId of the consultation' }, read.applicationId, app.applicationId);
    const readApp = await readApplication(ctx, intake, String(app.applicationId));
    expectEqual(faults, { ja: '申請の相談番号', en: 'the consultationId of the application' }, readApp.consultationId, cid);
    failWith(ctx, { ja: '相談と申請の関連付け', en: 'linking consultation and application' }, faults);
  },
});

/** 01.1.2: consultations are searched by period, client name (kana too) and outcome. */
export const consultationSearch = defineCheck({
  id: 'consultation.search',
  title: { ja: '相談記録を相談日の期間・相談者の氏名（カナ）・相談結果で検索できる', en: 'Consultations are searched by period, client name (kana too) and outcome' },
  verifies: ['01.1.2'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const given = uniqueGiven();
    const a = expectBody(ctx, await send(intake, 'createConsultation', { body: consultation(given, { consultedOn: '2023-06-10', applicationIntentExpressed: false, outcome: '4' }) }), 201, { ja: '相談記録の登録', en: 'recording a consultation' });
    const b = expectBody(ctx, await send(intake, 'createConsultation', { body: consultation(given, { consultedOn: '2023-07-20', outcome: '1' }) }), 201, { ja: '相談記録の登録', en: 'recording a consultation' });
    const ids = async (query: Record<string, string>) => {
      const body = expectBody(ctx, await send(intake, 'listConsultations', { query: { ...query, limit: 100 } }), 200, { ja: '相談記録の検索', en: 'searching consultations' });
      return (Array.isArray(body.items) ? body.items.filter(isObject) : []).map((c) => c.consultationId);
    };
    const faults: Fault[] = [];
    const byName = await ids({ clientName: given });
    expectEqual(faults, { ja: '氏名での検索', en: 'search by name' }, [...byName].sort(), [a.consultationId, b.consultationId].sort());
    const byPeriod = await ids({ clientName: given, from: '2023-07-01', to: '2023-07-31' });
    expectEqual(faults, { ja: '期間での検索', en: 'search by period' }, byPeriod, [b.consultationId]);
    const byOutcome = await ids({ clientName: given, outcome: '4' });
    expectEqual(faults, { ja: '相談結果での検索', en: 'search by outcome' }, byOutcome, [a.consultationId]);
    const byKana = await ids({ clientName: 'ミホン', from: '2023-06-10', to: '2023-06-10', outcome: '4' });
    if (!byKana.includes(a.consultationId)) faults.push({ ja: 'カナ氏名での検索で見つからない', en: 'not found by the kana name' });
    failWith(ctx, { ja: '相談記録の検索', en: 'searching consultations' }, faults);
  },
});

/** 01.5.5: an application cannot be deleted. */
export const noDelete = defineCheck({
  id: 'application.cannot-be-deleted',
  title: { ja: '登録した申請を削除できない', en: 'An application cannot be deleted' },
  verifies: ['01.5.5'],
  async run(ctx) {
    const intake = requireClient(ctx, 'intake');
    const manager = requireClient(ctx, 'manager');
    const app = await registerApplication(ctx, intake, writtenApplication(pastDate()));
    const id = String(app.applicationId);
    const before = await readApplication(ctx, intake, id, String(app.applicationDate));
    const faults: Fault[] = [];
    const raw = (client: unknown) => (client as { request: (m: string, u: string, i: Record<string, unknown>) => Promise<{ response: Response }> }).request;
    for (const client of [intake, manager]) {
      const { response } = await raw(client)('DELETE', '/applications/{applicationId}', { params: { path: { applicationId: id } }, parseAs: 'text' });
      if (response.ok) faults.push({ ja: `申請の DELETE が ${response.status} で成功した`, en: `DELETE of the application succeeded with ${response.status}` });
    }
    const after = await send(intake, 'getApplication', { path: { applicationId: id }, query: { asOf: String(app.applicationDate) } });
    if (after.status !== 200) faults.push({ ja: `削除要求の後で申請を照会できない（${after.status}）`, en: `the application cannot be read after the delete request (${after.status})` });
    else if (canonical(after.body) !== canonical(before)) faults.push({ ja: '削除要求の後で申請が変わっていた', en: 'the application changed after the delete request' });
    // An application ends as withdrawn (or decided), never by disappearing: it stays readable and in its register.
    const withdrawn = await registerApplication(ctx, intake, writtenApplication(pastDate()));
    const wid = String(withdrawn.applicationId);
    expectBody(ctx, await send(intake, 'withdrawApplication', { path: { applicationId: wid }, body: { withdrawnOn: String(withdrawn.applicationDate), intentMethod: 'written' } }), 200, { ja: '申請の取下げ', en: 'withdrawing an application' });
    const readWithdrawn = await send(intake, 'getApplication', { path: { applicationId: wid } });
    if (readWithdrawn.status !== 200) faults.push({ ja: `取り下げた申請を照会できない（${readWithdrawn.status}）`, en: `the withdrawn application cannot be read (${readWithdrawn.status})` });
    const register = await listAllApplications(ctx, intake, { fiscalYear: Number(withdrawn.receiptFiscalYear) });
    if (!register.some((a) => a.applicationId === wid)) faults.push({ ja: '取り下げた申請が受理簿から消えていた', en: 'the withdrawn application is gone from the register' });
    failWith(ctx, { ja: '申請の削除の禁止', en: 'no deleting an application' }, faults);
  },
});
