/** Abbreviations that end with a full stop inside a sentence ("KT. CHỦ TỊCH", "TP. Lào Cai"). */
const ABBREVIATIONS = new Set(['KT', 'TM', 'TL', 'TUQ', 'Q', 'TP', 'Tp', 'vv', 'v.v', 'ThS', 'TS']);

// A full stop, question mark or ellipsis, closing quotes or brackets, then space and
// something a sentence can start with.
const END = /[.!?…]+["”’)]*\s+(?=[\p{Lu}\d"“(*+-])/gu;

/** Numbering at the start of a paragraph: "1.", "7.1.", "II.", "a." — not a sentence of its own. */
const MAX_NUMBERING = 40;
const NUMBERING = /^\s*(?:[-+*]\s*)?(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])$/u;

/**
 * Offsets where the sentences of a paragraph start (the first is 0). Vietnamese official text
 * ends sentences with ".", and abbreviations or section numbers do not end one.
 * @example sentenceStarts('Kết quả: 05 PAKN. Trong đó: 02 PAKN.') // [0, 18]
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(END)) {
    // The word before the stop, read backwards from it: never the whole text before (a
    // paragraph of 50,000 sentences would be read 50,000 times).
    let from = m.index;
    while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    const word = text.slice(from, m.index);
    // Numbering is short ("7.1", "II"), and only at the start of the paragraph.
    const numbering = m.index <= MAX_NUMBERING && NUMBERING.test(text.slice(0, m.index));
    if (ABBREVIATIONS.has(word) || numbering) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The sentence of a paragraph around an offset, as [start, end). */
export function sentenceAround(
  text: string,
  starts: readonly number[],
  offset: number,
): [number, number] {
  const i = Math.max(0, lastAtOrBefore(starts, offset));
  return [starts[i]!, starts[i + 1] ?? text.length];
}

/**
 * Index of the last of sorted `values` that is at most `at`, or -1: a binary search, for the
 * offsets of a paragraph that has thousands of them.
 * @example lastAtOrBefore([0, 18, 40], 20) // 1
 */
export function lastAtOrBefore(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
