import { textWidth, type TextLook } from '../../format';
import { unbreakablePieces } from '../../phrase/protected-phrases';

/**
 * A "V/v …" summary set in lines no wider than `width` (mm) at `look`, as the real letters set
 * it: each line filled as far as it goes, never broken inside a protected phrase ("Thủ tướng
 * Chính phủ", "doanh nghiệp", "số 766/QĐ-TTg"). In the letter's 77 mm this gives the lines of
 * seeds 001 and 004 word for word, and seed 000's three lines of about 30 characters.
 */
export function summaryLines(text: string, width: number, look: TextLook): string[] {
  const lines: string[] = [];
  for (const piece of unbreakablePieces(text)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${piece}`, look) <= width)
      lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(piece);
  }
  return lines;
}
