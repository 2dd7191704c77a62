import type { ColumnDef } from '../../contract/column';
import { makeIssue, type Issue } from '../../issues/issue';
import type { RawCell } from '../../ingest/raw-table';
import { locate, type RowOrigin } from '../origin';
import { cellIssueCode } from './cell-issue';
import { columnSchema } from './column-schema';
import { readNumber } from './read-number';

const isBlank = (v: RawCell | undefined) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

const schemas = new WeakMap<ColumnDef, ReturnType<typeof columnSchema>>();
const schemaOf = (col: ColumnDef) => {
  let s = schemas.get(col);
  if (!s) schemas.set(col, (s = columnSchema(col)));
  return s;
};

/**
 * Reads one cell against its column: `value` is the typed value (null when blank), `ok` is
 * false when the cell holds an error. Warnings (numbers typed as text) come with ok = true.
 */
export function readCell(
  raw: RawCell | undefined,
  col: ColumnDef,
  at: RowOrigin,
): { ok: boolean; value: unknown; issues: Issue[] } {
  const loc = locate(at, col.key);
  if (isBlank(raw)) {
    if (!col.required) return { ok: true, value: null, issues: [] };
    return {
      ok: false,
      value: null,
      issues: [makeIssue('REQUIRED_VALUE', { header: col.header }, loc)],
    };
  }
  const result = schemaOf(col).safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    const code = first ? cellIssueCode(first, col) : 'NOT_A_NUMBER';
    const allowed = (col.options ?? []).map((o) => o.value).join(', ');
    const params = { value: String(raw), header: col.header, max: col.max ?? '', allowed };
    return { ok: false, value: null, issues: [makeIssue(code, params, loc)] };
  }
  const issues: Issue[] = [];
  const numeric = col.type === 'count' || col.type === 'decimal' || col.type === 'percent';
  if (numeric && typeof raw === 'string' && at.format !== 'csv') {
    const number = String(result.data);
    issues.push(makeIssue('NUMBER_AS_TEXT', { value: raw, number }, loc));
  } else if (
    numeric &&
    typeof raw === 'string' &&
    readNumber(raw, col.type === 'count')?.fromGroupedText
  ) {
    issues.push(makeIssue('NUMBER_AS_TEXT', { value: raw, number: String(result.data) }, loc));
  }
  return { ok: true, value: result.data, issues };
}
