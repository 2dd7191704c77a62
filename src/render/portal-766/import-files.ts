import type { PortalTables } from '../../compute/portal-766/portal-tables';
import { indexReadings, portalUnits, subIndicatorReadings, units } from '../../contract/tables';
import type { TargetUnit } from '../../validate/portal-766/map-departments';
import type { CivilDate } from '../../format/calendar-types';
import { toCsv } from '../init/write-csv-folder';

type Cell = string | number | CivilDate | null;

/** A cell as the data contract's CSV files write it: dates yyyy-mm-dd, decimals with ".". */
function cellText(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${v.year}-${two(v.month)}-${two(v.day)}`;
}

function table(
  columns: readonly { readonly key: string }[],
  rows: readonly Readonly<Record<string, Cell>>[],
): string {
  const headers = columns.map((c) => c.key);
  return toCsv({ headers, rows: rows.map((r) => headers.map((h) => cellText(r[h] ?? null))) });
}

/** A file the import writes into the dataset's folder. */
export interface ImportFile {
  readonly name: string;
  readonly text: string;
}

/**
 * The CSV files of an import, in the columns of the data contract: ChiSo766, ChiSoThanhPhan766,
 * DonViCong766, and DonVi when the dataset had none.
 */
export function importFiles(
  tables: PortalTables,
  newUnits: readonly TargetUnit[] | null,
): ImportFile[] {
  const files: ImportFile[] = [
    {
      name: `${indexReadings.id}.csv`,
      text: table(
        indexReadings.columns,
        tables.readings.map((r) => ({
          ma_don_vi: r.ma_don_vi,
          ngay: r.ngay,
          ...r.scores,
          tong_diem: r.tong_diem,
          xep_hang: r.xep_hang,
        })),
      ),
    },
    {
      name: `${subIndicatorReadings.id}.csv`,
      text: table(subIndicatorReadings.columns, tables.subs as never),
    },
    { name: `${portalUnits.id}.csv`, text: table(portalUnits.columns, tables.units as never) },
  ];
  if (newUnits)
    files.push({
      name: `${units.id}.csv`,
      text: table(
        units.columns,
        newUnits.map((u) => ({ ma_don_vi: u.id, loai: u.kind, ten: u.name })),
      ),
    });
  return files;
}
