// Opens the produced files in LibreOffice as an official would, through PDF conversion, and
// reads the pages back (one warm LibreOffice shared by the tests of this file). Needs soffice and pdftotext (.ci/run installs them); elsewhere the
// tests are skipped with a notice unless TTHC_REQUIRE_SOFFICE=1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { complianceAnnex } from '../../src/compute/compliance-annex';
import { DEFAULT_TARGETS } from '../../src/contract/targets';
import { fillForms } from '../../src/forms';
import { complianceFiles } from '../../src/render/compliance/compliance-files';
import { formFrame } from '../../src/forms/form-frame';
import { annexDocx } from '../../src/render/annex/annex-docx';
import { formsWorkbook } from '../../src/render/forms/forms-workbook';
import { rankingAnnex } from '../../src/compute/ranking-annex';
import { rankingFiles } from '../../src/render/ranking/ranking-files';
import { stampOf } from '../../src/render/render-package';
import { projectRoot } from '../../src/tools/project-root';
import { letterFromText } from '../helpers/sample-package';
import { modelOf, SAMPLE_766, SAMPLE_Q1 } from '../helpers/load-sample';
import { sampleReport } from '../helpers/sample-report';
import { formsLayoutFaults, reportLayoutFaults, urlLines } from '../helpers/pdf-layout';
import { convertShared, pageText, sofficeTest } from '../helpers/soffice';

const maybe = sofficeTest('mở tệp bằng LibreOffice');

const dir = mkdtempSync(join(tmpdir(), 'tthc-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Converts a file to PDF beside it (bao-cao.docx.pdf: a Word file and a workbook of the same
 * name keep apart), through one warm LibreOffice for the whole file of tests; its PDFs are the
 * cold path's, page for page and word for word (test/render/pdf/convert-to-pdf.test.ts).
 */
const toPdf = (file: string): Promise<string> => convertShared(file, `${file}.pdf`);

const firstLine = (text: string) =>
  text
    .split('\n')
    .find((l) => l.trim() !== '')!
    .trim();

maybe(
  'the report opens in LibreOffice: no page number on page 1, "2" at the top of page 2',
  async () => {
    const r = await sampleReport(SAMPLE_Q1);
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(file, r.bytes!);
    const pdf = await toPdf(file);
    // Page 1 starts with the header table; page 2 with its number in the top margin.
    expect(firstLine(pageText(pdf, 1))).toMatch(
      /^ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/,
    );
    expect(firstLine(pageText(pdf, 2))).toBe('2');
    expect(pageText(pdf, 1)).toContain('Quý I năm 2026');
    // The page layout checks of issue 16 (docs/page-layout.md), on this one conversion.
    expect(reportLayoutFaults(file, pdf)).toEqual([]);
    expect(urlLines(pdf).length).toBeGreaterThanOrEqual(2);
  },
  180_000,
);

maybe(
  'the annex and the forms workbook open in LibreOffice with every total visible',
  async () => {
    const r = await sampleReport(SAMPLE_Q1);
    const forms = fillForms(r.model);
    const annex = join(dir, 'phu-luc-bieu-mau.docx');
    writeFileSync(annex, annexDocx(forms, r.model, stampOf(r.model)));
    const book = join(dir, 'bieu-mau.xlsx');
    writeFileSync(book, await formsWorkbook(forms, formFrame(r.model), stampOf(r.model)));
    for (const pdf of [await toPdf(annex), await toPdf(book)]) {
      const all = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      // 06c grand total received and resolved, 05b total, II.03b total, II.02c total.
      for (const total of ['176.319', '167.004', '9.315', '53.225', '123.094', '1.008'])
        expect([pdf, total, all.includes(total)]).toEqual([pdf, total, true]);
      expect(all).toContain('Biểu số 06c/VPCP/KSTT');
      expect([pdf, formsLayoutFaults(pdf)]).toEqual([pdf, []]);
    }
  },
  180_000,
);

const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);

maybe(
  'the ranking annex opens in LibreOffice: landscape, headings on every page, arrows and diacritics',
  async () => {
    const m = await modelOf(SAMPLE_766);
    const docx = join(dir, 'xep-hang-766.docx');
    const files = await rankingFiles(m, rankingAnnex(m)!, stampOf(m));
    writeFileSync(docx, files.docx);
    const book = join(dir, 'xep-hang-766.xlsx');
    writeFileSync(book, files.xlsx);
    for (const pdf of [await toPdf(docx), await toPdf(book)]) {
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/);
      const pages = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1));
      expect(pages.length).toBeGreaterThan(2);
      // Every page carries the table headings; the province's line keeps its arrows.
      for (const page of pages) expect(page).toContain('Điểm các nhóm chỉ số');
      expect(pages[0]).toMatch(/15\/34 +Tỉnh Lào Cai +15,34 .*82,16 +Tốt +↓ ?2 +↑ ?1,26/);
      expect(pages[0]).toMatch(/16 +Ban Quản lý các khu công nghiệp +16,20 /);
      expect(pages.join('\n')).toMatch(/97 +Xã Tằng Loỏng +13,67 /);
    }
  },
  180_000,
);

maybe(
  'a letter opens in LibreOffice: header on page 1 without a number, "2" on page 2',
  async () => {
    const path = join(projectRoot(), 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
    const r = letterFromText(readFileSync(path, 'utf8'), path);
    const file = join(dir, 'cong-van.docx');
    writeFileSync(file, r.bytes!);
    const pdf = await toPdf(file);
    expect(firstLine(pageText(pdf, 1))).toMatch(
      /^ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/,
    );
    expect(firstLine(pageText(pdf, 2))).toBe('2');
    expect(pageText(pdf, 1)).toContain('Kính gửi:');
  },
  180_000,
);

maybe(
  'the compliance annex opens in LibreOffice: landscape, no number on page 1, the summary lines',
  async () => {
    const m = await modelOf(SAMPLE_766);
    const annex = complianceAnnex(m.indicators, DEFAULT_TARGETS)!;
    const files = await complianceFiles(m, annex, stampOf(m));
    const docx = join(dir, 'chi-tieu-don-vi.docx');
    writeFileSync(docx, files.docx);
    const book = join(dir, 'chi-tieu-don-vi.xlsx');
    writeFileSync(book, files.xlsx);
    for (const pdf of [await toPdf(docx), await toPdf(book)]) {
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/);
      const all = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(all).toMatch(/Sở Công Thương +22,85 +75,67 +84,95 +70,14 +1/);
      expect(all).toMatch(/Số đơn vị chưa đạt chỉ tiêu +5\/16 +1\/16 +0\/16 +1\/16 +7\/16/);
      expect(all).toMatch(/Số đơn vị chưa đạt chỉ tiêu +22\/99 +5\/99 +5\/99 +6\/99 +34\/99/);
      expect(firstLine(pageText(pdf, 1))).toBe('Phụ lục');
    }
  },
  180_000,
);
