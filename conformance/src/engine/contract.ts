import { operationsFor, type Bilingual, type Edition } from '@hogo-kit/sdk';
import { responseViolations } from '@hogo-kit/sdk/schemas';

/**
 * Every answer a check receives is held against the edition's contract: a body that does not match the schema
 * of its operation and status (the Problem schema for 4xx and 5xx) fails the check, whatever the check itself
 * looked at — a requirement is not met by a system whose answers break the standard's data definitions.
 */
export type ContractValidator = (method: string, url: string, status: number, text: string | undefined, parsed?: { value: unknown }) => Bilingual | undefined;

interface Route {
  operationId: string;
  method: string;
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The operation a request is for, by method and path below the base URL; undefined when none matches. */
export function operationMatcher(edition: Edition, baseUrl: string): (method: string, url: string) => string | undefined {
  const prefix = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const routes: Route[] = Object.entries(operationsFor(edition)).map(([operationId, meta]) => ({
    operationId,
    method: meta.method.toUpperCase(),
    pattern: new RegExp(`^${escape(prefix)}${meta.path.split(/\{[^}]+\}/).map(escape).join('[^/]+')}/?$`),
  }));
  // Literal segments before parameters: /households/search must win over /households/{householdId}.
  routes.sort((a, b) => b.pattern.source.replaceAll('[^/]+', '').length - a.pattern.source.replaceAll('[^/]+', '').length);
  return (method, url) => {
    const path = new URL(url).pathname;
    return routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(path))?.operationId;
  };
}

/** Keeps at most this many characters of a violation list in a message. */
const LIMIT = 300;

export function contractValidator(edition: Edition, baseUrl: string): ContractValidator {
  const match = operationMatcher(edition, baseUrl);
  const operations = operationsFor(edition);
  // `parsed`: the text's JSON value when the caller has already parsed it (it is not changed here).
  return (method, url, status, text, parsed) => {
    const operationId = match(method, url);
    if (operationId === undefined) return undefined;
    const meta = operations[operationId];
    // A success answer of another media type than JSON (text/csv of createExtraction) is the text itself.
    const textual = meta !== undefined && status === meta.success && meta.successType !== null && !/json/i.test(meta.successType);
    let body: unknown = textual ? (text ?? '') : undefined;
    if (!textual && parsed !== undefined) body = parsed.value;
    else if (!textual && text !== undefined && text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return {
          ja: `${operationId} の応答（状態コード ${status}）の本文が JSON として読めない`,
          en: `the answer of ${operationId} (status ${status}) is not valid JSON`,
        };
      }
    }
    const found = responseViolations(edition, operationId, status, body);
    if (found.length === 0) return undefined;
    const list = found.map((v) => `${v.pointer} ${v.message}`).join('; ').slice(0, LIMIT);
    return {
      ja: `${operationId} の応答（状態コード ${status}）が標準仕様のスキーマに適合しない: ${list}`,
      en: `the answer of ${operationId} (status ${status}) does not match the standard's schema: ${list}`,
    };
  };
}
