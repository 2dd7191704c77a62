import type { ColumnDef } from '../../contract/column';
import { FIELD_COLUMNS } from '../../contract/fields-columns';
import { nameKey } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Location } from '../../issues/location';
import type { RawTable } from '../../domain/raw-table';
import { readCell } from '../cells/read-cell';
import { locate } from '../origin';
import type { RowOrigin } from '../../domain/origin';
import { readRows } from './read-rows';

const rowKey = (at: Pick<Location, 'file' | 'table' | 'row'>) =>
  `${at.file}\0${at.table}\0${at.row}`;

/**
 * A key as LibreOffice Calc reads it from a file it saved itself: Calc writes "tt_xa_cong_chuc_cu"
 * unescaped and on opening reads "_xa_" as the escaped character U+000A, a line break. Our own
 * files escape it (src/render/xlsx-underscore-escape.ts); a workbook saved twice by Calc does not.
 * @example asCalcReadsIt('tt_xa_cong_chuc_cu') // 'tt\ncong_chuc_cu'
 */
function asCalcReadsIt(key: string): string {
  return key.replace(/_x([0-9a-f]{1,4})_/gi, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * Reads a `fields` table (one row per field: truong, gia_tri) into one record, each value
 * checked against the field's definition. Field names match by key or Vietnamese header.
 */
export function readFields(
  sources: readonly RawTable[],
  fields: readonly ColumnDef[],
  tableId: string,
): {
  record: Record<string, unknown>;
  at: Record<string, RowOrigin>;
  ok: boolean;
  issues: Issue[];
} {
  const rows = readRows(sources, FIELD_COLUMNS);
  const sourceIndex = (at: RowOrigin) =>
    sources.findIndex((s) => s.file === at.file && s.name === at.table);
  // A row rejected for its value still names its field: the field is there, with a bad value.
  const all = [...rows.records, ...rows.rejected].sort(
    (a, b) => sourceIndex(a.$at) - sourceIndex(b.$at) || a.$at.row - b.$at.row,
  );
  const record: Record<string, unknown> = {};
  const at: Record<string, RowOrigin> = {};
  const fieldIssues: Issue[] = [];
  // Rows whose value is read below as its field says (or ignored, for an unknown or repeated
  // field): their value's problems as plain text are not reported a second time.
  const valueRead = new Set<string>();
  let ok = rows.skipped === 0;
  for (const row of all) {
    // A name that could not be read (blank, too long) is already reported.
    if (row.truong === null) continue;
    valueRead.add(rowKey(row.$at));
    const name = String(row.truong);
    const field = fields.find(
      (f) =>
        f.key === nameKey(name) ||
        nameKey(f.header) === nameKey(name) ||
        nameKey(asCalcReadsIt(f.key)) === nameKey(name),
    );
    const loc = locate(row.$at, 'truong');
    if (!field) {
      fieldIssues.push(makeIssue('UNKNOWN_FIELD', { field: name, table: tableId }, loc));
      continue;
    }
    if (field.key in at) {
      fieldIssues.push(makeIssue('DUPLICATE_FIELD', { field: field.key }, loc));
      ok = false;
      continue;
    }
    const valueAt = {
      ...row.$at,
      letters: { [field.key]: row.$at.letters.gia_tri },
      headers: { [field.key]: field.header },
    };
    const read = readCell(row.$raw.gia_tri, field, valueAt);
    fieldIssues.push(...read.issues);
    record[field.key] = read.value;
    at[field.key] = valueAt;
    ok &&= read.ok;
  }
  const issues = rows.issues.filter(
    (i) => !(i.location?.column === 'gia_tri' && valueRead.has(rowKey(i.location))),
  );
  ok &&= !issues.some((i) => i.severity === 'error');
  issues.push(...fieldIssues);
  for (const field of fields) {
    if (field.key in at) continue;
    record[field.key] = null;
    // A source whose header was unreadable is already reported; its fields are not "missing".
    if (field.required && sources[0] && rows.skipped < sources.length) {
      issues.push(
        makeIssue(
          'MISSING_FIELD',
          { field: field.key, label: field.header },
          {
            file: sources[0].file,
            format: sources[0].format,
            table: sources[0].name,
          },
        ),
      );
      ok = false;
    }
  }
  return { record, at, ok, issues };
}
