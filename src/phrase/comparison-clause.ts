import type { Trend } from '../compute/trend';

/**
 * The clause that says how the score and the rank moved since the previous reading (seed 000:
 * "mặc dù số điểm tăng, nhưng xếp hạng lại giảm"), one for each of the nine combinations.
 * A rank that "goes up" is a better place (15 → 13).
 */
const CLAUSES: Record<Trend, Record<Trend, string>> = {
  up: {
    up: 'cả số điểm và xếp hạng đều tăng',
    down: 'mặc dù số điểm tăng, nhưng xếp hạng lại giảm',
    same: 'số điểm tăng, xếp hạng giữ nguyên',
  },
  down: {
    up: 'mặc dù số điểm giảm, nhưng xếp hạng vẫn tăng',
    down: 'cả số điểm và xếp hạng đều giảm',
    same: 'số điểm giảm, xếp hạng giữ nguyên',
  },
  same: {
    up: 'số điểm giữ nguyên, xếp hạng tăng',
    down: 'số điểm giữ nguyên, nhưng xếp hạng giảm',
    same: 'số điểm và xếp hạng giữ nguyên',
  },
};

/** Said of the score alone, when the rank of one of the two readings is not known. */
const SCORE_ONLY: Record<Trend, string> = {
  up: 'số điểm tăng',
  down: 'số điểm giảm',
  same: 'số điểm giữ nguyên',
};

/**
 * @example comparisonClause('up', 'down') // 'mặc dù số điểm tăng, nhưng xếp hạng lại giảm'
 * @example comparisonClause('up', null) // 'số điểm tăng'
 */
export function comparisonClause(score: Trend, rank: Trend | null): string {
  return rank === null ? SCORE_ONLY[score] : CLAUSES[score][rank];
}
