import type { Bilingual } from '@hogo-kit/sdk';
import { ruleBroken } from '../../support/refusals.ts';

const HEAD = '01';

interface Kin {
  relationship: string;
  leftOn?: string;
}

const headCount = (members: readonly Kin[]) => members.filter((m) => m.relationship === HEAD && m.leftOn === undefined).length;

const NO_HEAD: Bilingual = { ja: '世帯主（続柄 01）の世帯員が一人必要です。', en: 'The household needs exactly one member with relationship 01 (head of household).' };
const TWO_HEADS: Bilingual = { ja: '世帯主（続柄 01）は一世帯に一人です。', en: 'A household has only one head (relationship 01).' };

/**
 * 13.1.2: exactly one 世帯主 among the members who have not left. `before` is the household before the change (absent
 * on registration). A head who leaves keeps the household valid until another member is made head (otherwise the
 * head could never change: a second head is refused and a headless household too); any other change that leaves no
 * head, or a second head, is refused. `severalHeads` is true only under the seeded defect two-heads-accepted.
 */
export function assertOneHead(after: readonly Kin[], pointer: string, before?: readonly Kin[], headLeaving = false, severalHeads = false): void {
  const heads = headCount(after);
  if (heads > 1 && !severalHeads) throw ruleBroken('head-of-household', pointer, TWO_HEADS);
  if (heads >= 1 || after.every((m) => m.leftOn !== undefined)) return;
  const headlessBefore = before !== undefined && headCount(before) === 0;
  if (!headLeaving && !headlessBefore) throw ruleBroken('head-of-household', pointer, NO_HEAD);
}

/** 13.3.5: a birth date after the day of registration is refused. */
export function assertBornBy(birthDate: string, today: string, pointer: string): void {
  if (birthDate > today) {
    throw ruleBroken('birth-date-in-future', pointer, { ja: '生年月日が登録日より後の日です。', en: 'The date of birth is after the day of registration.' });
  }
}
