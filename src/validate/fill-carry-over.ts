import { dossiers } from '../contract/tables';
import { completeTotals } from '../domain/complete-totals';
import type { Dataset } from '../domain/dataset';
import type { RowOrigin } from '../domain/origin';
import type { RawCell, RawDataset, RawTable } from '../domain/raw-table';
import { formatNumber } from '../format';
import { makeIssue, type Issue } from '../issues/issue';
import { formatLocation } from '../issues/location';
import { isBlank } from './cells/read-cell';
import { locate } from './origin';
import { placeIn } from './parts/place';
import { mapHeaders } from './tables/header-map';

const COLUMN = 'ky_truoc_chuyen_sang';

interface Pending {
  value: number;
  at: RowOrigin;
}

const keyOf = (r: { ma_don_vi: string; linh_vuc: string | null }) =>
  `${r.ma_don_vi}\u0000${(r.linh_vuc ?? '').toLowerCase()}`;

/** The previous period's pending dossiers (06c (11)) by unit and field, and by unit. */
function pendingOf(previous: Dataset) {
  const byKey = new Map<string, Pending>();
  const byUnit = new Map<string, Pending>();
  for (const row of previous.dossiers) {
    const value = completeTotals('HoSo', row).tong_dang_giai_quyet ?? 0;
    byKey.set(keyOf(row), { value, at: row.$at });
    const unit = byUnit.get(row.ma_don_vi);
    if (unit) unit.value += value;
    else byUnit.set(row.ma_don_vi, { value, at: row.$at });
  }
  return { byKey, byUnit };
}

/**
 * "Từ kỳ trước chuyển sang" (06c (6)) left blank, filled from the previous period's pending
 * dossiers (06c (11)) of the same unit and field, or of the unit when it has one row now
 * (`--dien-tu-ky-truoc`, issue 17). Only blank cells are filled, in the tables as read, so the
 * filled dataset is then checked like any other; a typed value is never replaced, and one that
 * differs stays the error `--ky-truoc` reports. Each filled cell is said, naming both places.
 */
export function fillCarryOver(
  raw: RawDataset,
  current: Dataset,
  previous: Dataset,
  previousPath = '',
): { dataset: RawDataset; issues: Issue[] } {
  const { byKey, byUnit } = pendingOf(previous);
  const rowsOfUnit = new Map<string, number>();
  for (const r of current.dossiers)
    rowsOfUnit.set(r.ma_don_vi, (rowsOfUnit.get(r.ma_don_vi) ?? 0) + 1);
  const names = new Map(current.units.map((u) => [u.id, u.name]));
  // Cells to write, by table and row number.
  const writes = new Map<RawTable, Map<number, { index: number; value: number }>>();
  const issues: Issue[] = [];
  for (const row of current.dossiers) {
    const table = raw.tables.find((t) => t.file === row.$at.file && t.name === row.$at.table);
    const index = table ? mapHeaders(table, dossiers.columns).map.get(COLUMN) : undefined;
    const cells = table?.rows.find((r) => r.number === row.$at.row)?.cells;
    if (!table || index === undefined || !cells || !isBlank(cells[index])) continue;
    const pending =
      byKey.get(keyOf(row)) ??
      (rowsOfUnit.get(row.ma_don_vi) === 1 ? byUnit.get(row.ma_don_vi) : undefined);
    // Blank already reads 0: nothing to fill where nothing was pending.
    if (!pending || pending.value === 0) continue;
    const rows = writes.get(table) ?? new Map();
    rows.set(row.$at.row, { index, value: pending.value });
    writes.set(table, rows);
    issues.push(
      makeIssue(
        'CARRY_OVER_FILLED',
        {
          unit: names.get(row.ma_don_vi) ?? row.ma_don_vi,
          value: formatNumber(pending.value),
          previous: formatLocation(
            placeIn(previousPath, locate(pending.at, 'tong_dang_giai_quyet')),
          ),
        },
        locate(row.$at, COLUMN),
      ),
    );
  }
  const tables = raw.tables.map((t) => {
    const rows = writes.get(t);
    if (!rows) return t;
    return {
      ...t,
      rows: t.rows.map((r) => {
        const write = rows.get(r.number);
        if (!write) return r;
        const cells: RawCell[] = [...r.cells];
        while (cells.length <= write.index) cells.push(null);
        cells[write.index] = write.value;
        return { ...r, cells };
      }),
    };
  });
  return { dataset: { ...raw, tables }, issues };
}
