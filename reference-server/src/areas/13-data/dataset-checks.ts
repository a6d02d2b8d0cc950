import { HogoError, unprocessable, type Edition, type FieldError } from '@hogo-kit/sdk';
import type { DataSetCollection } from './collections.ts';
import { malformedText } from './text.ts';

type Json = Record<string, unknown>;

/** The data-set format versions this server reads (major 1). */
export const FORMAT_VERSION = '1.0';
const SUPPORTED_MAJOR = '1';

/** Editions of data sets a system of each edition loads (a 2.1 system also loads 2.0 data sets, 13.6.6). */
const LOADS: Record<Edition, string[]> = { '2.0': ['2.0'], '2.1': ['2.0', '2.1'] };

/** Top-level properties that reference another collection, and the collection they point into. */
const REFERENCES: Record<string, string> = {
  householdId: 'households',
  memberId: 'members',
  targetMemberId: 'members',
  applicantMemberId: 'members',
  debtorMemberId: 'members',
  applicationId: 'applications',
  consultationId: 'consultations',
  decisionId: 'decisions',
  previousDecisionId: 'decisions',
  discontinuationDecisionId: 'decisions',
  claimId: 'claims',
  obligorId: 'supportObligors',
  targetObligorId: 'supportObligors',
  runId: 'paymentRuns',
};

const field = (pointer: string, code: string, ja: string, en: string): FieldError => ({ pointer, code, message: { ja, en } });

/**
 * 13.6.4: the format version's major and the edition must be ones this system reads (422). `only21` is true
 * only under the seeded defect data-set-20-refused (a 2.1 system that reads 2.1 data sets only).
 */
export function assertSupported(dataSet: Json, edition: Edition, only21 = false): void {
  const errors: FieldError[] = [];
  if (String(dataSet.formatVersion).split('.')[0] !== SUPPORTED_MAJOR) {
    errors.push(field('/body/formatVersion', 'unsupported-format-version', `対応していない形式版です（対応: ${FORMAT_VERSION}）。`, `Unsupported format version (supported: ${FORMAT_VERSION}).`));
  }
  if (!LOADS[edition].includes(String(dataSet.edition)) || (only21 && dataSet.edition !== edition)) {
    errors.push(field('/body/edition', 'unsupported-edition', `この ${edition} 版のシステムでは取り込めない準拠版です。`, `A ${edition} system cannot load a data set of this edition.`));
  }
  if (errors.length > 0) {
    throw unprocessable('unsupported-data-set', { ja: '対応していない移行データです。何も取り込んでいません。', en: 'The data set is not supported; nothing was loaded.' }, errors);
  }
}

/** 13.2.4: malformed text anywhere in the data set is refused (400) with a pointer per field. */
export function assertWellFormedDataSet(dataSet: Json): void {
  const errors = malformedText(dataSet, '/body', 1000);
  if (errors.length > 0) {
    throw new HogoError(400, 'malformed-text', { ja: '入力が不正です', en: 'The request is invalid' }, {
      ja: '不正な文字を含む項目があります。何も取り込んでいません。', en: 'Some fields contain malformed text; nothing was loaded.',
    }, errors);
  }
}

/** 13.6.3: duplicate ids, broken references and households without exactly one head, each with its pointer (422). */
export function integrityErrors(dataSet: Json, collections: readonly DataSetCollection[]): FieldError[] {
  const errors: FieldError[] = [];
  const ids: Record<string, Set<string>> = { members: new Set() };
  for (const c of collections) {
    const seen = new Set<string>();
    ((dataSet[c.property] ?? []) as Json[]).forEach((record, i) => {
      const id = String(record[c.key]);
      if (seen.has(id)) errors.push(field(`/body/${c.property}/${i}/${c.key}`, 'duplicate-id', `番号 ${id} が重複しています。`, `The id ${id} occurs twice.`));
      seen.add(id);
    });
    ids[c.property] = seen;
  }
  ((dataSet.households ?? []) as Json[]).forEach((h, i) => {
    const members = (h.members ?? []) as Json[];
    members.forEach((m, j) => {
      const id = String(m.memberId);
      if (ids.members!.has(id)) errors.push(field(`/body/households/${i}/members/${j}/memberId`, 'duplicate-id', `世帯員番号 ${id} が重複しています。`, `The member id ${id} occurs twice.`));
      ids.members!.add(id);
    });
    const present = members.filter((m) => m.leftOn === undefined);
    const heads = present.filter((m) => m.relationship === '01').length;
    const departedHead = members.some((m) => m.relationship === '01' && m.leftOn !== undefined);
    if (heads > 1 || (heads === 0 && present.length > 0 && !departedHead)) {
      errors.push(field(`/body/households/${i}/members`, 'head-of-household', '世帯主（続柄 01）の世帯員が一人となっていません。', 'The household does not have exactly one head (relationship 01).'));
    }
  });
  for (const c of collections) {
    ((dataSet[c.property] ?? []) as Json[]).forEach((record, i) => {
      for (const [prop, value] of Object.entries(record)) {
        const target = REFERENCES[prop];
        const isKey = prop === c.key && c.property !== 'paymentMethods';
        if (!target || isKey || typeof value !== 'string' || ids[target] === undefined || ids[target].has(value)) continue;
        errors.push(field(`/body/${c.property}/${i}/${prop}`, 'unknown-reference', `参照先（${value}）が移行データにありません。`, `The referenced record ${value} is not in the data set.`));
      }
    });
  }
  return errors.slice(0, 1000);
}
