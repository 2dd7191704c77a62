import { formatNumber } from '../format';
import { makeIssue, type Issue } from '../issues/issue';
import { MAX_TABLE_ROWS } from './input-limits';
import { duplicateKeys } from './json-duplicate-keys';
import { findJsonSyntaxError } from './json-syntax-error';
import type { RawCell, RawTable } from '../domain/raw-table';

type JsonRecord = Record<string, unknown>;

/** Should JSON.parse ever refuse a text the checker reads: no place to give, still a way on. */
const UNLOCATED = 'mở tệp bằng một trình soạn thảo có kiểm tra JSON để tìm chỗ sai';

const isRecord = (v: unknown): v is JsonRecord =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value of a record as a cell; an object or a list is a fault, never its JSON text. */
function toCell(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return Array.isArray(v) ? { fault: 'array', text: '[…]' } : { fault: 'object', text: '{…}' };
}

/** "bảng HoSo, bản ghi HoSo[2]": where a repeated key stands, for the message. */
function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'ở cấp ngoài cùng (tên bảng)';
  const [table, ...rest] = path;
  const inner = rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
  return rest.length === 0
    ? `trong bảng ${String(table)}`
    : `trong bản ghi ${String(table)}${inner}`;
}

/** The repeated keys of a JSON text, each where an official can find it. */
function duplicateKeyIssues(text: string, file: string): Issue[] {
  return duplicateKeys(text).map((d) => {
    const params = {
      key: d.key,
      where: describePath(d.path),
      line: d.line,
      other: d.firstLine,
    };
    const [table, row] = d.path;
    const at =
      d.path.length === 0
        ? { file, format: 'json' as const, table: d.key }
        : d.path.length === 1 && typeof table === 'string'
          ? { file, format: 'json' as const, table, column: d.key }
          : d.path.length === 2 && typeof table === 'string' && typeof row === 'number'
            ? { file, format: 'json' as const, table, row, column: d.key }
            : { file, row: d.line };
    return makeIssue('JSON_DUPLICATE_KEY', params, at);
  });
}

/** A `fields` table may be written as an object: { "tinh": "15", … }. */
function objectToRows(obj: JsonRecord): JsonRecord[] {
  return Object.entries(obj).map(([truong, gia_tri]) => ({ truong, gia_tri }));
}

function tableFromRecords(name: string, file: string, records: JsonRecord[]): RawTable {
  const keys: string[] = [];
  for (const r of records) for (const k of Object.keys(r)) if (!keys.includes(k)) keys.push(k);
  return {
    name,
    file,
    format: 'json',
    headers: keys.map((text) => ({ text })),
    rows: records.map((r, i) => ({ number: i, cells: keys.map((k) => toCell(r[k])) })),
    headerRow: 0,
  };
}

/**
 * Where and why JSON.parse refused the text, in Vietnamese. The line is given as the line of
 * a text file (no `format`: a JSON location's row is a record index), the character in the reason.
 */
function syntaxIssue(text: string, file: string): Issue {
  const found = findJsonSyntaxError(text);
  if (!found) return makeIssue('JSON_SYNTAX', { reason: UNLOCATED }, { file, format: 'json' });
  const reason = `${found.reason} (ký tự thứ ${formatNumber(found.column)} của dòng)`;
  return makeIssue('JSON_SYNTAX', { reason }, { file, row: found.line });
}

/**
 * Reads a dataset written as one JSON object whose keys are table names and whose values
 * are arrays of records (or, for field tables, one object).
 */
export function parseJson(text: string, file: string): { tables: RawTable[]; issues: Issue[] } {
  const loc = { file, format: 'json' as const };
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { tables: [], issues: [makeIssue('FILE_EMPTY', {}, loc)] };
  let doc: unknown;
  try {
    doc = JSON.parse(clean);
  } catch {
    return { tables: [], issues: [syntaxIssue(clean, file)] };
  }
  if (!isRecord(doc)) {
    const reason = 'cần một đối tượng có khóa là tên bảng';
    return { tables: [], issues: [makeIssue('JSON_SHAPE', { reason }, loc)] };
  }
  const tables: RawTable[] = [];
  const issues: Issue[] = duplicateKeyIssues(clean, file);
  for (const [name, value] of Object.entries(doc)) {
    if (Array.isArray(value) && value.length > MAX_TABLE_ROWS) {
      const limit = formatNumber(MAX_TABLE_ROWS);
      issues.push(makeIssue('TOO_MANY_ROWS', { limit }, { ...loc, table: name }));
    } else if (isRecord(value)) tables.push(tableFromRecords(name, file, objectToRows(value)));
    else if (Array.isArray(value) && value.every(isRecord))
      tables.push(tableFromRecords(name, file, value));
    else {
      const reason = `bảng "${name}" phải là một mảng các bản ghi`;
      issues.push(makeIssue('JSON_SHAPE', { reason }, { ...loc, table: name }));
    }
  }
  return { tables, issues };
}
