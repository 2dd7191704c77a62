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
  /**
   * How a longer period (6 months, 9 months, year) takes this figure from its quarters
   * (docs/periods.md). Declared on every numeric column; absent on text, dates and choices.
   */
  readonly across?: Across;
}

/**
 * How a numeric column of a quarter makes the figure of a longer period built from quarters:
 * - `sum`: a flow (received, resolved, issued in the period): summed across the quarters;
 * - `end`: a stock (pending, TTHC in force, staff, a cumulative count): the last quarter's;
 * - `start`: a stock at the period's start (carried over, published before the period): the
 *   first quarter's;
 * - `derived`: a total the form equations compute from its parts: left blank, recomputed by
 *   the same preparation as any dataset, never summed;
 * - `row`: a figure of one record of a list (a decision, a draft, a reading): it travels with
 *   its row, which is kept in its quarter's list.
 */
export type Across = 'sum' | 'end' | 'start' | 'derived' | 'row';

type Spec = { hint: string; example: string; form?: string; max?: number; blankIsZero?: boolean };
/** A number's spec must say how the quarters make it (`across`): the compiler asks for it. */
type NumberSpec = Spec & { across: Across };

function make<K extends string, T extends ColumnType>(
  type: T,
  key: K,
  header: string,
  spec: Spec & { across?: Across },
): ColumnDef<K, T, true> {
  return { key, header, type, required: true, ...spec };
}

export const text = <K extends string>(key: K, header: string, spec: Spec) =>
  make('text', key, header, spec);
export const count = <K extends string>(key: K, header: string, spec: NumberSpec) =>
  make('count', key, header, { blankIsZero: true, ...spec });
export const decimal = <K extends string>(key: K, header: string, spec: NumberSpec) =>
  make('decimal', key, header, spec);
export const percent = <K extends string>(key: K, header: string, spec: NumberSpec) =>
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
