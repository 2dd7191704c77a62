import { CHECK_COLUMN } from '../../contract/check-column';
import type { ColumnDef } from '../../contract/column';
import { nameKey } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import { shownValue } from '../../issues/shown-value';
import type { RawTable } from '../../domain/raw-table';

/** Column key → index in the raw rows. */
export type HeaderMap = ReadonlyMap<string, number>;

const CHECK_NAMES = new Set([CHECK_COLUMN.key, nameKey(CHECK_COLUMN.header)]);

/**
 * Finds each contract column among the raw headers, by key ("tiep_nhan_truc_tuyen") or by
 * Vietnamese header ("Tiếp nhận trực tuyến"), ignoring case and spacing. `ignored` are the
 * indexes of the init workbook's check column ("Kiểm tra"): computed by the sheet, not data,
 * and not unknown either.
 */
export function mapHeaders(
  raw: RawTable,
  columns: readonly ColumnDef[],
): { map: HeaderMap; ignored: ReadonlySet<number>; issues: Issue[] } {
  const map = new Map<string, number>();
  const ignored = new Set<number>();
  const issues: Issue[] = [];
  const at = (i: number, col?: ColumnDef) => ({
    file: raw.file,
    format: raw.format,
    table: raw.name,
    row: raw.headerRow,
    // A header as written, cut to a readable length: a 10,000-character header is one mistake.
    column: raw.headers[i] ? shownValue(raw.headers[i].text) : undefined,
    header: col?.header,
    cell: raw.headers[i]?.letter ? `${raw.headers[i]?.letter}${raw.headerRow}` : undefined,
  });
  raw.headers.forEach((h, i) => {
    const k = nameKey(h.text);
    if (k === '') return;
    if (CHECK_NAMES.has(k) && !columns.some((c) => CHECK_NAMES.has(c.key))) {
      ignored.add(i);
      return;
    }
    const col = columns.find((c) => c.key === k || nameKey(c.header) === k);
    if (!col) {
      issues.push(makeIssue('UNKNOWN_COLUMN', { header: h.text, table: raw.name }, at(i)));
    } else if (map.has(col.key)) {
      issues.push(makeIssue('DUPLICATE_COLUMN', { header: h.text }, at(i, col)));
    } else {
      map.set(col.key, i);
    }
  });
  for (const col of columns) {
    if (col.required && !map.has(col.key))
      issues.push(
        makeIssue(
          'MISSING_COLUMN',
          { header: col.header, column: col.key },
          {
            file: raw.file,
            format: raw.format,
            table: raw.name,
            row: raw.headerRow,
            column: col.key,
            header: col.header,
          },
        ),
      );
  }
  return { map, ignored, issues };
}
