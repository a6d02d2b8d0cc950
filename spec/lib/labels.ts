import type { RequirementClass, SourceKind } from './source/types.ts';

/** Japanese labels of the catalogue's enumerations, as municipal readers see them. */
export const CLASS_LABELS: Record<RequirementClass, { ja: string; en: string }> = {
  mandatory: { ja: '実装必須', en: 'Mandatory' },
  option: { ja: '標準オプション', en: 'Standard option' },
  prohibited: { ja: '実装不可', en: 'Prohibited' },
};

export const TESTABILITY_LABELS = {
  auto: { ja: '自動検証', en: 'Automated' },
  manual: { ja: '目視確認', en: 'Manual' },
} as const;

export const SOURCE_LABELS: Record<SourceKind, { ja: string; en: string }> = {
  law: { ja: '法令', en: 'Law' },
  notice: { ja: '告示・通知', en: 'Notice' },
  seed: { ja: 'シード資料', en: 'Seed document' },
  'official-spec': { ja: '標準仕様書', en: 'Official specification' },
  kit: { ja: 'キット独自', en: 'Kit-authored' },
};

export const CLASSES: RequirementClass[] = ['mandatory', 'option', 'prohibited'];
