import type { CheckRecord } from './types.ts';

/** A usage error: the CLI prints its bilingual message and exits 2. */
export class DiffUsageError extends Error {
  constructor(readonly ja: string, readonly en: string) {
    super(`${ja} / ${en}`);
  }
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Reads the output of `hogo-conformance checks --json`: an array of { id, title?, verifies, editions? }. */
export function parseChecks(text: string): CheckRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DiffUsageError(`チェック一覧が JSON として読めません（${(error as Error).message}）`, `the check list is not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new DiffUsageError('チェック一覧は配列でなければなりません', 'the check list must be an array');
  return data.map((item: unknown, index) => {
    const c = item as Record<string, unknown> | null;
    if (!c || typeof c !== 'object' || typeof c.id !== 'string' || !isStrings(c.verifies) || (c.editions !== undefined && !isStrings(c.editions))) {
      throw new DiffUsageError(
        `チェック一覧の ${index} 番目に id（文字列）と verifies（文字列の配列）がありません`,
        `check ${index} lacks an id (string) and verifies (array of strings), or its editions is not an array of strings`,
      );
    }
    const title = c.title as CheckRecord['title'];
    return {
      id: c.id,
      verifies: c.verifies,
      ...(title && typeof title.ja === 'string' && typeof title.en === 'string' && { title: { ja: title.ja, en: title.en } }),
      ...(c.editions !== undefined && { editions: c.editions as string[] }),
    };
  });
}
