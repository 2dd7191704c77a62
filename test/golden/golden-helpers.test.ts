// The pieces of the golden test on small inputs written by hand: the pretty-print keeps what a
// reader of the document sees, the zip entry list is read from the bytes, and a difference is
// shown as a few numbered lines.
import PizZip from 'pizzip';
import { firstDifference } from '../helpers/golden/first-difference';
import { prettyXml } from '../helpers/golden/pretty-xml';
import { entryListText, zipEntries } from '../helpers/golden/zip-entries';

test('prettyXml: one element per line, attributes sorted, text kept to the character', () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<w:p xmlns:w="urn:w" w:z="1" w:a="&quot;a&amp;b&quot;"><w:r><w:t xml:space="preserve"> Số 1 &lt; 2\n</w:t></w:r>' +
    '<w:r><w:tab/></w:r> <!--c--></w:p>';
  expect(prettyXml(xml)).toBe(
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<w:p xmlns:w="urn:w" w:a="&quot;a&amp;b&quot;" w:z="1">',
      ' <w:r>',
      '  <w:t xml:space="preserve"> Số 1 &lt; 2&#10;</w:t>',
      ' </w:r>',
      ' <w:r>',
      '  <w:tab/>',
      ' </w:r>',
      ' <!--c-->',
      '</w:p>',
      '',
    ].join('\n'),
  );
});

test('prettyXml: text beside elements gets its own line; whitespace between elements goes', () => {
  // Mixed content never occurs in the parts we write; if it did, its text is kept verbatim.
  expect(prettyXml('<a>\n  <b></b>\n  x <c/>\n</a>')).toBe('<a>\n <b/>\n &#10;  x \n <c/>\n</a>\n');
});

test('prettyXml: malformed XML throws', () => {
  expect(() => prettyXml('<a><b></a>')).toThrow();
});

test('zipEntries: names in order, DOS stamps read without a time zone, contents', () => {
  const zip = new PizZip();
  // pizzip writes the date's local-time fields: build it from local fields to know the stamp.
  const date = new Date(2026, 2, 16, 7, 30, 10);
  zip.file('b.xml', '<b/>', { date });
  zip.folder('d');
  zip.file('a.txt', 'xin chào', { date });
  const entries = zipEntries(zip.generate({ type: 'nodebuffer' }) as Buffer);
  expect(entries.map((e) => [e.name, e.directory, e.content.toString('utf8')])).toEqual([
    ['b.xml', false, '<b/>'],
    ['d/', true, ''],
    ['a.txt', false, 'xin chào'],
  ]);
  expect(entries[0]!.stamp).toBe('2026-03-16 07:30:10');
  // The hash computed by hand: printf '<b/>' | sha256sum.
  const lines = entryListText(entries).split('\n');
  expect(lines[0]).toBe('2026-03-16 07:30:10  4 bytes  sha256 c5a1c182c87ac852  b.xml');
  expect(lines[1]).toMatch(/ {2}directory {2}d\/$/); // pizzip stamps a folder with the time now
});

test('firstDifference: null when equal; else the changed block with context and line numbers', () => {
  const golden = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n');
  const output = ['a', 'b', 'c', 'd', 'E', 'E2', 'f', 'g'].join('\n');
  expect(firstDifference(golden, golden)).toBeNull();
  expect(firstDifference('a\n', 'a')).toBe('the texts differ only in the line break at the end');
  expect(firstDifference(golden, output)).toBe(
    [
      'first difference at line 5 (golden copy 7 lines, output 8): line 5 of the golden copy became lines 5–6 of the output',
      '       2  b',
      '       3  c',
      '       4  d',
      '-      5  e',
      '+      5  E',
      '+      6  E2',
      '       7  f',
      '       8  g',
    ].join('\n'),
  );
});

test('firstDifference: a long line is cut around the change, a long block is capped', () => {
  const long = 'x'.repeat(1000);
  const message = firstDifference(`${long}A${long}`, `${long}B${long}`)!;
  expect(message).toContain('-      1  …' + 'x'.repeat(60) + 'A');
  expect(message.length).toBeLessThan(700);
  const many = (c: string) => Array.from({ length: 50 }, (_, i) => `${c}${i}`).join('\n');
  const capped = firstDifference(many('a'), many('b'))!;
  expect(capped).toContain('-         … 42 more lines');
  expect(capped.split('\n')).toHaveLength(1 + 9 + 9);
});
