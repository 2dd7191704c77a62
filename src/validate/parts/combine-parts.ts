import type { ColumnDef } from '../../contract/column';
import { FIELD_COLUMNS } from '../../contract/fields-columns';
import type { TableDef } from '../../contract/table';
import { TABLES, type TableId } from '../../contract/tables';
import type { Dataset } from '../../domain/dataset';
import type { RowOrigin } from '../../domain/origin';
import type { RawDataset, RawTable } from '../../domain/raw-table';
import { formatPeriodTitle } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { tableNamed } from '../tables/resolve-tables';
import { carriedFeedback } from './carried-feedback';
import { cellOf } from './cells';
import type { Part } from './part';
import { placeIn } from './place';

type Row = Readonly<Record<string, unknown>> & { readonly $at: RowOrigin };

/** The rows of each `rows` table of a dataset, as the contract names the table. */
const ROWS: Partial<Record<TableId, (ds: Dataset) => readonly Row[]>> = {
  DonVi: (ds) =>
    ds.units.map((u) => ({
      ma_don_vi: u.id,
      loai: u.kind,
      ten: u.name,
      ten_hien_thi: u.displayName,
      nhom: u.group,
      $at: u.$at,
    })),
  HoSo: (ds) => ds.dossiers,
  PAKN: (ds) => ds.feedback,
  CongBo: (ds) => ds.publications,
  DuThao: (ds) => ds.drafts,
  VanBan: (ds) => ds.documents,
  TTHCNoiBo: (ds) => ds.internalDecisions,
  ChiSo766: (ds) => ds.indexReadings,
  TrungBinh766: (ds) => ds.indexAverages,
  ChiTieuDonVi: (ds) => ds.unitIndicators,
  ChiSoThanhPhan766: (ds) => ds.subIndicatorReadings,
  DonViCong766: (ds) => ds.portalUnits,
};

const rowsOf = (id: TableId, part: Part): readonly Row[] => ROWS[id]?.(part.dataset) ?? [];

/**
 * Rows of one part kept where they were: the part's file (named with its path), sheet, row
 * numbers and column letters, so that a problem found in them is named at the quarter's cell.
 */
function partTable(def: TableDef, part: Part, rows: readonly Row[]): RawTable {
  const at = rows[0]!.$at;
  return {
    name: at.table,
    file: placeIn(part.path, { file: at.file }).file,
    format: at.format,
    headers: def.columns.map((c) => ({ text: c.key, letter: at.letters[c.key] })),
    rows: rows.map((r) => ({ number: r.$at.row, cells: def.columns.map((c) => cellOf(r[c.key])) })),
    headerRow: 1,
  };
}

/** One figure of the period from the parts' values of it, as its column declares. */
function across(col: ColumnDef, values: readonly (Row | undefined)[]): unknown {
  const present = values.filter((r): r is Row => r !== undefined);
  const value = (r: Row | undefined) => (r ? r[col.key] : null) ?? null;
  switch (col.across) {
    case 'sum': {
      const numbers = present.map(value).filter((v): v is number => typeof v === 'number');
      return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0);
    }
    case 'end':
      return value(values[values.length - 1]);
    case 'start':
      return value(values[0]);
    case 'derived':
      // Recomputed from its parts by the same checks as any dataset, never summed.
      return null;
    default:
      // A key or a name: the latest part's.
      return value(present[present.length - 1]);
  }
}

/**
 * What a table's period row takes off its summed columns, from the parts' rows of its key:
 * 05b's feedback pending at a quarter's end, which the next quarter receives again.
 */
const LESS: Partial<
  Record<TableId, (rows: readonly (Row | undefined)[]) => Record<string, number>>
> = { PAKN: carriedFeedback };

/** One figure of the period, less what the table takes off it (LESS). */
function periodValue(
  col: ColumnDef,
  list: readonly (Row | undefined)[],
  less: Record<string, number>,
) {
  const v = across(col, list);
  return typeof v === 'number' && less[col.key] ? v - less[col.key]! : v;
}

/** A table whose rows of one key (unit and field) are made one row of the period. */
function byKey(def: TableDef, parts: readonly Part[], label: string): RawTable | null {
  const keyOf = (r: Row) =>
    (def.mergeKey ?? []).map((k) => String(r[k] ?? '').toLowerCase()).join('\u0000');
  const rows = new Map<string, (Row | undefined)[]>();
  parts.forEach((part, i) => {
    for (const row of rowsOf(def.id as TableId, part)) {
      const key = keyOf(row);
      const list = rows.get(key) ?? parts.map(() => undefined);
      list[i] = row;
      rows.set(key, list);
    }
  });
  if (rows.size === 0) return null;
  return {
    name: def.id,
    file: `${def.id} (${label})`,
    format: 'csv',
    headers: def.columns.map((c) => ({ text: c.key })),
    rows: [...rows.values()].map((list, i) => ({
      number: i + 2,
      cells: def.columns.map((c) =>
        cellOf(periodValue(c, list, LESS[def.id as TableId]?.(list) ?? {})),
      ),
    })),
    headerRow: 1,
  };
}

