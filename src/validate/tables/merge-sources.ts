import type { TableDef } from '../../contract/table';
import { makeIssue, type Issue } from '../../issues/issue';
import { describeRow, locate } from '../origin';
import type { RowOrigin } from '../../domain/origin';

type Row = Record<string, unknown> & { $at: RowOrigin };

/** "Mã đơn vị 02908, Lĩnh vực Đất đai": the merge key of a row, for the message. */
function describeKey(def: TableDef, row: Row): string {
  return (def.mergeKey ?? [])
    .filter((k) => row[k] !== null && row[k] !== undefined && row[k] !== '')
    .map((k) => `${def.columns.find((c) => c.key === k)?.header ?? k} "${String(row[k])}"`)
    .join(', ');
}

/**
 * Consolidates a table fed by several sources: rows with the same merge key (unit and field)
 * are summed column by column, and each repeat is reported with both places.
 * Optional totals stay blank unless every merged row gives one.
 */
export function mergeRows<R extends Row>(
  def: TableDef,
  rows: readonly R[],
): { rows: R[]; issues: Issue[] } {
  const keyCols = def.mergeKey;
  if (!keyCols) return { rows: [...rows], issues: [] };
  const merged = new Map<string, R>();
  const issues: Issue[] = [];
  for (const row of rows) {
    const key = keyCols.map((k) => String(row[k] ?? '').toLowerCase()).join('\u0000');
    const first = merged.get(key);
    if (!first) {
      merged.set(key, { ...row });
      continue;
    }
    const sum: Record<string, unknown> = { ...first };
    for (const col of def.columns) {
      if (col.type !== 'count') continue;
      const [a, b] = [first[col.key], row[col.key]];
      sum[col.key] = typeof a === 'number' && typeof b === 'number' ? a + b : null;
    }
    merged.set(key, sum as R);
    const params = {
      key: describeKey(def, row),
      first: describeRow(first.$at),
      second: describeRow(row.$at),
    };
    issues.push(makeIssue('MERGED_DUPLICATE', params, locate(row.$at)));
  }
  return { rows: [...merged.values()], issues };
}
