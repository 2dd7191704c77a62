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
