import type { ColumnDef } from '../../contract/column';
import { makeIssue, type Issue } from '../../issues/issue';
import { shownValue } from '../../issues/shown-value';
import type { RawCell, RawTable } from '../../domain/raw-table';
import { isBlank, readCell } from '../cells/read-cell';
import { headersOf, locate, originsOf } from '../origin';
import type { RowOrigin } from '../../domain/origin';
import { mapHeaders } from './header-map';

type RowRecord = Record<string, unknown> & {
  $at: RowOrigin;
  /** The cells as read, for callers that interpret a column themselves (field tables). */
  $raw: Record<string, RawCell | undefined>;
};

export interface ReadRows {
  /** Rows whose every cell is valid, typed by the caller. */
  readonly records: RowRecord[];
  /** Rows with at least one bad cell: kept apart so rules do not repeat their problem. */
  readonly rejected: RowRecord[];
  readonly issues: Issue[];
  /** Sources left unread because their header could not be mapped (reported in `issues`). */
  skipped: number;
}

const isNfd = (v: unknown) => typeof v === 'string' && v !== v.normalize('NFC');

const SHOWN_ROWS = 10;

/** One warning per source: how many blank rows were skipped, and which (the first ten). */
function blankRowsIssue(raw: RawTable, rows: readonly number[]): Issue {
  const shown = rows.slice(0, SHOWN_ROWS).join(', ') + (rows.length > SHOWN_ROWS ? ', …' : '');
  return makeIssue(
    'BLANK_ROWS_SKIPPED',
    { count: rows.length, rows: shown },
    { file: raw.file, format: raw.format, table: raw.name, row: rows[0] },
  );
}

/**
 * Reads every row of every source of a `rows` table against its columns. `prefilled` are the
 * columns `tthc init` fills in for the official (the unit of each row): a row with nothing
 * else typed is skipped.
 */
export function readRows(
  sources: readonly RawTable[],
  columns: readonly ColumnDef[],
  prefilled: ReadonlySet<string> = new Set(),
): ReadRows {
  const out: ReadRows = { records: [], rejected: [], issues: [], skipped: 0 };
  const headers = headersOf(columns);
  for (const raw of sources) {
    // The reader already said why (a merged header); mapping it would only add noise.
    if (raw.unreadable) {
      out.skipped++;
      continue;
    }
    const { map, ignored, issues } = mapHeaders(raw, columns);
    out.issues.push(...issues);
    if (issues.some((i) => i.severity === 'error')) {
      out.skipped++;
      continue;
    }
    let nfd = 0;
    const blankRows: number[] = [];
    const originOf = originsOf(raw, map, headers);
    const prefilledAt = new Set([...map].filter(([k]) => prefilled.has(k)).map(([, i]) => i));
    for (const row of raw.rows) {
      // A row holding only its check (the init workbook's formula, whose empty result Excel
      // saves as no result) is as empty as a row the sheet reader dropped: not even a warning.
      if (ignored.size > 0 && row.cells.every((c, i) => ignored.has(i) || isBlank(c))) continue;
      // A row with nothing typed (beyond what `init` prefilled, and its check column) is no
      // record: with blank counts read as 0 it would add a unit of zeros. Skipped, and said
      // once per source.
      const typed = row.cells.some((c, i) => !prefilledAt.has(i) && !ignored.has(i) && !isBlank(c));
      if (!typed) {
        blankRows.push(row.number);
        continue;
      }
      const $at = originOf(row.number);
      const record: RowRecord = { $at, $raw: {} };
      let ok = true;
      const extra =
        row.cells.length > raw.headers.length
          ? row.cells.slice(raw.headers.length).filter((c) => c !== null && String(c).trim() !== '')
          : [];
      if (extra.length > 0) {
        // Usually a value with a comma written without quotes: its tail would be lost.
        out.issues.push(
          makeIssue(
            'EXTRA_CELLS',
            { count: extra.length, value: shownValue(extra[0]) },
            locate($at),
          ),
        );
        ok = false;
      }
      for (const col of columns) {
        const index = map.get(col.key);
        const cell = index === undefined ? null : row.cells[index];
        if (isNfd(cell)) nfd++;
        record.$raw[col.key] = cell;
        const read = readCell(cell, col, $at);
        if (read.issues.length > 0) out.issues.push(...read.issues);
        record[col.key] = read.value;
        ok &&= read.ok;
      }
      (ok ? out.records : out.rejected).push(record);
    }
    if (blankRows.length > 0) out.issues.push(blankRowsIssue(raw, blankRows));
    if (nfd > 0)
      out.issues.push(
        makeIssue(
          'TEXT_NORMALISED',
          { count: nfd },
          { file: raw.file, format: raw.format, table: raw.name },
        ),
      );
  }
  return out;
}
