import { AUXILIARY_SHEETS, TABLES, type AnyTable, type TableId } from '../../contract/tables';
import { makeIssue, type Issue } from '../../issues/issue';
import type { RawTable } from '../../domain/raw-table';
import { copyOf } from './copy-name';
import { guessTable } from './guess-table';
import { repeatedSources } from './same-rows';

const key = (s: string) => s.normalize('NFC').toLowerCase();

/** The table a raw table's name makes it a source of: "HoSo", "HoSo-igate", "HoSo_bo nganh". */
export function tableNamed(name: string): AnyTable | undefined {
  const base = key(name.trim()).split(/[-_ (]/)[0] ?? '';
  return TABLES.find((t) => key(t.id) === base);
}

const where = (t: RawTable) => ({ file: t.file, format: t.format, table: t.name });

/** "HoSo.csv" or "du-lieu.xlsx › HoSo": a source, as a message names it. */
const sourceName = (t: RawTable) => (t.format === 'xlsx' ? `${t.file} › ${t.name}` : t.file);

export interface ResolvedTables {
  sources: Map<TableId, RawTable[]>;
  issues: Issue[];
  /** Tables an unread, misnamed sheet or file was taken for: already reported, not "missing". */
  guessed: Set<TableId>;
}

/**
 * Matches each raw table to a table of the contract by name. "HoSo-igate" or "HoSo_bo nganh"
 * is a further source of HoSo, so one table may have several sources. Never summed: a copy
 * ("HoSo - Copy", "HoSo (1)"), a source with the very rows of another, a sheet whose name or
 * columns say it is a table under another name ("Hồ sơ") — each is an error naming it.
 */
export function resolveTables(raw: readonly RawTable[]): ResolvedTables {
  const sources = new Map<TableId, RawTable[]>();
  const issues: Issue[] = [];
  const guessed = new Set<TableId>();
  for (const table of raw) {
    if (AUXILIARY_SHEETS.some((s) => key(s) === key(table.name))) continue;
    const copy = copyOf(table.name);
    const copied = copy ? tableNamed(copy.original) : undefined;
    if (copy && copied) {
      issues.push(
        makeIssue(
          'STRAY_TABLE_COPY',
          { table: sourceName(table), marker: copy.marker, id: copied.id },
          where(table),
        ),
      );
      continue;
    }
    const def = tableNamed(table.name);
    if (def) {
      sources.set(def.id, [...(sources.get(def.id) ?? []), table]);
      continue;
    }
    const guess = guessTable(table);
    if (guess) {
      guessed.add(guess.table.id);
      issues.push(
        makeIssue(
          'TABLE_MISNAMED',
          {
            table: table.name,
            suggestion: guess.table.id,
            title: guess.table.title,
            why: guess.why,
          },
          where(table),
        ),
      );
      continue;
    }
    const known = TABLES.map((t) => t.id).join(', ');
    issues.push(makeIssue('UNKNOWN_TABLE', { table: table.name, known }, where(table)));
  }
  for (const [id, list] of sources) {
    // The source named exactly as the table is the original; "HoSo-cu" is its copy.
    const exact = (t: RawTable) => (key(t.name.trim()) === key(id) ? 0 : 1);
    const repeats = repeatedSources([...list].sort((a, b) => exact(a) - exact(b)));
    for (const [copy, original] of repeats)
      issues.push(
        makeIssue(
          'DUPLICATE_SOURCE',
          { table: sourceName(copy), other: sourceName(original), rows: copy.rows.length },
          where(copy),
        ),
      );
    const dropped = new Set(repeats.map(([copy]) => copy));
    sources.set(
      id,
      list.filter((s) => !dropped.has(s)),
    );
  }
  return { sources, issues, guessed };
}

/** Tables that the quarterly report reads beside HoSo: with any of them, HoSo is expected. */
const REPORT_TABLES: readonly TableId[] = [
  'PAKN',
  'CongBo',
  'DuThao',
  'VanBan',
  'TTHCNoiBo',
  'SoLieu',
];

/**
 * Errors for required tables that no source provides, and for HoSo when the other tables of
 * the quarterly report are there (a deleted or broken sheet would otherwise build the package
 * without its report). A table a misnamed sheet was taken for is reported already, and so is
 * one whose file the reader could not read (`unread`).
 */
export function missingTables(
  sources: Map<TableId, RawTable[]>,
  file: string,
  guessed: ReadonlySet<TableId> = new Set(),
  unread: ReadonlySet<TableId> = new Set(),
): Issue[] {
  const absent = (t: AnyTable) => !sources.has(t.id) && !guessed.has(t.id);
  const issues = TABLES.filter((t) => t.required && absent(t)).map((t) =>
    makeIssue('MISSING_TABLE', { table: t.id, title: t.title }, { file }),
  );
  const dossiers = TABLES.find((t) => t.id === 'HoSo')!;
  const present = REPORT_TABLES.filter((id) => sources.has(id));
  // A HoSo file that could not be read (empty, too large) is reported as such already.
  if (present.length > 0 && absent(dossiers) && !unread.has(dossiers.id))
    issues.push(
      makeIssue(
        'REPORT_TABLE_MISSING',
        { table: dossiers.id, title: dossiers.title, present: present.join(', ') },
        { file },
      ),
    );
  return issues;
}
