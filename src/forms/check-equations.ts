import type { FormTable } from './form-def';

export interface EquationBreak {
  readonly form: string;
  readonly row: number;
  readonly label: string;
  readonly left: number;
  readonly right: number;
}

/**
 * Every form identity on every row, and every subtotal against the rows it sums: the check
 * the build runs on the tables before and after rendering.
 */
export function checkFormTable(table: FormTable): EquationBreak[] {
  const out: EquationBreak[] = [];
  const num = (r: number, c: number) => Number(table.rows[r]?.cells[c] ?? 0);
  table.rows.forEach((row, r) => {
    if (row.kind === 'section') return;
    for (const e of table.form.equations) {
      const right = e.parts.reduce((s, p) => s + num(r, p), 0);
      if (num(r, e.total) !== right)
        out.push({ form: table.form.code, row: r, label: e.label, left: num(r, e.total), right });
    }
    for (const c of table.form.columns) {
      if (!row.sumOf || c.kind !== 'number') continue;
      const right = row.sumOf.reduce((s, i) => s + num(i, c.number), 0);
      if (num(r, c.number) !== right)
        out.push({
          form: table.form.code,
          row: r,
          label: `(${c.number}) = tổng các dòng`,
          left: num(r, c.number),
          right,
        });
    }
  });
  return out;
}
