import type { FormColumn, FormRow } from './form-def';

/**
 * A subtotal or total row: the sum of `summed` in every number column. `indices` are the
 * positions of those rows in the finished table, so that sheets can write formulas.
 */
export function sumRow(
  kind: 'subtotal' | 'total',
  label: Record<number, string>,
  summed: readonly FormRow[],
  indices: readonly number[],
  columns: readonly FormColumn[],
): FormRow {
  const cells: Record<number, number | string | null> = { ...label };
  for (const c of columns) {
    if (c.kind !== 'number') continue;
    cells[c.number] = summed.reduce((s, r) => s + Number(r.cells[c.number] ?? 0), 0);
  }
  return { kind, cells, sumOf: indices };
}

/** The table rows of items followed by their total row, as most forms have. */
export function itemsWithTotal(
  items: readonly FormRow[],
  columns: readonly FormColumn[],
  labelColumn = 2,
): FormRow[] {
  const total = sumRow(
    'total',
    { [labelColumn]: 'Tổng số' },
    items,
    items.map((_, i) => i),
    columns,
  );
  return [...items, total];
}
