/** Abbreviations that end with a full stop inside a sentence ("KT. CHỦ TỊCH", "TP. Lào Cai"). */
const ABBREVIATIONS = new Set(['KT', 'TM', 'TL', 'TUQ', 'Q', 'TP', 'Tp', 'vv', 'v.v', 'ThS', 'TS']);

// A full stop, question mark or ellipsis, closing quotes or brackets, then space and
// something a sentence can start with.
const END = /[.!?…]+["”’)]*\s+(?=[\p{Lu}\d"“(*+-])/gu;

/** Numbering at the start of a paragraph: "1.", "7.1.", "II.", "a." — not a sentence of its own. */
const NUMBERING = /^\s*(?:[-+*]\s*)?(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])$/u;

/**
 * Offsets where the sentences of a paragraph start (the first is 0). Vietnamese official text
 * ends sentences with ".", and abbreviations or section numbers do not end one.
 * @example sentenceStarts('Kết quả: 05 PAKN. Trong đó: 02 PAKN.') // [0, 18]
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(END)) {
    const before = text.slice(0, m.index);
    const word = /(\S+)$/.exec(before)?.[1] ?? '';
    if (ABBREVIATIONS.has(word) || NUMBERING.test(before)) continue;
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
  let i = starts.length - 1;
  while (i > 0 && starts[i]! > offset) i--;
  return [starts[i]!, starts[i + 1] ?? text.length];
}
