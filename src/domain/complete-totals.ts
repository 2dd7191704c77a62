import { EQUATIONS, type Equation } from '../contract/equations';
import type { TableId } from '../contract/tables';

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/**
 * The row with every blank total filled from its defining equation, so that validation
 * and computation read the same numbers.
 * @example completeTotals('PAKN', { ve_quy_dinh: 64, ve_hanh_vi: 2, tong_tiep_nhan: null }).tong_tiep_nhan // 66
 */
export function completeTotals<R extends object>(table: TableId, row: R): R {
  const out = { ...row } as Record<string, unknown>;
  for (const e of EQUATIONS) {
    if (e.table !== table || !e.defines) continue;
    if (out[e.total] === null || out[e.total] === undefined)
      out[e.total] = e.parts.reduce((s, p) => s + num(out[p]), 0);
  }
  return out as R;
}

/** The equations of a table that the given (completed) row breaks. */
export function brokenEquations(
  table: TableId,
  given: Record<string, unknown>,
  completed: Record<string, unknown>,
): { equation: Equation; left: number; right: number }[] {
  return EQUATIONS.filter((e) => e.table === table)
    .filter((e) => !e.defines || (given[e.total] !== null && given[e.total] !== undefined))
    .map((equation) => ({
      equation,
      left: num(completed[equation.total]),
      right: equation.parts.reduce((s, p) => s + num(completed[p]), 0),
    }))
    .filter((r) => r.left !== r.right);
}
