import { AUXILIARY_SHEETS, TABLES, type AnyTable, type TableId } from '../../contract/tables';
import { asciiKey } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import type { RawTable } from '../../domain/raw-table';

const key = (s: string) => s.normalize('NFC').toLowerCase();

/** Letters and digits only, without marks: "Đơn vị" and "Don_Vi" both give "donvi". */
const squeezed = (s: string) => asciiKey(s).replace(/[^a-z0-9]/g, '');

/** The table a misnamed sheet was probably meant to be, by its id or its Vietnamese title. */
function suggestTable(name: string): string {
  const k = squeezed(name);
  const hit = TABLES.find((t) => squeezed(t.id) === k || squeezed(t.title) === k);
  return hit?.id ?? '';
}

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
          { table: table.name, known, suggestion: suggestTable(table.name) },
          { file: table.file, format: table.format, table: table.name },
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
