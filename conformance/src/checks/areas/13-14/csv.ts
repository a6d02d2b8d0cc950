/**
 * A strict reader of RFC 4180 CSV as the standard's extractions answer it (13.5.3): records end with CRLF (the
 * last one may end without), a field holding a comma, quote or line break is quoted and its quotes doubled.
 * A leading byte-order mark is tolerated (UTF-8 with a BOM is still UTF-8). Anything else is a fault.
 */
export interface ParsedCsv {
  rows: string[][];
  /** What breaks RFC 4180 (bare LF or CR, a quote inside an unquoted field, an unclosed quote), in English. */
  faults: string[];
}

export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  const faults: string[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), (i += 1);
      else (field += c), (i += 1);
      continue;
    }
    if (c === '"') {
      if (field !== '') faults.push(`a quote inside an unquoted field (record ${rows.length + 1})`);
      quoted = true;
      i += 1;
    } else if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '\r' || c === '\n') {
      faults.push(`a line break other than CRLF (record ${rows.length + 1})`);
      endField();
      rows.push(row);
      row = [];
      i += 1;
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) faults.push('an unclosed quote');
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return { rows, faults };
}
