/**
 * Where a JSON file is broken, found without JSON.parse's English messages: line and
 * character worked out by hand for each text; and, over random texts, the checker refuses
 * exactly what JSON.parse refuses.
 */
import fc from 'fast-check';
import { findJsonSyntaxError } from '../../src/ingest/json-syntax-error';

test.each([
  // a trailing comma on line 2 (the comma is the 9th character: two spaces, "a", :, space, 1)
  ['{\n  "a": 1,\n}', 2, 9, 'dấu "," thừa trước "}"'],
  ['[1, 2,]', 1, 6, 'dấu "," thừa trước "]"'],
  // the file cut short after a value: the end is line 1, character 8
  ['{"a": 1', 1, 8, 'tệp dừng giữa chừng'],
  // a value that is not JSON: x is the 7th character
  ['{"a": x}', 1, 7, 'gặp "x" ở chỗ cần một giá trị'],
  // a missing comma between two records, on line 3
  ['{"DonVi": [\n  {"a": 1}\n  {"a": 2}\n]}', 3, 3, 'gặp "{" ở chỗ cần dấu "," hoặc "]"'],
  // a name without quotes
  ['{a: 1}', 1, 2, 'tên trường trong ngoặc kép'],
  // single quotes, a comment
  ["{'a': 1}", 1, 2, 'ngoặc đơn'],
  ['{"a": 1 // ghi chú\n}', 1, 9, 'chú thích'],
  // a line break inside a string: the break is the 10th character of line 1
  ['{"a": "Sở\nY tế"}', 1, 10, 'xuống dòng giữa một chuỗi'],
  // a string never closed: reported where it opens (line 2, character 8)
  ['{\n  "a": "Sở Y tế}', 2, 8, 'không được đóng'],
  // a backslash of a Windows path
  ['{"a": "C:\\du-lieu"}', 1, 10, 'ký tự thoát'],
  ['{"a": "\\u12"}', 1, 8, '4 chữ số'],
  // text after the object
  ['{"a": 1}}', 1, 9, 'còn nội dung'],
  // "-" without digits
  ['[-]', 1, 3, 'một chữ số'],
  // characters counted as the reader sees them: "ở" (one character) before the error
  ['{"ở": x}', 1, 7, 'gặp "x"'],
])('%j → line %i, character %i', (text, line, column, reason) => {
  const found = findJsonSyntaxError(text);
  expect(found).toEqual({ line, column, reason: expect.stringContaining(reason) });
});

test.each(['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "\\u00e1\\n"]} ', '"x"', '0'])(
  '%j has no error',
  (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined();
  },
);

test('a million opened brackets: reported at the end, without exhausting the stack', () => {
  expect(findJsonSyntaxError('['.repeat(1_000_000))).toMatchObject({
    line: 1,
    column: 1_000_001,
  });
});

/** JSON.parse's verdict, the reference. */
const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

test('over random texts, an error is found exactly when JSON.parse refuses the text', () => {
  // Valid JSON with one character inserted, removed or replaced: mostly broken, sometimes not.
  const pieces = [...'{}[]",:\\ \n-.0159eE+tfnul/\'x\u0007'];
  const mutated = fc
    .tuple(
      fc.json(),
      fc.nat(),
      fc.constantFrom('insert', 'remove', 'replace'),
      fc.constantFrom(...pieces),
    )
    .map(([json, at, how, piece]) => {
      const i = json.length === 0 ? 0 : at % json.length;
      if (how === 'insert') return json.slice(0, i) + piece + json.slice(i);
      if (how === 'remove') return json.slice(0, i) + json.slice(i + 1);
      return json.slice(0, i) + piece + json.slice(i + 1);
    });
  fc.assert(
    fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
      expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
    }),
    { numRuns: 3000, seed: 766 },
  );
});
