import type { Severity } from '../../src/issues/entry';
import type { Issue } from '../../src/issues/issue';
import type { IssueCode } from '../../src/issues/messages';
import type { Location } from '../../src/issues/location';
import { FIELD_COLUMNS } from '../../src/contract/fields-columns';
import type { TableDef } from '../../src/contract/table';
import { TABLES } from '../../src/contract/tables';

/**
 * The Vietnamese header the contract gives a column (or field) of a table; a source such as
 * `HoSo-igate` is its table's. Undefined for a column the contract does not know.
 */
export const headerOf = (table: string, column?: string): string | undefined => {
  if (column === undefined) return undefined;
  const def = (TABLES as readonly TableDef[]).find((t) => t.id === table.split('-')[0]);
  const columns = def?.shape === 'fields' ? [...def.columns, ...FIELD_COLUMNS] : def?.columns;
  return columns?.find((c) => c.key === column)?.header;
};

/** The codes of the issues of one severity, sorted, for comparison with a typed list. */
export const codesOf = (issues: readonly Issue[], severity: Severity): IssueCode[] =>
  issues
    .filter((i) => i.severity === severity)
    .map((i) => i.code)
    .sort();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches a message that contains every part, in any order. Messages may be reworded, so
 * tests only check the values they carry (names, numbers, dates).
 */
export const mentioning = (...parts: string[]): unknown =>
  expect.stringMatching(
    new RegExp(`^${parts.map((p) => `(?=[\\s\\S]*${escapeRegExp(p)})`).join('')}`),
  );

/** The location of a cell (or row, or whole file) of a CSV table named `<table>.csv`. */
export const csvAt = (table: string, row?: number, column?: string): Location => ({
  file: `${table}.csv`,
  format: 'csv',
  table,
  row,
  column,
  header: headerOf(table, column),
});
