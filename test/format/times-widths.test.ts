// The width table in src/format/times-widths.ts is the Adobe metrics of the standard Times
// fonts, as @pdf-lib/standard-fonts (a dependency of pdf-lib) ships them.
import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';
import { TIMES_WIDTHS } from '../../src/format/times-widths';

test.each([
  ['regular', FontNames.TimesRoman],
  ['bold', FontNames.TimesRomanBold],
  ['italic', FontNames.TimesRomanItalic],
  ['boldItalic', FontNames.TimesRomanBoldItalic],
] as const)('%s', (face, font) => {
  const f = Font.load(font);
  const expected = Array.from({ length: 95 }, (_, i) =>
    f.getWidthOfGlyph(Encodings.WinAnsi.encodeUnicodeCodePoint(32 + i).name),
  );
  expect([...TIMES_WIDTHS[face]]).toEqual(expected);
});
