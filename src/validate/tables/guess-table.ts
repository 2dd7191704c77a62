import { FIELD_COLUMNS } from '../../contract/fields-columns';
import { TABLES, type AnyTable } from '../../contract/tables';
import { asciiKey, nameKey } from '../../domain/closest-name';
import { cellText } from '../../domain/cell-text';
import type { RawTable } from '../../domain/raw-table';

/** Letters and digits only, without marks: "Đơn vị" and "Don_Vi" both give "donvi". */
const squeezed = (s: string) => asciiKey(s).replace(/[^a-z0-9]/g, '');

/** Column or field names of a table definition, by key and by Vietnamese header. */
const namesOf = (columns: readonly { key: string; header: string }[]) =>
  new Set(columns.flatMap((c) => [nameKey(c.key), nameKey(c.header)]));

const isField = (t: AnyTable) => t.shape === 'fields';

/** The contract tables a misnamed sheet was probably meant to be, and why it is thought so. */
export interface TableGuess {
  readonly table: AnyTable;
  /** "theo tên", "theo các cột ma_don_vi, ten, loai"… */
  readonly why: string;
}

/** At least this many of a table's columns (or fields), and half its required ones. */
const ENOUGH = 3;

function byColumns(raw: RawTable): TableGuess | null {
  const headers = new Set(raw.headers.map((h) => nameKey(h.text)));
  // A fields table on disk has the columns truong, gia_tri: its fields are in its rows.
  const fieldShaped = [...namesOf([FIELD_COLUMNS[0]])].some((n) => headers.has(n));
  let best: { table: AnyTable; hits: string[] } | null = null;
  for (const table of TABLES) {
    if (isField(table) !== fieldShaped) continue;
    const columns = table.columns as readonly { key: string; header: string; required: boolean }[];
    // A fields table is recognised by the names in its first column (tinh, ky_bao_cao…).
    const present = fieldShaped
      ? new Set(raw.rows.map((r) => nameKey(cellText(r.cells[0]))))
      : headers;
    const hits = columns.filter((c) => [...namesOf([c])].some((n) => present.has(n)));
    const required = columns.filter((c) => c.required);
    const requiredHits = hits.filter((c) => c.required).length;
    if (hits.length < ENOUGH || requiredHits * 2 < required.length) continue;
    if (!best || hits.length > best.hits.length) best = { table, hits: hits.map((c) => c.key) };
  }
  if (!best) return null;
  const what = fieldShaped ? 'các trường' : 'các cột';
  return { table: best.table, why: `theo ${what} ${best.hits.slice(0, 4).join(', ')}` };
}

/**
 * The table an unknown sheet or file was meant to be: by its name written another way
 * ("Đơn vị", "Don_Vi" for DonVi), or by its columns (a sheet "Bảng 1" with the columns of
 * HoSo). Null for a sheet that looks like no table ("Sheet1" of notes).
 */
export function guessTable(raw: RawTable): TableGuess | null {
  const k = squeezed(raw.name);
  const named = TABLES.find((t) => squeezed(t.id) === k || squeezed(t.title) === k);
  if (named) return { table: named, why: 'theo tên' };
  return byColumns(raw);
}
