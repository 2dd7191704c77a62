// The layout checks of test/helpers/pdf-layout.ts on lines made by hand: each finds what it is
// for (the builds' PDFs pass them, so this is where they are seen to fail).
import type { PlacedLine } from '../../helpers/pdf-layout';
import { loneTotalOrSignatureIn, touchingNumbersIn } from '../../helpers/pdf-layout';

/** A line of words at `y`, each given as [text, xMin, xMax]. */
const line = (page: number, y: number, words: [string, number, number][]): PlacedLine => ({
  page,
  yMin: y,
  xMin: words[0]![1],
  text: words.map((w) => w[0]).join(' '),
  words: words.map(([text, xMin, xMax]) => ({ text, xMin, xMax, yMin: y, yMax: y + 10 })),
});

/** Words of one line set 3 pt apart, from x = 50. */
const spaced = (page: number, y: number, text: string): PlacedLine => {
  let x = 50;
  return line(
    page,
    y,
    text.split(' ').map((t) => {
      const w: [string, number, number] = [t, x, x + t.length * 5];
      x += t.length * 5 + 3;
      return w;
    }),
  );
};

test('a number touching the next column, or run into its text, is found; a space apart is not', () => {
  const lines = [
    line(1, 100, [
      ['1.669.536', 100, 140],
      ['Xã', 140.5, 150],
    ]),
    line(2, 100, [['12.345Phường', 100, 160]]),
    line(3, 100, [
      ['1.669.536', 100, 140],
      ['Xã', 144, 150],
    ]),
    spaced(3, 120, 'trường tác động 02 TTHC'),
  ];
  expect(touchingNumbersIn(lines)).toEqual(['p1: 1.669.536|Xã (0.5)', 'p2: 12.345Phường']);
});

test('a page holding only the total line, or only the signatures, is found', () => {
  const heading = (p: number) => [
    spaced(p, 50, 'STT Tên đơn vị'),
    spaced(p, 70, '(1) (2) (3) (4)'),
  ];
  const pages = [
    // A page of rows, then one with the total line alone under the repeated heading.
    [...heading(1), spaced(1, 90, '1 Sở Tư pháp 12 3'), spaced(1, 110, '2 Sở Y tế 4 5')],
    [spaced(2, 20, '2'), ...heading(2), spaced(2, 90, 'Tổng số 16 8')],
    // The signatures alone on a page.
    [spaced(3, 20, '3'), spaced(3, 90, 'NGƯỜI LẬP BIỂU THỦ TRƯỞNG ĐƠN VỊ')],
    // The last rows, the total and the signatures together.
    [
      ...heading(4),
      spaced(4, 90, '2 Sở Y tế 4 5'),
      spaced(4, 110, 'Tổng số 16 8'),
      spaced(4, 150, 'NGƯỜI LẬP BIỂU THỦ TRƯỞNG ĐƠN VỊ'),
    ],
  ];
  expect(loneTotalOrSignatureIn(pages)).toEqual(['p2', 'p3']);
});
