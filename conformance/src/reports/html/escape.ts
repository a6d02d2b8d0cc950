const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '/': '&#47;' };

/**
 * Data as HTML text or as an attribute value (always quoted): the HTML specials, and '/' as OWASP advises —
 * so that no data can open or close an element, nor spell a URL into the page (it reads the same on screen).
 */
export const html = (text: string): string => text.replace(/[&<>"'/]/g, (c) => ENTITIES[c]!);

/**
 * A value as JSON for a <script type="application/json"> element: '<', '>', '&' and '/' as \u escapes, so that
 * neither `</script` nor `<!--` can occur in it (nor a URL be spelled); U+2028 and U+2029 too. JSON.parse
 * reads it back unchanged.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&/\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
