import type { Answer } from './http.ts';
import { isObject } from './http.ts';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * What is wrong with an answer expected to be an RFC 9457 problem of `status` in the standard's form
 * (application/problem+json; type, title and status; a Japanese title and an English `en.title`), in English
 * and Japanese. Empty when nothing is.
 */
export function problemFaults(answer: Answer, status: number): { ja: string; en: string }[] {
  const faults: { ja: string; en: string }[] = [];
  if (answer.status !== status) {
    faults.push({ ja: `状態コードが ${status} ではなく ${answer.status}`, en: `status ${answer.status} instead of ${status}` });
    return faults;
  }
  const type = answer.headers.get('content-type') ?? '';
  if (!/^application\/problem\+json\b/i.test(type)) {
    faults.push({ ja: `メディア型が application/problem+json ではなく「${type || 'なし'}」`, en: `media type "${type || 'none'}" instead of application/problem+json` });
  }
  const body = answer.body;
  if (!isObject(body)) {
    faults.push({ ja: '本文が JSON のオブジェクトでない', en: 'the body is not a JSON object' });
    return faults;
  }
  if (typeof body.type !== 'string') faults.push({ ja: 'type がない', en: 'no type' });
  if (typeof body.title !== 'string') faults.push({ ja: 'title がない', en: 'no title' });
  else if (!JAPANESE.test(body.title)) faults.push({ ja: 'title が日本語でない', en: 'the title is not in Japanese' });
  if (body.status !== status) faults.push({ ja: `status が ${status} でない`, en: `the status member is not ${status}` });
  if (!isObject(body.en) || typeof body.en.title !== 'string' || body.en.title === '') {
    faults.push({ ja: '英語の表題（en.title）がない', en: 'no English title (en.title)' });
  }
  return faults;
}

/** The faults joined into one line per language. */
export function joinFaults(faults: { ja: string; en: string }[]): { ja: string; en: string } {
  return { ja: faults.map((f) => f.ja).join('、'), en: faults.map((f) => f.en).join('; ') };
}

/** The pointers of a problem's `errors[]` (empty when it has none). */
export function pointersOf(answer: Answer): string[] {
  const body = answer.body;
  if (!isObject(body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter(isObject).map((e) => e.pointer).filter((p): p is string => typeof p === 'string');
}
