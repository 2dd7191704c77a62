/** The kinds of value a data cell may hold, as the data contract names them. */
export type ColumnType = 'text' | 'count' | 'decimal' | 'percent' | 'date' | 'enum';

/** One choice of an `enum` column: the stored value and the label shown to officials. */
export interface EnumOption {
  readonly value: string;
  readonly label: string;
}

/**
 * One column of a table of the data contract. `key` is the CSV/JSON name, `header` the
 * Vietnamese header of the XLSX sheet; either is accepted in any input format.
 */
export interface ColumnDef<
  K extends string = string,
  T extends ColumnType = ColumnType,
  R extends boolean = boolean,
> {
  readonly key: K;
  readonly header: string;
  readonly type: T;
  readonly required: R;
  readonly hint: string;
  readonly example: string;
  readonly options?: readonly EnumOption[];
  /** Largest allowed value (group scores of index 766, percentages). */
  readonly max?: number;
  /** Column of a statistical form fed by this field, e.g. "06c (4)". */
  readonly form?: string;
  /**
   * A blank cell of this required column reads 0 (the declared policy for counts: officials
   * leave zeros blank). Set by `count`; a rank opts out, a blank rank being no rank.
   */
  readonly blankIsZero?: boolean;
}

type Spec = { hint: string; example: string; form?: string; max?: number; blankIsZero?: boolean };

function make<K extends string, T extends ColumnType>(
  type: T,
  key: K,
  header: string,
  spec: Spec,
): ColumnDef<K, T, true> {
  return { key, header, type, required: true, ...spec };
}

export const text = <K extends string>(key: K, header: string, spec: Spec) =>
  make('text', key, header, spec);
export const count = <K extends string>(key: K, header: string, spec: Spec) =>
  make('count', key, header, { blankIsZero: true, ...spec });
export const decimal = <K extends string>(key: K, header: string, spec: Spec) =>
  make('decimal', key, header, spec);
export const percent = <K extends string>(key: K, header: string, spec: Spec) =>
  make('percent', key, header, { max: 100, ...spec });
export const date = <K extends string>(key: K, header: string, spec: Spec) =>
  make('date', key, header, spec);
export const choice = <K extends string>(
  key: K,
  header: string,
  options: readonly EnumOption[],
  spec: Spec,
): ColumnDef<K, 'enum', true> => ({ ...make('enum', key, header, spec), options });

/** Marks a column as optional: a blank cell is allowed and read as `null`. */
export function optional<K extends string, T extends ColumnType>(
  column: ColumnDef<K, T, boolean>,
): ColumnDef<K, T, false> {
  return { ...column, required: false };
}
