import { AUXILIARY_SHEETS, TABLES, type AnyTable, type TableId } from '../../contract/tables';
import { makeIssue, type Issue } from '../../issues/issue';
import type { RawTable } from '../../ingest/raw-table';

const key = (s: string) => s.normalize('NFC').toLowerCase();

/**
 * Matches each raw table to a table of the contract by name. "HoSo-igate" or "HoSo_bo nganh"
 * is a further source of HoSo, so one table may have several sources.
 */
export function resolveTables(raw: readonly RawTable[]): {
  sources: Map<TableId, RawTable[]>;
  issues: Issue[];
} {
  const sources = new Map<TableId, RawTable[]>();
  const issues: Issue[] = [];
  for (const table of raw) {
    if (AUXILIARY_SHEETS.some((s) => key(s) === key(table.name))) continue;
    const base = key(table.name.trim()).split(/[-_ (]/)[0] ?? '';
    const def: AnyTable | undefined = TABLES.find((t) => key(t.id) === base);
    if (!def) {
      const known = TABLES.map((t) => t.id).join(', ');
      issues.push(
        makeIssue(
          'UNKNOWN_TABLE',
          { table: table.name, known },
          { file: table.file, format: table.format },
        ),
      );
      continue;
    }
    sources.set(def.id, [...(sources.get(def.id) ?? []), table]);
  }
  return { sources, issues };
}

/** Errors for required tables that no source provides. */
export function missingTables(sources: Map<TableId, RawTable[]>, file: string): Issue[] {
  return TABLES.filter((t) => t.required && !sources.has(t.id)).map((t) =>
    makeIssue('MISSING_TABLE', { table: t.id, title: t.title }, { file }),
  );
}
