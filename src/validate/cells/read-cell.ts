import type { ColumnDef } from '../../contract/column';
import { MAX_COUNT, MAX_TEXT_LENGTH } from '../../contract/cell-limits';
import { formatCount, formatDateNumeric, toNfc } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { shownValue } from '../../issues/shown-value';
import { isSheetFault, PercentCell, type RawCell } from '../../domain/raw-table';
import { locate } from '../origin';
import type { RowOrigin } from '../../domain/origin';
import { cellIssueCode } from './cell-issue';
import { bidiControls, cleanText } from './clean-text';
import { columnSchema, plainValue } from './column-schema';
import { serialOf } from './read-date';
import { hasPercentSign, readNumber } from './read-number';

export const isBlank = (v: RawCell | undefined) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

const schemas = new WeakMap<ColumnDef, ReturnType<typeof columnSchema>>();
const schemaOf = (col: ColumnDef) => {
  let s = schemas.get(col);
  if (!s) schemas.set(col, (s = columnSchema(col)));
  return s;
};

type Read = { ok: boolean; value: unknown; issues: Issue[] };

/** A formula saved without its result, or an error value (#REF!): the cell has no value. */
function faultIssue(raw: RawCell, col: ColumnDef, at: RowOrigin): Read | undefined {
  if (!isSheetFault(raw)) return undefined;
  const loc = locate(at, col.key);
  const issue =
    raw.fault === 'formula'
      ? makeIssue('FORMULA_NO_RESULT', { formula: shownValue(raw.text) }, loc)
      : raw.fault === 'error'
        ? makeIssue('CELL_ERROR_VALUE', { value: raw.text, header: col.header }, loc)
        : // A JSON object or list: never printed as its JSON text into a document.
          makeIssue('JSON_NESTED_VALUE', { kind: raw.fault, header: col.header }, loc);
  return { ok: false, value: null, issues: [issue] };
}

/**
 * Text over the limit, counted as it would be stored (trimmed, NFC: decomposed Vietnamese is
 * shorter once composed). The only length check: the column's schema has none.
 */
function tooLong(cell: string, col: ColumnDef, at: RowOrigin): Read | undefined {
  if (col.type !== 'text') return undefined;
  const length = toNfc(cell.trim()).length;
  if (length <= MAX_TEXT_LENGTH) return undefined;
  const params = {
    value: shownValue(cell),
    length: formatCount(length),
    max: formatCount(MAX_TEXT_LENGTH),
    header: col.header,
  };
  return {
    ok: false,
    value: null,
    issues: [makeIssue('TEXT_TOO_LONG', params, locate(at, col.key))],
  };
}

/** "1,000" in a count: 1 in Vietnamese, one thousand in English. Never guessed. */
const ENGLISH_THOUSANDS = /^\d{1,3}(,\d{3})+$/;

function ambiguousCount(cell: string, col: ColumnDef, at: RowOrigin): Read | undefined {
  const text = cell.trim();
  if (col.type !== 'count' || !ENGLISH_THOUSANDS.test(text)) return undefined;
  const digits = text.replace(/,/g, '');
  const params = {
    value: text,
    thousands: formatCount(Number(digits)),
    plain: digits,
    header: col.header,
  };
  return {
    ok: false,
    value: null,
    issues: [makeIssue('AMBIGUOUS_NUMBER', params, locate(at, col.key))],
  };
}

const NUMBER_KINDS: Partial<Record<ColumnDef['type'], string>> = {
  count: 'số lượng',
  decimal: 'số thập phân (điểm)',
};

/** "1000%" in a count or a score: a percentage is no count, whatever its digits. */
function percentInNumber(cell: string, col: ColumnDef, at: RowOrigin): Read | undefined {
  const kind = NUMBER_KINDS[col.type];
  if (!kind || !hasPercentSign(cell)) return undefined;
  const params = { value: shownValue(cell), header: col.header, kind };
  return {
    ok: false,
    value: null,
    issues: [makeIssue('PERCENT_NOT_ALLOWED', params, locate(at, col.key))],
  };
}

/** Characters that reorder text on screen (U+202E): a name would print reversed. */
function bidiIssue(cell: string, col: ColumnDef, at: RowOrigin): Read | undefined {
  const found = bidiControls(cell);
  if (found.length === 0) return undefined;
  const params = { codes: [...new Set(found)].join(', '), header: col.header };
  return {
    ok: false,
    value: null,
    issues: [makeIssue('BIDI_CONTROL', params, locate(at, col.key))],
  };
}

