// foldStartsWith answers most paragraphs from their first character (src/conformance/text.ts);
// it must answer as folding the whole text would, on every paragraph the tool writes and on
// texts made to trip a shortcut.
import { fold, foldStartsWith } from '../../src/conformance/text';
import { readDocxText } from '../../src/ooxml/docx-text';
import { generatedDocuments } from '../helpers/generated-documents';

const PREFIXES = ['kinh gui', 'noi nhan', 'phu luc', 'k', 'n', ''];

const TRICKY = [
  '',
  '   ',
  'Kính gửi:',
  '  Kính gửi: Bộ Tư pháp',
  '\u00a0\u00a0Kính gửi',
  '\u0301Kính gửi', // a mark before any letter folds away
  'K\u0301ính gửi', // a mark after the K
  '\u212Aính gửi', // KELVIN SIGN: NFC makes it K
  'ＫＩＮＨ GỬI', // fullwidth: not folded to ASCII
  'kinh  gui', // two spaces: one once folded
  'Kinh\tgui',
  'Nơi nhận:',
  'NƠI NHẬN',
  '\u2003Nơi nhận', // EM SPACE
  '\ufeffNơi nhận', // BOM is white space to \s and trim
  'İnh', // Turkish dotted I lowercases to i + mark
  'Σ nơi',
  '- Như trên;',
  'Phụ lục I',
  'PHỤ LỤC',
];

test('foldStartsWith says what fold(text).startsWith says, on every paragraph written and on tricky texts', async () => {
  const texts = [...TRICKY];
  for (const d of await generatedDocuments()) {
    if (!d.name.endsWith('.docx')) continue;
    const t = readDocxText(d.bytes);
    texts.push(...t.body.map((p) => p.text), ...t.footnotes.values());
  }
  expect(texts.length).toBeGreaterThan(1000);
  const disagree = texts.flatMap((text) =>
    PREFIXES.filter((p) => foldStartsWith(text, p) !== fold(text).startsWith(p)).map((p) => [
      text,
      p,
    ]),
  );
  expect(disagree).toEqual([]);
  // Not vacuous: some paragraphs open with each of the frame's words.
  for (const p of ['kinh gui', 'noi nhan'])
    expect(texts.filter((t) => foldStartsWith(t, p)).length).toBeGreaterThan(2);
});
