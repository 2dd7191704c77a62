import { completeTotals } from '../../domain/complete-totals';

type Row = Readonly<Record<string, unknown>>;

const count = (row: Row, key: string) => {
  const v = row[key];
  return typeof v === 'number' ? v : 0;
};

/** 05b (9): feedback still being handled at the quarter's end (a blank total from its parts). */
const pendingOf = (row: Row) => count(completeTotals('PAKN', row), 'tong_dang_xu_ly');

/**
 * The content column (05b (4) "về quy định" or (5) "về hành vi") of the feedback a quarter
 * still had pending at its end, when the data tells it: a field whose quarter received only
 * one kind had only that kind pending. Null when the quarter received both kinds (the split of
 * the pending ones is not in the data) or nothing was pending.
 */
export function carriedKind(row: Row): 've_quy_dinh' | 've_hanh_vi' | null {
  if (pendingOf(row) === 0) return null;
  if (count(row, 've_hanh_vi') === 0) return 've_quy_dinh';
  if (count(row, 've_quy_dinh') === 0) return 've_hanh_vi';
  return null;
}

/**
 * How much to take off the summed content columns of one field of 05b, from its rows in the
 * quarters (in time order): a quarter's pending feedback is counted again in the next quarter's
 * received ((3) = (6) + (9) each quarter), so it is taken off once from the column of its kind.
 * Only for quarters whose kind is known and whose field the next quarter has (`carriedKind`);
 * the others are refused before (feedback-pending.ts).
 */
export function carriedFeedback(rows: readonly (Row | undefined)[]): Record<string, number> {
  const less: Record<string, number> = {};
  rows.slice(0, -1).forEach((row, i) => {
    const kind = row && rows[i + 1] ? carriedKind(row) : null;
    if (!row || !kind) return;
    less[kind] = (less[kind] ?? 0) + pendingOf(row);
  });
  return less;
}
