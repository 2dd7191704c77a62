import type { ColumnDef } from '../../contract/column';
import { FIELD_COLUMNS } from '../../contract/fields-columns';
import { nameKey } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import type { RawTable } from '../../ingest/raw-table';
import { readCell } from '../cells/read-cell';
import { locate, type RowOrigin } from '../origin';
import { readRows } from './read-rows';

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
  // A value's unprintable characters are reported once, below, under the field's own name.
  const issues = rows.issues.filter(
    (i) => !(i.code === 'CONTROL_CHARACTERS' && i.location?.column === 'gia_tri'),
  );
  const record: Record<string, unknown> = {};
  const at: Record<string, RowOrigin> = {};
  let ok =
    rows.rejected.length === 0 && rows.skipped === 0 && !issues.some((i) => i.severity === 'error');
  for (const row of rows.records) {
    const name = String(row.truong);
    const field = fields.find(
      (f) => f.key === nameKey(name) || nameKey(f.header) === nameKey(name),
    );
    const loc = locate(row.$at, 'truong');
    if (!field) {
      issues.push(makeIssue('UNKNOWN_FIELD', { field: name, table: tableId }, loc));
      continue;
    }
    if (field.key in at) {
      issues.push(makeIssue('DUPLICATE_FIELD', { field: field.key }, loc));
      ok = false;
      continue;
    }
    const valueAt = { ...row.$at, letters: { [field.key]: row.$at.letters.gia_tri } };
    const read = readCell(row.$raw.gia_tri, field, valueAt);
    issues.push(
      ...read.issues.map((i) => ({ ...i, location: { ...i.location!, column: field.key } })),
    );
    record[field.key] = read.value;
    at[field.key] = valueAt;
    ok &&= read.ok;
  }
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
