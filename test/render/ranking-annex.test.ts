import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { rankingAnnex, type RankingAnnex } from '../../src/compute/ranking-annex';
import type { ReportModel } from '../../src/compute/report-model';
import { rankingFiles } from '../../src/render/ranking/ranking-files';
import { attachedToLine } from '../../src/phrase/attached-to';
import { stampOf } from '../../src/render/render-package';
import type { DocxTable } from '../../src/ooxml/docx-model';
import { docxTables, gridTexts } from '../../src/ooxml/docx-tables';
import { readDocxText } from '../../src/ooxml/docx-text';
import { verifyRankingDocx, verifyRankingWorkbook } from '../../src/verify/ranking-annex';
import { modelOf, SAMPLE_766 } from '../helpers/load-sample';

/** Fakes the clock alone, at another time than the stamp: exceljs needs real timers to finish. */
const otherClock = () =>
  jest.useFakeTimers({
    now: new Date(Date.UTC(2031, 5, 7, 13, 45, 10)),
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
const DOCX = 'xep-hang-766.docx';
const XLSX = 'xep-hang-766.xlsx';
let model: ReportModel;
let annex: RankingAnnex;
let when: Date;
let docx: Buffer;
let xlsx: Buffer;
let xml: string;
beforeAll(async () => {
  model = await modelOf(SAMPLE_766);
  annex = rankingAnnex(model)!;
  when = stampOf(model);
  docx = (await rankingFiles(model, rankingAnnex(model)!, when)).docx;
  xlsx = (await rankingFiles(model, rankingAnnex(model)!, when)).xlsx;
  xml = new PizZip(docx).file('word/document.xml')!.asText();
});

const loadBook = async (bytes: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
};

/** The table whose first heading row names the units ("Cơ quan, đơn vị", "Xã, phường"). */
const tableOf = (doc: string, heading: string): DocxTable =>
  docxTables(doc).find((t) => t[0]!.some((c) => c.text === heading))!;

/** A model where one agency has no reading on 31/7/2025. */
function withNewAgency(m: ReportModel): ReportModel {
  const index = m.index766!;
  const so_nganh = index.groups.so_nganh.map((u, i) => (i === 2 ? { ...u, comparison: null } : u));
  return { ...m, index766: { ...index, groups: { ...index.groups, so_nganh } } };
}

describe('Word', () => {
  test('annex heading of Nghị định 30/2020 naming the draft letter, then the reading date', () => {
    const text = readDocxText(docx).body.map((p) => p.text);
    expect(text.slice(0, 6)).toEqual([
      'Phụ lục',
      'KẾT QUẢ BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP\nCỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG TỈNH LÀO CAI',
      '(Kèm theo Văn bản số      /UBND-HCC ngày      tháng 8 năm 2025 của UBND tỉnh Lào Cai)',
      'Số liệu tính đến ngày 25/8/2025',
      'Ghi chú: ↑ tăng, ↓ giảm, = không đổi so với ngày 31/7/2025.',
      'I. CÁC SỞ, BAN, NGÀNH',
    ]);
    expect(text).toContain('II. CÁC XÃ, PHƯỜNG');
    expect(xml).toContain(
      '<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">(Kèm theo',
    );
  });

  test('an issued letter is cited by its number and date', () => {
    const issued = { ...model.frame, number: '862', isDraft: false };
    expect(attachedToLine(issued, model.province.name, 'Văn bản')).toBe(
      '(Kèm theo Văn bản số 862/UBND-HCC ngày 26/8/2025 của UBND tỉnh Lào Cai)',
    );
  });

  test('A4 landscape, page number from page 2, communes on a page of their own', () => {
    const sect = xml.slice(xml.lastIndexOf('<w:sectPr>'));
    expect(sect).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(sect).toContain('<w:titlePg/>');
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
  });

  test('agencies: two heading rows repeated on every page, the province line, then by rank', () => {
    const t = tableOf(xml, 'Cơ quan, đơn vị');
    expect(gridTexts(t[0]!)).toEqual([
      'Xếp hạng',
      'Cơ quan, đơn vị',
      'Điểm các nhóm chỉ số',
      null,
      null,
      null,
      null,
      'Tổng điểm',
      'Xếp loại',
      'So với ngày 31/7/2025',
      null,
    ]);
    expect(
      gridTexts(t[1]!)
        .slice(2)
        .map((s) => s?.replace(/\u00a0/g, ' ')),
    ).toEqual([
      'Công khai, minh bạch (18 điểm)',
      'Tiến độ giải quyết (20 điểm)',
      'Dịch vụ công trực tuyến (22 điểm)',
      'Mức độ hài lòng (18 điểm)',
      'Số hóa hồ sơ (22 điểm)',
      '',
      '',
      'Thứ hạng',
      'Tổng điểm',
    ]);
    expect(gridTexts(t[2]!)).toEqual([
      '15/34',
      'Tỉnh Lào Cai',
      '15,34',
      '18,95',
      '16,63',
      '17,97',
      '13,30',
      '82,16',
      'Tốt',
      '↓ 2',
      '↑ 1,26',
    ]);
    expect(t.slice(3).map((r) => r[0]!.text)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(i + 1)),
    );
    const tbl = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    const rows = tbl.split('<w:tr>').slice(1);
    expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual([
      true,
      true,
      ...Array<boolean>(17).fill(false),
    ]);
  });

  test('communes: the province line on top, ranks 90 to 99 by official name', () => {
    const t = tableOf(xml, 'Xã, phường');
    expect(t).toHaveLength(2 + 1 + 99);
    expect(t[2]![1]!.text).toBe('Tỉnh Lào Cai');
    expect(t.slice(-10).map((r) => `${r[0]!.text} ${r[1]!.text}`)).toEqual([
      '90 Xã Ngũ Chỉ Sơn',
      '91 Xã Tân Hợp',
      '92 Xã Xuân Ái',
      '93 Xã Văn Bàn',
      '94 Xã Bảo Nhai',
      '95 Phường Cầu Thia',
      '96 Xã Hưng Khánh',
      '97 Xã Tằng Loỏng',
      '98 Xã Tà Xi Láng',
      '99 Xã Thượng Bằng La',
    ]);
  });

  test('read back, every cell matches the computed rows', () => {
    expect(verifyRankingDocx(docx, annex, DOCX)).toEqual([]);
  });

  test('a changed figure in the file is caught by the read-back', () => {
    const zip = new PizZip(docx);
    // The first "82,16" is the province's total in the agencies' table.
    zip.file('word/document.xml', xml.replace('>82,16<', '>82,61<'));
    const tampered = zip.generate({ type: 'nodebuffer' });
    expect(verifyRankingDocx(tampered, annex, DOCX)).toEqual([
      {
        file: DOCX,
        kind: 'cell',
        at: { part: 'word/document.xml', detail: 'bảng Sở, ban, ngành, dòng 1, cột Tổng điểm' },
        expected: '82,16',
        found: '82,61',
      },
    ]);
  });

  test('a unit without an earlier reading shows "—", and the note says why', async () => {
    const m = withNewAgency(model);
    const bytes = (await rankingFiles(m, rankingAnnex(m)!, when)).docx;
    const doc = new PizZip(bytes).file('word/document.xml')!.asText();
    const row = gridTexts(tableOf(doc, 'Cơ quan, đơn vị')[2 + 3]!);
    expect(row.slice(0, 2)).toEqual(['3', 'Sở Khoa học và Công nghệ']);
    expect(row.slice(-2)).toEqual(['—', '—']);
    expect(readDocxText(bytes).body.map((p) => p.text)).toContain(
      'Ghi chú: ↑ tăng, ↓ giảm, = không đổi so với ngày 31/7/2025; — không có số liệu ngày 31/7/2025.',
    );
    expect(verifyRankingDocx(bytes, rankingAnnex(m)!, DOCX)).toEqual([]);
  });

  test('with a single reading there are no change columns', async () => {
    const m = { ...model, index766: { ...model.index766!, previousAsOf: null } };
    const bytes = (await rankingFiles(m, rankingAnnex(m)!, when)).docx;
    const doc = new PizZip(bytes).file('word/document.xml')!.asText();
    expect(gridTexts(tableOf(doc, 'Cơ quan, đơn vị')[0]!)).toHaveLength(9);
    expect(doc).not.toContain('Ghi chú');
    expect(verifyRankingDocx(bytes, rankingAnnex(m)!, DOCX)).toEqual([]);
  });

  test('the same model and date give the same bytes, whatever the clock says', async () => {
    otherClock();
    try {
      expect((await rankingFiles(model, rankingAnnex(model)!, when)).docx.equals(docx)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('workbook', () => {
  test('one sheet per group, printed A4 landscape, one page wide, headings on every page', async () => {
    const wb = await loadBook(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Sở, ban, ngành', 'Xã, phường']);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '7:8',
      });
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 8 });
      expect(ws.getCell('A1').value).toBe('Phụ lục');
      expect(ws.getCell('A3').value).toBe(
        '(Kèm theo Văn bản số      /UBND-HCC ngày      tháng 8 năm 2025 của UBND tỉnh Lào Cai)',
      );
      expect(ws.getCell('A4').value).toBe('Số liệu tính đến ngày 25/8/2025');
    }
  });

  test('figures stay numbers, shown with Vietnamese decimals and arrows', async () => {
    const ws = (await loadBook(xlsx)).getWorksheet('Sở, ban, ngành')!;
    const province = ws.getRow(9);
    expect(province.getCell(1).value).toBe('15/34');
    expect(province.getCell(2).value).toBe('Tỉnh Lào Cai');
    expect(province.getCell(8).value).toBe(82.16);
    expect(province.getCell(8).numFmt).toBe('[$-42A]#,##0.00');
    expect(province.getCell(9).value).toBe('Tốt');
    expect(province.getCell(10).value).toBe(-2);
    expect(province.getCell(10).numFmt).toBe('"↑ "0;"↓ "0;"="');
    expect(province.getCell(11).value).toBe(1.26);
    expect(province.getCell(11).numFmt).toBe('[$-42A]"↑ "0.00;[$-42A]"↓ "0.00;"="');
    expect(ws.getRow(10).getCell(1).value).toBe(1);
    expect(ws.getCell(9 + 16, 2).value).toBe('Ban Quản lý các khu công nghiệp');
  });

  test('read back, every cell matches the computed rows', async () => {
    expect(await verifyRankingWorkbook(xlsx, annex, XLSX)).toEqual([]);
  });

  test('a changed figure or a figure turned into text is caught by the read-back', async () => {
    const wb = await loadBook(xlsx);
    const ws = wb.getWorksheet('Xã, phường')!;
    ws.getCell('H10').value = 97.2;
    ws.getCell('C11').value = String(ws.getCell('C11').value);
    const tampered = Buffer.from(await wb.xlsx.writeBuffer());
    const found = await verifyRankingWorkbook(tampered, annex, XLSX);
    const communes = annex.tables[1]!.rows;
    expect(found).toEqual([
      {
        file: XLSX,
        kind: 'cell',
        at: { format: 'xlsx', table: 'Xã, phường', cell: 'H10' },
        expected: String(communes[1]!.total),
        found: '97.2',
      },
      {
        file: XLSX,
        kind: 'cell',
        at: { format: 'xlsx', table: 'Xã, phường', cell: 'C11' },
        expected: String(communes[2]!.scores.transparency),
        found: `"${communes[2]!.scores.transparency}"`,
      },
    ]);
  });

  test('a unit without an earlier reading reads "—"', async () => {
    const m = withNewAgency(model);
    const bytes = (await rankingFiles(m, rankingAnnex(m)!, when)).xlsx;
    const ws = (await loadBook(bytes)).getWorksheet('Sở, ban, ngành')!;
    expect([ws.getCell('J12').value, ws.getCell('K12').value]).toEqual(['—', '—']);
    expect(await verifyRankingWorkbook(bytes, rankingAnnex(m)!, XLSX)).toEqual([]);
  });

  test('the same model and date give the same bytes, whatever the clock says', async () => {
    otherClock();
    try {
      expect((await rankingFiles(model, rankingAnnex(model)!, when)).xlsx.equals(xlsx)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
