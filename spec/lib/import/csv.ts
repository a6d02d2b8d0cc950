import type { Sheet, SheetRow } from './types.ts';

/**
 * Parses CSV text (RFC 4180): fields in double quotes may hold commas, line breaks and doubled quotes;
 * records end with CRLF, LF or CR. Each row records the line its record starts on (`line 3`).
 */
export function parseCsv(text: string, name = 'csv'): Sheet {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let pending = false; // the current record has content (a field, a separator or a quote)

  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    rows.push({ at: `line ${recordLine}`, cells });
    cells = [];
    pending = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      pending = true;
    } else if (ch === ',') {
      endField();
      pending = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      pending = true;
    }
  }
  if (pending || field !== '' || cells.length > 0) endRecord();
  return { name, rows };
}
