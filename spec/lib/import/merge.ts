import { compareEditions, presentIn, withChanges } from '../editions.ts';
import { hasJapanese } from '../lint/where.ts';
import type { Localized, RequirementSource, SpecSource } from '../source/types.ts';
import type { ImportedRow, MappedSheet, UnmappedRow } from './types.ts';

/** The fields an edition's `changed` entry may override from the workbook. */
export type Overrides = Partial<Pick<RequirementSource, 'title' | 'text' | 'class'>>;

export interface ChangedRequirement {
  id: string;
  /** Area file, relative to the source dir. */
  file: string;
  at: string;
  overrides: Overrides;
}

export interface AddedRequirement {
  file: string;
  at: string;
  requirement: RequirementSource;
}

export interface MergePlan {
  edition: string;
  /** The newest edition of the source before the import. */
  previous: string;
  changed: ChangedRequirement[];
  added: AddedRequirement[];
  unchanged: string[];
  /** Ids of the previous edition that the workbook does not name. */
  absent: { id: string; file: string }[];
  /** Absent ids marked `removed` (only with markRemoved). */
  removed: { id: string; file: string }[];
  /** Rows the importer mapped but the catalogue cannot take. */
  rejected: UnmappedRow[];
}

export const IMPORTED_REASON: Localized = {
  ja: '公式の機能要件一覧から取り込んだ要件で、適合性の確認方法はまだ定めていない',
  en: 'Imported from the official workbook; no conformance check has been written for it yet',
};

const EDITION = /^[0-9]+\.[0-9]+$/;

/** Why a title or text cannot stand in the catalogue (schema: text 4–400 characters; both Japanese), if it cannot. */
function unfit(row: ImportedRow, isNew: boolean): Localized | undefined {
  if (isNew && (row.title === '' || row.text === '')) {
    return { ja: '新しい要件ですが機能名称又は機能要件が空です', en: 'a new requirement needs both 機能名称 and 機能要件' };
  }
  if (row.title !== '' && !hasJapanese(row.title)) return { ja: '機能名称に日本語がありません', en: '機能名称 has no Japanese text' };
  if (row.text === '') return undefined;
  if (!hasJapanese(row.text)) return { ja: '機能要件に日本語がありません', en: '機能要件 has no Japanese text' };
  if (row.text.length < 4 || row.text.length > 400) {
    return { ja: `機能要件の長さ（${row.text.length}文字）が 4〜400 文字の範囲外です`, en: `機能要件 is ${row.text.length} characters; the catalogue holds 4–400` };
  }
  return undefined;
}

/** Checks that `edition` can follow the source's editions; throws a bilingual message when it cannot. */
export function checkNewEdition(source: SpecSource, edition: string): string {
  const previous = source.editions[source.editions.length - 1]!;
  if (!EDITION.test(edition)) throw new Error(`版「${edition}」は <major>.<minor> の形式ではありません / edition "${edition}" is not <major>.<minor>`);
  if (compareEditions(edition, previous) <= 0) {
    throw new Error(`版 ${edition} は既存の最新版 ${previous} より後である必要があります / edition ${edition} must come after ${previous}`);
  }
  return previous;
}

function newRequirement(row: ImportedRow, edition: string, file: string): RequirementSource {
  return {
    id: row.id,
    title: { ja: row.title, en: `${row.id} (imported; English title not yet written)` },
    text: row.text,
    class: row.class,
    kind: 'function',
    testability: 'manual',
    manualReason: IMPORTED_REASON,
    legalBasis: [],
    source: { kind: 'official-spec', ref: `${file} ${row.at}` },
    since: edition,
    operations: [],
    schemas: [],
    flows: [],
  };
}

/** Plans the workbook as a new edition of the source: what changes, what is new, what the workbook leaves out. */
export function planMerge(source: SpecSource, workbook: string, mapped: MappedSheet, edition: string, markRemoved = false): MergePlan {
  const previous = checkNewEdition(source, edition);
  const plan: MergePlan = { edition, previous, changed: [], added: [], unchanged: [], absent: [], removed: [], rejected: [] };
  const known = new Map<string, { requirement: RequirementSource; file: string }>();
  for (const f of source.areas) for (const r of f.data.requirements ?? []) known.set(r.id, { requirement: r, file: f.file });

  for (const row of mapped.imported) {
    const existing = known.get(row.id);
    const reject = (reason: Localized) => plan.rejected.push({ at: row.at, id: row.id, reason });
    const problem = unfit(row, !existing);
    if (problem) {
      reject(problem);
      continue;
    }
    if (!existing) {
      const file = source.areas.find((f) => f.data.area === row.area)!.file;
      plan.added.push({ file, at: row.at, requirement: newRequirement(row, edition, workbook) });
      continue;
    }
    const { requirement, file } = existing;
    if (!presentIn(requirement, previous)) {
      reject({ ja: `要件 ${row.id} は版 ${String(requirement.removed)} で削除済みです`, en: `requirement ${row.id} was removed in ${String(requirement.removed)}` });
      continue;
    }
    const current = withChanges(requirement, requirement.changed, previous);
    const overrides: Overrides = {};
    if (row.title !== '' && row.title !== current.title.ja) overrides.title = { ja: row.title, en: current.title.en };
    if (row.text !== '' && row.text !== current.text) overrides.text = row.text;
    if (row.class !== current.class) overrides.class = row.class;
    if (Object.keys(overrides).length > 0) plan.changed.push({ id: row.id, file, at: row.at, overrides });
    else plan.unchanged.push(row.id);
  }

  const named = new Set([...mapped.imported, ...mapped.unmapped].map((r) => r.id));
  for (const [id, { requirement, file }] of known) {
    if (!presentIn(requirement, previous) || named.has(id)) continue;
    plan.absent.push({ id, file });
    if (markRemoved) plan.removed.push({ id, file });
  }
  return plan;
}
