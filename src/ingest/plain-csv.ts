/** What csv-parse tells of a record (its `info` option): the line it ends on, blank lines so far. */
export interface CsvInfo {
  readonly lines: number;
  readonly empty_lines: number;
}

/** A record as csv-parse gives it with `info: true`. */
export interface CsvRecord {
  readonly record: string[];
  readonly info: CsvInfo;
}

const QUOTE = '"';

/**
 * The records csv-parse gives for `text` with the options of read-csv.ts, when the text is
 * plain: one kind of line end (LF, or CRLF on every line), cells quoted only as RFC 4180 quotes
 * them (the whole cell, `""` for a quote inside, a line end allowed inside), a quote inside an
 * unquoted cell kept as it is, no record longer than `longest` characters. Empty lines are
 * skipped and counted. A dataset's files are mostly plain: csv-parse took about 25 ms of a
 * build for them (docs/performance.md). Null for any other text (a quote not closed, a
 * character after a closing quote, a lone carriage return…): csv-parse reads it, and says what
 * is wrong with it.
 */
export function plainRecords(text: string, delimiter: string, longest: number): CsvRecord[] | null {
  const crs = count(text, '\r');
  if (crs > 0 && (crs !== count(text, '\n') || crs !== count(text, '\r\n'))) return null;
  const end = crs > 0 ? '\r\n' : '\n';
  const n = text.length;
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  let empty = 0;
  while (i < n) {
    if (text.startsWith(end, i)) {
      empty++;
      line++;
      i += end.length;
      continue;
    }
    const start = i;
    const record: string[] = [];
    for (;;) {
      if (text.startsWith(QUOTE, i)) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf(QUOTE, from);
          if (close < 0) return null;
          value += text.slice(from, close);
          if (text.startsWith(QUOTE, close + 1)) {
            value += QUOTE;
            from = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        if (i < n && !text.startsWith(delimiter, i) && !text.startsWith(end, i)) return null;
        // csv-parse counts a CRLF inside a quoted cell as two lines (its carriage return and its
        // line feed); the lines it reports, which read-csv.ts turns into row numbers, are kept.
        line += count(value, end) * end.length;
        record.push(value);
      } else {
        const next = text.indexOf(delimiter, i);
        const lineEnd = text.indexOf(end, i);
        const stop = Math.min(next < 0 ? n : next, lineEnd < 0 ? n : lineEnd);
        record.push(text.slice(i, stop));
        i = stop;
      }
      if (!text.startsWith(delimiter, i)) break;
      i += delimiter.length;
    }
    if (i - start > longest) return null;
    records.push({ record, info: { lines: line, empty_lines: empty } });
    if (text.startsWith(end, i)) {
      i += end.length;
      line++;
    }
  }
  return records;
}

/** How many line feeds `text` holds. */
export const countLineEnds = (text: string): number => count(text, '\n');

function count(text: string, what: string): number {
  let n = 0;
  for (let at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length)) n++;
  return n;
}
