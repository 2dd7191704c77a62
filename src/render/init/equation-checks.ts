import type { ColumnDef } from '../../contract/column';
import { EQUATIONS, type Equation } from '../../contract/equations';
import type { TableId } from '../../contract/tables';
import { brokenEquations, completeTotals } from '../../domain/complete-totals';

/** A column's letter on a sheet whose columns are `columns` in order, from A. */
export function letterOf(columns: readonly ColumnDef[], key: string): string {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0 || i >= 26) throw new Error(`column ${key} has no single letter`);
  return String.fromCharCode(65 + i);
}

/** The equations of a table, in the order the tool reports them (src/contract/equations.ts). */
export const equationsOfTable = (table: string): readonly Equation[] =>
  EQUATIONS.filter((e) => e.table === table);

/**
 * The words of one broken equation around its two numbers, in the sheet's letters, as the
 * tool's EQUATION_MISMATCH says it: ["Tổng số hồ sơ tiếp nhận (D) phải bằng E + F + G: ", " ≠ ",
 * ". "]. `blank` is how a total left blank reads: computed from its parts.
 */
function sentence(
  columns: readonly ColumnDef[],
  e: Equation,
  blank: boolean,
): { before: string; between: string; after: string } {
  const header = columns.find((c) => c.key === e.total)?.header ?? e.total;
  const letter = letterOf(columns, e.total);
  const defining = equationsOfTable(e.table).find((d) => d.defines && d.total === e.total);
  const total =
    blank && defining
      ? `${letter} để trống, tính = ${defining.parts.map((p) => letterOf(columns, p)).join(' + ')}`
      : letter;
  const parts = e.parts.map((p) => letterOf(columns, p)).join(' + ');
  return { before: `${header} (${total}) phải bằng ${parts}: `, between: ' ≠ ', after: '. ' };
}

const quoted = (text: string) => `"${text}"`;

/**
 * The check formula of row `row`: the equations of the table as the tool checks them
 * (`completeTotals`, `brokenEquations`), blank cells read as 0, a blank total of a defining
 * equation computed from its parts and, being computed, not checked against them. SUM reads
 * a blank or a text cell as 0 where "+" would give #VALUE!. The result is "" while every
 * equation holds, so a row left blank stays blank.
 */
export function checkFormula(table: string, columns: readonly ColumnDef[], row: number): string {
  const equations = equationsOfTable(table);
  const ref = (key: string) => `${letterOf(columns, key)}${row}`;
  const sum = (keys: readonly string[]) => `SUM(${keys.map(ref).join(',')})`;
  const defining = new Map(equations.filter((e) => e.defines).map((e) => [e.total, e]));
  // A total left blank is its parts' sum (completeTotals); a number otherwise.
  const value = (key: string) => {
    const d = defining.get(key);
    return d ? `IF(${ref(key)}="",${sum(d.parts)},SUM(${ref(key)}))` : `SUM(${ref(key)})`;
  };
  const pieces = equations.map((e) => {
    const left = e.defines ? `SUM(${ref(e.total)})` : value(e.total);
    const right = e.defines ? sum(e.parts) : e.parts.map(value).join('+');
    const broken = e.defines ? `AND(${ref(e.total)}<>"",${left}<>${right})` : `${left}<>${right}`;
    const filled = sentence(columns, e, false);
    // Only a total of another equation can be blank here: its words say it was computed.
    const before =
      !e.defines && defining.has(e.total)
        ? `IF(${ref(e.total)}="",${quoted(sentence(columns, e, true).before)},${quoted(filled.before)})`
        : quoted(filled.before);
    const text = `${before}&${left}&${quoted(filled.between)}&(${right})&${quoted(filled.after)}`;
    return `IF(${broken},${text},"")`;
  });
  return `TRIM(${pieces.join('&')})`;
}

/**
 * What `checkFormula` computes for a row of values (key → number, or null when blank): the
 * broken equations the tool reports, in its order. exceljs stores it as the formula's result.
 */
export function checkText(
  table: TableId,
  columns: readonly ColumnDef[],
  values: Record<string, unknown>,
): string {
  return brokenEquations(table, values, completeTotals(table, values))
    .map(({ equation: e, left, right }) => {
      const blank = values[e.total] === null || values[e.total] === undefined;
      const { before, between, after } = sentence(columns, e, blank);
      return `${before}${left}${between}${right}${after}`;
    })
    .join('')
    .trim();
}
