/** Longest text accepted in one cell; a document title (trích yếu) runs to a few hundred. */
export const MAX_TEXT_LENGTH = 2000;

/**
 * Largest count accepted in one cell. Far above any province's figures, and low enough that
 * the sums of a 100,000-row table stay exact in floating point.
 */
export const MAX_COUNT = 1_000_000_000;
