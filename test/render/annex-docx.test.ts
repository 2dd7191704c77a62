import PizZip from 'pizzip';
import type { ReportModel } from '../../src/compute/report-model';
import { fillForms, type FormTable } from '../../src/forms';
import { annexDocx } from '../../src/render/annex/annex-docx';
import { attachedTo } from '../../src/render/annex/annex-text';
import { verifyAnnexDocx } from '../../src/verify/annex-docx';
import type { DocxTable } from '../../src/ooxml/docx-model';
import { docxTables, gridTexts } from '../../src/ooxml/docx-tables';
import { modelOf, SAMPLE_H1, SAMPLE_Q1 } from '../helpers/load-sample';

const STAMP = new Date(Date.UTC(2026, 2, 16));
const FILE = 'phu-luc-bieu-mau.docx';
let model: ReportModel;
let tables: FormTable[];
let bytes: Buffer;
let xml: string;
beforeAll(async () => {
  model = await modelOf(SAMPLE_Q1);
  tables = fillForms(model);
  bytes = annexDocx(tables, model, STAMP);
  xml = documentXml(bytes);
});

function documentXml(docx: Buffer): string {
  return new PizZip(docx).file('word/document.xml')!.asText();
}

/** The document's text, paragraph by paragraph. */
const paragraphs = (doc: string) =>
  [...doc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

/** The form table whose column-number row is (1)…(n). */
function formTable(doc: string, n: number): DocxTable {
  const numbers = Array.from({ length: n }, (_, k) => `(${k + 1})`);
  const found = docxTables(doc).find((t) =>
    t.some((r) => JSON.stringify(gridTexts(r)) === JSON.stringify(numbers)),
  );
  if (!found) throw new Error(`no table with ${n} numbered columns`);
  return found;
}

test('the annex heading: Phụ lục, the title in capitals, the "Kèm theo" line of the draft', () => {
  const text = paragraphs(xml);
  expect(text.slice(0, 3)).toEqual([
    'Phụ lục',
    'CÁC BIỂU MẪU THỐNG KÊ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2026',
    '(Kèm theo Báo cáo số      /BC-UBND ngày      tháng 3 năm 2026 của UBND tỉnh Lào Cai)',
  ]);
  expect(xml).toContain(
    '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">Phụ lục<',
  );
});

test('an issued report is cited by its number and date', async () => {
  const issued = await modelOf(SAMPLE_H1);
  expect(attachedTo(issued)).toBe(
    '(Kèm theo Báo cáo số 187/BC-UBND ngày 16/6/2026 của UBND tỉnh Lai Châu)',
  );
  const single = { ...model, frame: { ...model.frame, number: '5', isDraft: false } };
  expect(attachedTo(single)).toBe(
    '(Kèm theo Báo cáo số 05/BC-UBND ngày 16/3/2026 của UBND tỉnh Lào Cai)',
  );
});

test('every form: its code, its title, and a page of its own after the first', () => {
  const text = paragraphs(xml);
  expect(tables.map((t) => t.form.code)).toEqual(['II.02c', 'II.03b', '05b', '06c']);
  for (const t of tables) {
    expect(text).toContain(t.form.fullCode);
    expect(text).toContain(t.form.title);
    expect(text).toContain(`Đơn vị tính: ${t.form.unit}`);
  }
  expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(tables.length - 1);
  expect(text.filter((p) => p === 'NGƯỜI LẬP BIỂU')).toHaveLength(tables.length);
});

test('06c: merged headings repeated on every page, numbered columns, the seed totals', () => {
  const t = formTable(xml, 13);
  expect(gridTexts(t[0]!)).toEqual([
    'STT',
    'Đơn vị',
    'Số hồ sơ nhận giải quyết',
    null,
    null,
    null,
    'Số hồ sơ đã giải quyết',
    null,
    null,
    null,
    'Số hồ sơ đang giải quyết',
    null,
    null,
  ]);
  expect(gridTexts(t[1]!).slice(0, 7)).toEqual([
    '',
    '',
    'Tổng số',
    'Trong đó',
    null,
    null,
    'Tổng số',
  ]);
  expect(gridTexts(t[2]!).slice(2, 7)).toEqual([
    '',
    'Trực tuyến',
    'Trực tiếp và qua dịch vụ bưu chính',
    'Từ kỳ trước chuyển sang',
    '',
  ]);
  expect(gridTexts(t[3]!)).toEqual(Array.from({ length: 13 }, (_, k) => `(${k + 1})`));
  const tbl = xml.slice(xml.lastIndexOf('<w:tbl>', xml.indexOf('>(13)<')));
  const rows = tbl.slice(0, tbl.indexOf('</w:tbl>')).split('<w:tr>').slice(1);
  expect(rows.slice(0, 4).every((r) => r.includes('<w:tblHeader/>'))).toBe(true);
  expect(rows.slice(4).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
  expect(rows[0]).toMatch(
    /<w:vMerge w:val="restart"\/><w:vAlign w:val="center"\/><\/w:tcPr><w:p><w:pPr><w:pStyle w:val="Bang"\/><\/w:pPr><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">STT</,
  );
  expect(rows[0]).toContain('<w:gridSpan w:val="4"/>');
  const total = gridTexts(t[t.length - 1]!);
  expect(total[1]).toBe('Tổng số');
  expect(total[2]).toBe('176.319');
  expect(total[6]).toBe('167.004');
  expect(t).toHaveLength(4 + tables[3]!.rows.length);
});

test('A4 landscape with the page number from page 2 only', () => {
  const sect = xml.slice(xml.lastIndexOf('<w:sectPr>'));
  expect(sect).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
  expect(sect).toContain('<w:titlePg/>');
  expect(new PizZip(bytes).file('word/header1.xml')!.asText()).toContain(' PAGE ');
});

test('the annex read back matches every cell of every form', () => {
  expect(verifyAnnexDocx(bytes, tables, FILE)).toEqual([]);
});

test('a changed figure in the file is caught by the read-back', () => {
  expect(xml.split('>176.319<')).toHaveLength(2);
  const zip = new PizZip(bytes);
  zip.file('word/document.xml', xml.replace('>176.319<', '>176.318<'));
  const tampered = zip.generate({ type: 'nodebuffer' });
  expect(verifyAnnexDocx(tampered, tables, FILE)).toEqual([
    {
      file: FILE,
      kind: 'cell',
      at: {
        part: 'word/document.xml',
        detail: `biểu 06c, dòng ${tables[3]!.rows.length}, cột (3)`,
      },
      expected: '176.319',
      found: '176.318',
    },
  ]);
});

test('a form missing from the file is reported', () => {
  const three = annexDocx(tables.slice(0, 3), model, STAMP);
  expect(verifyAnnexDocx(three, tables, FILE)).toEqual([
    {
      kind: 'table',
      file: FILE,
      at: { part: 'word/document.xml', detail: '06c' },
      expected: 'bảng Biểu số 06c/VPCP/KSTT',
      found: 'không có',
    },
  ]);
});

test('the same model and date give the same bytes', () => {
  expect(annexDocx(fillForms(model), model, STAMP).equals(bytes)).toBe(true);
});