/** Warnings of a value that was read, but not as typed: numbers and dates written as text or serials. */
function readingWarnings(raw: RawCell, col: ColumnDef, at: RowOrigin, value: unknown): Issue[] {
  const loc = () => locate(at, col.key);
  const numeric = col.type === 'count' || col.type === 'decimal' || col.type === 'percent';
  if (
    numeric &&
    typeof raw === 'string' &&
    (at.format !== 'csv' || readNumber(raw, col.type)?.fromGroupedText)
  )
    return [makeIssue('NUMBER_AS_TEXT', { value: shownValue(raw), number: String(value) }, loc())];
  const serial = col.type === 'date' ? serialOf(raw) : undefined;
  if (serial !== undefined && value && typeof value === 'object' && 'day' in value) {
    const date = formatDateNumeric(value as Parameters<typeof formatDateNumeric>[0]);
    return [makeIssue('DATE_AS_SERIAL', { value: shownValue(raw), date }, loc())];
  }
  return [];
}

/**
 * Reads one cell against its column: `value` is the typed value (null when blank), `ok` is
 * false when the cell holds an error. Warnings (numbers typed as text, dates as serials,
 * unprintable characters removed) come with ok = true.
 */
export function readCell(raw: RawCell | undefined, col: ColumnDef, at: RowOrigin): Read {
  // Made only for an issue: a table of 100,000 rows has a million cells and few issues.
  const loc = () => locate(at, col.key);
  if (isBlank(raw)) {
    // The declared policy (docs/data.md, the workbook's instructions): officials leave zeros blank.
    if (col.blankIsZero) return { ok: true, value: 0, issues: [] };
    if (!col.required) return { ok: true, value: null, issues: [] };
    return {
      ok: false,
      value: null,
      issues: [makeIssue('REQUIRED_VALUE', { header: col.header }, loc())],
    };
  }
  const fault = faultIssue(raw!, col, at);
  if (fault) return fault;
  const issues: Issue[] = [];
  let cell = raw!;
  // A number shown as a percentage: its value as shown in a percentage column, else its text.
  if (cell instanceof PercentCell) cell = col.type === 'percent' ? cell.percent : String(cell);
  if (typeof cell === 'string') {
    const cleaned = cleanText(cell);
    if (cleaned.removed.length > 0) {
      const codes = [...new Set(cleaned.removed)].join(', ');
      const params = { count: cleaned.removed.length, codes, header: col.header };
      issues.push(makeIssue('CONTROL_CHARACTERS', params, loc()));
      cell = cleaned.text;
      if (isBlank(cell)) {
        // Nothing but unprintable characters: the cell is empty, and the official is told why.
        const blank = readCell(null, col, at);
        return { ...blank, issues: [...issues, ...blank.issues] };
      }
    }
  }
  const refused =
    typeof cell === 'string'
      ? (tooLong(cell, col, at) ??
        bidiIssue(cell, col, at) ??
        ambiguousCount(cell, col, at) ??
        percentInNumber(cell, col, at))
      : undefined;
  if (refused) return { ...refused, issues: [...issues, ...refused.issues] };
  const plain = plainValue(cell, col);
  const result =
    plain !== undefined ? ({ success: true, data: plain } as const) : schemaOf(col).safeParse(cell);
  if (!result.success) {
    const first = result.error.issues[0];
    const code = first ? cellIssueCode(first, col) : 'NOT_A_NUMBER';
    const allowed = (col.options ?? []).map((o) => o.value).join(', ');
    // A count's limit is the contract's, not the largest integer a double holds exactly
    // (zod's own bound for whole numbers, 9.007.199.254.740.991).
    const max =
      col.max ??
      (col.type === 'count'
        ? MAX_COUNT
        : code === 'ABOVE_MAXIMUM' && first && 'maximum' in first
          ? Number(first.maximum)
          : '');
    const params = {
      value: shownValue(cell),
      header: col.header,
      max: typeof max === 'number' ? formatCount(max) : max,
      allowed,
    };
    return { ok: false, value: null, issues: [...issues, makeIssue(code, params, loc())] };
  }
  issues.push(...readingWarnings(cell, col, at, result.data));
  return { ok: true, value: result.data, issues };
}
