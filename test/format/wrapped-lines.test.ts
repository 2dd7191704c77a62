import { textWidth, wrappedLines } from '../../src/format';

const BOLD = { size: 11, bold: true };

test('words go on a line while they fit, as a cell wraps them', () => {
  // "Số TTHC" 16.07 mm, "được đánh" 17.58, "đánh giá" 14.34, "tác động" 14.12 (bold 11 pt):
  // in 16.5 mm, Số TTHC / được / đánh giá / tác động.
  expect(wrappedLines('Số TTHC được đánh giá tác động', BOLD, 16.5)).toBe(4);
  // In 30 mm: "Số TTHC được" / "đánh giá tác động".
  expect(wrappedLines('Số TTHC được đánh giá tác động', BOLD, 30)).toBe(2);
  expect(wrappedLines('Số TTHC được đánh giá tác động', BOLD, 200)).toBe(1);
});

test('a word wider than the column takes a line of its own; an empty text one line', () => {
  const word = textWidth('CSDLQG', BOLD);
  expect(wrappedLines('về CSDLQG về', BOLD, word - 1)).toBe(3);
  expect(wrappedLines('', BOLD, 10)).toBe(1);
});

test('a Vietnamese letter is as wide as its base letter, the horned ones a tenth wider, each time', () => {
  const regular = { size: 13 };
  for (let round = 0; round < 2; round++) {
    // Widths outside ASCII are worked out once per face and kept: the second round reads them.
    expect(textWidth('Tổng', regular)).toBe(textWidth('Tong', regular));
    expect(textWidth('Đắk', BOLD)).toBe(textWidth('Dak', BOLD));
    expect(textWidth('ư', regular)).toBeCloseTo(textWidth('u', regular) * 1.1, 10);
    expect(textWidth('Ơ', BOLD)).toBeCloseTo(textWidth('O', BOLD) * 1.1, 10);
    // A combining mark alone, a control character: nothing; a character with no base, an M.
    expect(textWidth('\u0301\u0007', regular)).toBe(0);
    expect(textWidth('€', regular)).toBe(textWidth('M', regular));
  }
  // Times bold "1" is 500/1000 em, "." 250: 11 pt = 3.880556 mm an em.
  expect(textWidth('1.1', BOLD)).toBeCloseTo((1250 / 1000) * 11 * (25.4 / 72), 10);
});
