import { HogoError } from '@hogo-kit/sdk';

export interface PageQuery {
  cursor?: string;
  limit?: number;
}

const encode = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function decode(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw new HogoError(400, 'invalid-cursor', { ja: '入力が不正です', en: 'Invalid input' }, undefined, [
      { pointer: '/query/cursor', code: 'cursor', message: { ja: '次頁カーソルが不正です', en: 'The cursor is not one this server issued' } },
    ]);
  }
  return Number(match[1]);
}

/** One page of items and the cursor of the next (null on the last page). */
export function page<T>(items: readonly T[], query: PageQuery): { items: T[]; nextCursor: string | null } {
  const offset = query.cursor ? decode(query.cursor) : 0;
  const limit = query.limit ?? 50;
  const slice = items.slice(offset, offset + limit);
  return { items: slice, nextCursor: offset + limit < items.length ? encode(offset + limit) : null };
}
