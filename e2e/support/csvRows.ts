/**
 * A CSV file (RFC 4180: quoted cells with "" for a quote, CRLF or LF lines) as rows of cells, for
 * tests that read what the app let a user download. A file that does not parse throws.
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        cell += '"';
        at += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      at += 1;
      continue;
    }
    if (char === '"') {
      if (cell !== "") throw new Error(`csvRows: a quote inside an unquoted cell at ${at}`);
      quoted = true;
    } else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[at + 1] === "\n") at += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
    at += 1;
  }
  if (quoted) throw new Error("csvRows: the file ends inside a quoted cell");
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
