import {
  attr,
  containsW,
  descendants,
  kids,
  parseXml,
  textOf,
  W,
  wAttr,
  XmlSyntaxError,
} from '../../src/ooxml/xml';

test('elements are matched by namespace, whatever the prefix', () => {
  const root = parseXml(
    `<?xml version="1.0"?>\n<x:document xmlns:x="${W}"><x:body><x:p><x:r><x:t xml:space="preserve"> a </x:t></x:r></x:p></x:body></x:document>`,
  );
  expect([root.local, root.ns]).toEqual(['document', W]);
  expect(descendants(root, 't').map(textOf)).toEqual([' a ']);
  expect(attr(descendants(root, 't')[0], 'space', 'http://www.w3.org/XML/1998/namespace')).toBe(
    'preserve',
  );
});

test('entities, character references, CDATA and comments', () => {
  const root = parseXml(
    `<w:t xmlns:w="${W}" w:val='a&amp;b'>&lt;Số&gt; &#273;&#x1EA1;<!-- no --><![CDATA[<x>]]></w:t>`,
  );
  expect(textOf(root)).toBe('<Số> đạ<x>');
  expect(wAttr(root, 'val')).toBe('a&b');
  expect(kids(root)).toEqual([]);
});

test.each([
  ['a mismatched end tag', `<w:body xmlns:w="${W}"><w:p></w:body>`, '</w:body>'],
  ['an element left open', `<w:body xmlns:w="${W}"><w:p/>`, '<w:body>'],
  ['two roots', `<a/><b/>`, '<b>'],
  ['a stray "<"', `<a>1 < 2</a>`, '< 2</a>'],
  ['no element at all', `<?xml version="1.0"?>`, ''],
])('%s is a syntax error naming where', (_, text, where) => {
  expect(() => parseXml(text)).toThrow(XmlSyntaxError);
  expect(() => parseXml(text)).toThrow(where === '' ? /^$/ : where);
});

test('what the scanner accepts in a start tag: spaces around "=", either quote, ">" inside a value', () => {
  const root = parseXml(`<w:p xmlns:w="${W}" w:a = 'x>y' w:b="1"\n/>`);
  expect([wAttr(root, 'a'), wAttr(root, 'b'), kids(root)]).toEqual(['x>y', '1', []]);
  // A default namespace declared on an inner element applies to it and below only.
  const nested = parseXml(`<a><b xmlns="${W}"><t>x</t></b><t>y</t></a>`);
  expect(descendants(nested, 't').map(textOf)).toEqual(['x']);
});

test.each([
  ['attributes with no space between them', `<a b="1"c="2"/>`, '<a b="1"c="2"/>'],
  ['an attribute without quotes', `<a b=1/>`, '<a b=1/>'],
  // An unclosed comment runs to the first ">", as a processing instruction would.
  ['a comment that never ends', `<a><!-- x </a>`, '<a>'],
  ['a start tag that never ends', `<a><b`, '<b'],
])('%s is a syntax error naming where', (_, text, where) => {
  expect(() => parseXml(text)).toThrow(XmlSyntaxError);
  expect(() => parseXml(text)).toThrow(where);
});

test('containsW finds what descendants finds, at any depth, in the namespace only', () => {
  const other = 'urn:other';
  const root = parseXml(
    `<w:p xmlns:w="${W}" xmlns:o="${other}"><w:r><w:fldChar/><w:instrText> PAGE </w:instrText></w:r><o:drawing/><w:r><w:t>x</w:t></w:r></w:p>`,
  );
  for (const [a, b] of [
    ['instrText', 'fldSimple'],
    ['fldSimple', 'instrText'],
    ['drawing', 'pict'],
    ['t', 't'],
    ['p', 'p'],
    ['fldChar', 'nothing'],
  ] as const)
    expect([a, b, containsW(root, a, b)]).toEqual([
      a,
      b,
      descendants(root, a).length + descendants(root, b).length > 0,
    ]);
  // o:drawing is not w:drawing; the element itself is not its own descendant.
  expect(containsW(root, 'drawing')).toBe(false);
  expect(containsW(root, 'p')).toBe(false);
  expect(containsW(root, 'instrText')).toBe(true);
});
