import type { CivilDate } from '../format/calendar-types';
import type { ColumnDef, ColumnType } from './column';

/**
 * A table of the data contract. `rows` tables have one record per row; `fields` tables
 * (metadata, other figures) have two columns, field and value, and one row per field.
 */
export interface TableDef<
  Id extends string = string,
  Cols extends readonly ColumnDef[] = readonly ColumnDef[],
> {
  readonly id: Id;
  readonly title: string;
  readonly hint: string;
  readonly shape: 'rows' | 'fields';
  readonly required: boolean;
  readonly columns: Cols;
  /**
   * Columns identifying a record when several sources feed the table (since 2026 dossiers
   * sit in several systems): rows with the same key are summed, with a warning.
   */
  readonly mergeKey?: readonly string[];
  /**
   * Columns `tthc init` fills in on every row for the official (the units of `DonVi`). A row
   * with nothing typed beyond them is skipped with a warning, not read as a row of zeros.
   */
  readonly prefilled?: readonly string[];
  /** How a longer period built from its quarters takes this table (docs/periods.md). */
  readonly combine: Combine;
}

/**
 * How `tthc build --cac-quy` makes a 6-month, 9-month or annual table from the quarters':
 * - `own`: the period's own (its frame, Kính gửi, Nơi nhận), from the period's folder;
 * - `units`: every quarter's units, the latest quarter's row for a unit in several;
 * - `by-key`: rows of one key (`mergeKey`: unit and field) made one, column by column as each
 *   column's `across` says;
 * - `fields`: each field as its `across` says;
 * - `list`: one row per record (decision, draft, letter): the quarters' rows one after another,
 *   a row repeated word for word in several quarters kept once;
 * - `latest`: readings as of a date: the last quarter that has rows.
 */
export type Combine = 'own' | 'units' | 'by-key' | 'fields' | 'list' | 'latest';

type ValueOf<T extends ColumnType> = T extends 'text' | 'enum'
  ? string
  : T extends 'date'
    ? CivilDate
    : number;

type CellOf<C> =
  C extends ColumnDef<string, infer T, infer R>
    ? R extends true
      ? ValueOf<T>
      : ValueOf<T> | null
    : never;

/** The typed record of one row (or of the whole `fields` table) of a table definition. */
export type RecordOf<Def extends TableDef> = {
  readonly [C in Def['columns'][number] as C['key']]: CellOf<C>;
};
