/** Low-level CSV for Italian Excel: `;` separator, CRLF lines, UTF-8 with a BOM. */

export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

/**
 * One cell, quoted when needed; a leading = + - @ is neutralised so Excel never runs it. A value
 * that itself starts with ' gets the guard too, so reading it back never strips its own quote.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Undoes the formula guard of `csvCell`. */
export function uncell(value: string): string {
  return /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

export function csvLine(cells: string[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}

/**
 * Splits CSV text into rows of cells (RFC 4180 quoting, `;` separator, CRLF or LF), with the
 * 1-based line where each row starts. Returns an error for an unterminated quote.
 */
export function parseCsvRows(text: string): { rows: { line: number; cells: string[] }[] } | { error: string; line: number } {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      }
      else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === CSV_SEPARATOR) {
      cells.push(cell);
      cell = '';
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      rowLine = ++line;
    } else cell += ch;
  }
  if (quoted) return { error: 'unterminated quote', line: rowLine };
  cells.push(cell);
  if (cells.some((c) => c !== '')) rows.push({ line: rowLine, cells });
  return { rows };
}
