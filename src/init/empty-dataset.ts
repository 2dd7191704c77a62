import type { ColumnDef } from '../contract/column';
import { FIELD_COLUMNS } from '../contract/fields-columns';
import { issuingBodyLines } from '../domain/issuing-body';
import type { TableDef } from '../contract/table';
import { TABLES, type TableId } from '../contract/tables';
import { periodCode } from '../domain/period';
import { placeName, type Commune, type Province } from '../domain/registry';
import { stripKindWord } from '../format';
import type { CivilDate, Period } from '../format/calendar-types';

/** A table as plain text cells under its column keys: what `init` writes as CSV or sheet. */
export interface PlainTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export type PlainDataset = Readonly<Record<TableId, PlainTable>>;

export interface EmptyDatasetInput {
  readonly province: Province;
  readonly period: Period;
  /** The registry's communes; those of other provinces are left out. */
  readonly communes: readonly Commune[];
  readonly reportDate?: CivilDate;
}

/** Columns of a `fields` table in CSV and JSON; `mo_ta` only helps the official. */
export const FIELD_COLUMN_KEYS = FIELD_COLUMNS.map((c) => c.key);

const iso = (d: CivilDate) =>
  [d.year, d.month, d.day].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');

function metaValues(input: EmptyDatasetInput): Record<string, string> {
  return {
    tinh: input.province.code,
    ky_bao_cao: periodCode(input.period),
    ngay_bao_cao: input.reportDate ? iso(input.reportDate) : '',
    ky_hieu: 'BC-UBND',
    co_quan_ban_hanh: issuingBodyLines(input.province).join(' '),
    dia_danh: placeName(input.province),
    ky_tham_quyen: 'KT.',
    ky_thay_chuc_vu: 'CHỦ TỊCH',
    ky_chuc_vu: 'PHÓ CHỦ TỊCH',
    luu: 'VT, HCC',
  };
}

/** The description shown beside a field: its Vietnamese header and hint. */
export const describeField = (c: ColumnDef): string =>
  c.hint ? `${c.header} — ${c.hint}` : c.header;

const fieldsTable = (def: TableDef, values: Record<string, string>): PlainTable => ({
  headers: FIELD_COLUMN_KEYS,
  rows: def.columns.map((c) => [c.key, values[c.key] ?? '', describeField(c)]),
});

/** Placed by key, not position, so reordering the contract's columns cannot misplace them. */
function unitRows(input: EmptyDatasetInput, headers: readonly string[]): string[][] {
  return input.communes
    .filter((c) => c.provinceCode === input.province.code)
    .map((c) => {
      const cells: Record<string, string> = {
        ma_don_vi: c.code,
        loai: c.kind,
        ten: c.name,
        ten_hien_thi: stripKindWord(c.name),
        nhom: 'xa_phuong',
      };
      return headers.map((h) => cells[h] ?? '');
    });
}

/** Rows of a table that lists units: each unit of DonVi, its code and name (`prefilled`). */
function prefilledRows(def: TableDef, units: readonly string[][], unitHeaders: readonly string[]) {
  const at = (key: string) => unitHeaders.indexOf(key);
  const from: Record<string, number> = { ma_don_vi: at('ma_don_vi'), ten_don_vi: at('ten') };
  return units.map((u) =>
    def.columns.map((c) => (def.prefilled?.includes(c.key) ? (u[from[c.key] ?? -1] ?? '') : '')),
  );
}

/**
 * The dataset `tthc init` hands to an official: every table of the contract, with what
 * the registry already knows filled in (province, period, communes) and the rest blank.
 */
export function emptyDataset(input: EmptyDatasetInput): PlainDataset {
  const tables: readonly TableDef[] = TABLES;
  const unitHeaders = tables.find((t) => t.id === 'DonVi')!.columns.map((c) => c.key);
  const units = unitRows(input, unitHeaders);
  const entries = tables.map((def): [string, PlainTable] => {
    if (def.id === 'ThongTin') return [def.id, fieldsTable(def, metaValues(input))];
    if (def.shape === 'fields') return [def.id, fieldsTable(def, {})];
    const headers = def.columns.map((c) => c.key);
    const rows =
      def.id === 'DonVi' ? units : def.prefilled ? prefilledRows(def, units, unitHeaders) : [];
    return [def.id, { headers, rows }];
  });
  return Object.fromEntries(entries) as PlainDataset;
}
