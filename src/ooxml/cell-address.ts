/** Column letters of a 1-based column number: 1 → A, 26 → Z, 28 → AB. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The 1-based column number of a cell reference's letters: "AB12" → 28 (0 without letters). */
export function columnNumber(reference: string): number {
  let n = 0;
  for (const c of /^[A-Z]+/.exec(reference)?.[0] ?? '') n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** A cell's reference: row 12, column 2 → "B12". */
export const cellAddress = (row: number, column: number): string =>
  `${columnLetters(column)}${row}`;