/** A table of fields (SoLieu): each field as its column declares. */
function fields(def: TableDef, parts: readonly Part[], label: string): RawTable | null {
  const records = parts.map((p) => ({
    ...(p.dataset.figures as Record<string, unknown>),
    $at: p.dataset.metaAt?.tinh ?? ({} as RowOrigin),
  }));
  const rows = def.columns.flatMap((c) => {
    const value = across(c, records);
    // The value column is text: a field is read by its own definition.
    return value === null ? [] : [[c.key, String(cellOf(value))]];
  });
  if (rows.length === 0) return null;
  return {
    name: def.id,
    file: `${def.id} (${label})`,
    format: 'csv',
    headers: FIELD_COLUMNS.slice(0, 2).map((c) => ({ text: c.key })),
    rows: rows.map((cells, i) => ({ number: i + 2, cells })),
    headerRow: 1,
  };
}

/** A list: the parts' rows one after another, a row repeated word for word kept once. */
function list(def: TableDef, parts: readonly Part[]): RawTable[] {
  const seen = new Set<string>();
  return parts.flatMap((part) => {
    const fresh = rowsOf(def.id as TableId, part).filter((r) => {
      const words = JSON.stringify(def.columns.map((c) => cellOf(r[c.key])));
      if (seen.has(words)) return false;
      seen.add(words);
      return true;
    });
    return fresh.length > 0 ? [partTable(def, part, fresh)] : [];
  });
}

/** Units: every part's, the latest part's row for a unit in several, in the latest's order. */
function units(def: TableDef, parts: readonly Part[]): RawTable[] {
  const taken = new Set<string>();
  const tables: RawTable[] = [];
  for (const part of [...parts].reverse()) {
    const fresh = rowsOf('DonVi', part).filter((r) => !taken.has(String(r.ma_don_vi)));
    fresh.forEach((r) => taken.add(String(r.ma_don_vi)));
    if (fresh.length > 0) tables.unshift(partTable(def, part, fresh));
  }
  return tables;
}

/** Readings as of a date: the last part that has rows. */
function latest(def: TableDef, parts: readonly Part[]): RawTable[] {
  const last = [...parts].reverse().find((p) => rowsOf(def.id as TableId, p).length > 0);
  return last ? [partTable(def, last, rowsOf(def.id as TableId, last))] : [];
}

/**
 * The dataset of a 6-month, 9-month or annual period made from its parts (quarters, in time
 * order, each checked by itself), as tables to be read and checked like any dataset: the
 * period's own tables (ThongTin, Kính gửi, Nơi nhận) from its own data, the others combined as
 * the contract declares (`combine` of each table, `across` of each column). A table the
 * period's own data gives is taken from there, with a warning, instead of from the parts.
 */
export function combineParts(
  own: RawDataset,
  parts: readonly Part[],
): { dataset: RawDataset; issues: Issue[] } {
  const issues: Issue[] = [];
  const ownIds = new Set<string>();
  for (const t of own.tables) {
    const def = tableNamed(t.name);
    if (!def) continue;
    ownIds.add(def.id);
    if (def.combine !== 'own')
      issues.push(
        makeIssue(
          'PART_TABLE_OWN',
          { table: def.id, file: t.file },
          { file: t.file, format: t.format, table: t.name },
        ),
      );
  }
  const label = `cộng ${parts.map((p) => formatPeriodTitle(p.dataset.period)).join(', ')}`;
  const combined = (TABLES as readonly TableDef[]).flatMap((def): RawTable[] => {
    if (ownIds.has(def.id)) return [];
    switch (def.combine) {
      case 'own':
        return [];
      case 'units':
        return units(def, parts);
      case 'by-key':
        return [byKey(def, parts, label)].filter((t): t is RawTable => t !== null);
      case 'fields':
        return [fields(def, parts, label)].filter((t): t is RawTable => t !== null);
      case 'list':
        return list(def, parts);
      case 'latest':
        return latest(def, parts);
    }
  });
  return {
    dataset: { source: own.source, tables: [...own.tables, ...combined], issues: own.issues },
    issues,
  };
}
