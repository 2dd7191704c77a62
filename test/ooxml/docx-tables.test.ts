import { docxBytes, docxZip } from '../../src/render/docx/package';
import { docxTables, readDocxTables } from '../../src/ooxml/docx-tables';
import * as xml from '../../src/ooxml/xml';
import { parseXml, type Element } from '../../src/ooxml/xml';
import { readDocx } from '../../src/ooxml/read-docx';

const WHEN = new Date('2026-03-16T00:00:00Z');
const p = (text: string, bold = false) =>
  `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${text}</w:t></w:r></w:p>`;
const tc = (content: string, span = 1) =>
  `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
const sdt = (content: string) => `<w:sdt><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

// Rows in every place tablesOf reads them from, and some it must not read as a table's rows.
const BODY =
  p('trước bảng') +
  tbl(
    tr(tc(p('Xã A', true)), tc(p('15,34'))),
    sdt(tr(tc(p('Xã B')), tc(p('—')))),
    tr(tc(p('gộp'), 2)),
    '<w:tr/>',
    tr(tc(p('ô có bảng') + tbl(tr(tc(p('bảng lồng')))) + p('sau bảng lồng')), tc(p('1'))),
  ) +
  sdt(tbl(tr(tc(p('trong sdt'))))) +
  p('giữa') +
  tbl(tr(tc(p('bảng hai')), tc(''))) +
  p('');

describe('readDocxTables', () => {
  it('reads, row by row, exactly the tables the whole tree gives', () => {
    const bytes = docxBytes(docxZip({ body: BODY, orientation: 'portrait' }), WHEN);
    // A limit of 0 bytes: the part is read row by row, as a national annex is.
    const streamed = readDocxTables(bytes, 0)!;
    const xml = docxZip({ body: BODY, orientation: 'portrait' })
      .file('word/document.xml')!
      .asText();
    expect(streamed).toEqual(docxTables(xml));
    expect(readDocxTables(bytes)).toEqual(streamed);
    // Checked by hand against BODY: three top-level tables, a nested one kept inside its cell.
    expect(streamed.map((t) => t.map((r) => r.map((c) => c.text)))).toEqual([
      [['Xã A', '15,34'], ['Xã B', '—'], ['gộp'], [], ['ô có bảng\nbảng lồng\nsau bảng lồng', '1']],
      [['trong sdt']],
      [['bảng hai', '']],
    ]);
    expect(streamed[0]![0]!.map((c) => c.bold)).toEqual([true, false]);
    expect(streamed[0]![2]![0]!.span).toBe(2);
  });

  it('a part under the limit is parsed once for the tables and the Nghị định 30 reading', () => {
    const parsed = jest.spyOn(xml, 'parseXml');
    try {
      const count = (limit?: number) => {
        // Bytes of their own each time: the package of equal bytes is kept, parts parsed.
        const bytes = docxBytes(
          docxZip({ body: `${BODY}${p(String(limit))}`, orientation: 'portrait' }),
          WHEN,
        );
        parsed.mockClear();
        readDocxTables(bytes, limit);
        expect(readDocx(bytes)).not.toHaveProperty('problem');
        return parsed.mock.calls.filter(([text]) => text.includes('<w:body>')).length;
      };
      expect(count()).toBe(1);
      expect(count(0)).toBe(2);
    } finally {
      parsed.mockRestore();
    }
  });
});

describe('parseXml take', () => {
  it('leaves taken elements out of the tree and shows their open ancestors', () => {
    const seen: string[] = [];
    const root = parseXml('<a><b/><c><b>y</b>z</c><b>x</b></a>', (el, up) => {
      if (el.local !== 'b') return false;
      seen.push(up.map((u: Element) => u.local).join('/'));
      return true;
    });
    expect(seen).toEqual(['a', 'a/c', 'a']);
    expect(root.children).toEqual([{ local: 'c', ns: null, attrs: [], children: ['z'] }]);
  });
});

describe('a cell is bold', () => {
  const r = (text: string, bold: boolean) =>
    `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${text}</w:t></w:r>`;
  const boldOf = (...paragraphs: string[]) => {
    const xml = docxZip({ body: tbl(tr(tc(paragraphs.join('')))), orientation: 'portrait' })
      .file('word/document.xml')!
      .asText();
    return docxTables(xml)[0]![0]![0]!.bold;
  };
  it('when every run that shows text is bold, across its paragraphs', () => {
    expect(boldOf(`<w:p>${r('Tổng ', true)}${r('cộng', true)}</w:p>`, p('12', true))).toBe(true);
    // A run without text does not count either way.
    expect(boldOf(`<w:p>${r('Tổng', true)}${r('', false)}</w:p>`)).toBe(true);
  });
  it('not when one run with text is not, nor when no run shows text', () => {
    expect(boldOf(`<w:p>${r('Tổng ', true)}${r('cộng', false)}</w:p>`)).toBe(false);
    expect(boldOf(p('Tổng', true), p('12'))).toBe(false);
    expect(boldOf(`<w:p>${r('', true)}</w:p>`)).toBe(false);
    expect(boldOf('<w:p/>')).toBe(false);
  });
});
