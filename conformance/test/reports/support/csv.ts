/** A strict RFC 4180 reader for the tests: quoted fields (with "", commas and line breaks), CRLF between records. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field: string;
    if (text[at] === '"') {
      let quote = text.indexOf('"', at + 1);
      while (quote >= 0 && text[quote + 1] === '"') quote = text.indexOf('"', quote + 2);
      if (quote < 0) throw new Error(`Unclosed quote at ${at}`);
      field = text.slice(at + 1, quote).replace(/""/g, '"');
      at = quote + 1;
    } else {
      const end = text.slice(at).search(/,|\r\n|$/);
      field = text.slice(at, at + end);
      if (/["\r\n]/.test(field)) throw new Error(`A quote or line break in an unquoted field at ${at}: ${JSON.stringify(field)}`);
      at += end;
    }
    record.push(field);
    if (text[at] === ',') {
      at += 1;
      continue;
    }
    if (!text.startsWith('\r\n', at)) throw new Error(`Expected a comma or CRLF at ${at}, found ${JSON.stringify(text.slice(at, at + 10))}`);
    at += 2;
    records.push(record);
    record = [];
  }
  return records;
}
