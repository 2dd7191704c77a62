// `tthc build --pdf` on both samples, run as a user would, and the PDFs read back with poppler
// (pdftotext, pdftohtml): independent of the pdf-lib code that wrote them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import PizZip from 'pizzip';
import { projectRoot } from '../../../src/tools/project-root';
import { SAMPLE_766, SAMPLE_Q1 } from '../../helpers/load-sample';
import { pageWords, pdfAllText, sofficeTest, warmAvailable } from '../../helpers/soffice';
import { verifyPackagePdfs } from '../../../src/verify/package-pdfs';
import { readEarly } from '../../../src/verify/pdf-sources';
import { docxWords } from '../../../src/verify/document-words';
import { missingWords, pdfPages, printedWords } from '../../../src/verify/pdf-text';
import { documentTitles } from '../../../src/phrase/document-titles';
import { fillForms } from '../../../src/forms';
import { modelOf } from '../../helpers/load-sample';
import { copySample, removeTempFolders, setCell } from '../../helpers/sample-copy';

const maybe = sofficeTest('tệp PDF (tthc build --pdf)');
const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
// Made on first use: when every test is skipped, jest runs no afterAll to remove it.
let out = '';
const outDir = () => (out ||= mkdtempSync(join(tmpdir(), 'tthc-pdf-')));
const Q1 = 'lao-cai-2026-q1';
const I766 = 'lao-cai-2025-q3';
afterAll(() => out && rmSync(out, { recursive: true, force: true }));
afterAll(removeTempFolders);

const built = new Map<string, ReturnType<typeof spawnSync>>();
/**
 * The index-766 sample goes through the warm converter (TTHC_PDF_CONVERTER=warm), the quarterly
 * one through the default cold batch: every check below holds for both ways.
 */
const WARM = process.env.TTHC_REQUIRE_SOFFICE === '1' || warmAvailable();
const converter = (data: string) => (data === SAMPLE_766 && WARM ? 'warm' : 'cold');
/** Builds a sample with --pdf once, on first use. */
function build(data: string) {
  if (!built.has(data))
    built.set(
      data,
      spawnSync(process.execPath, [MAIN, 'build', '--data', data, '--out', outDir(), '--pdf'], {
        encoding: 'utf8',
        timeout: 600_000,
        env: { ...process.env, TTHC_PDF_CONVERTER: converter(data) },
      }),
    );
  const r = built.get(data)!;
  // No error, and the warm converter did start (the 766 sample has a data warning of its own).
  const said = String(r.stderr);
  expect([r.status, said.includes('LỖI'), said.includes('PDF_WARM_UNAVAILABLE')]).toEqual([
    0,
    false,
    false,
  ]);
  return r;
}

/** The bookmarks as poppler reads them: [title, 1-based page]. */
const outline = (pdf: string): [string, number][] =>
  [
    ...spawnSync('pdftohtml', ['-xml', '-i', '-stdout', pdf], {
      encoding: 'utf8',
    }).stdout.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g),
  ].map((m) => [m[2]!, Number(m[1])]);

const pages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);

/** Margins of a Word file's first section, in points. */
function margins(docx: string) {
  const xml = new PizZip(readFileSync(docx)).file('word/document.xml')!.asText();
  const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
  const twips = (k: string) => Number(new RegExp(`w:${k}="(\\d+)"`).exec(mar)![1]) / 20;
  return { top: twips('top'), left: twips('left'), right: twips('right') };
}

/** The words printed in the top margin of a page (where the page number goes). */
function topMargin(pdf: string, page: number, docx: string) {
  const m = margins(docx);
  const p = pageWords(pdf, page);
  const words = p.words.filter((w) => w.yMax <= m.top);
  const centre = m.left + (p.width - m.left - m.right) / 2;
  return { words, centre };
}

/** Page `page` has "n" alone in its top margin, centred between the side margins. */
function expectNumberAtTopCentre(pdf: string, page: number, docx: string, n: string) {
  const { words, centre } = topMargin(pdf, page, docx);
  expect(words.map((w) => w.text)).toEqual([n]);
  expect(Math.abs((words[0]!.xMin + words[0]!.xMax) / 2 - centre)).toBeLessThan(2);
}

maybe(
  'the quarterly bundle shows the seed figures and the form names',
  () => {
    build(SAMPLE_Q1);
    const text = pdfAllText(join(out, Q1, 'tron-bo.pdf'));
    // 06c received and resolved, pending, 05b, II.03b and II.02c totals (seed 003).
    for (const total of ['176.319', '167.004', '9.315', '53.225', '123.094', '1.008'])
      expect([total, text.includes(total)]).toEqual([total, true]);
    expect(text).toContain('Quý I năm 2026');
    expect(text).toContain('Biểu số 06c/VPCP/KSTT');
    expect(text).toContain('UBND tỉnh Lào Cai');
  },
  600_000,
);

maybe(
  'the index-766 bundle shows the low-ranked units with their diacritics, in the letter and the annex',
  () => {
    build(SAMPLE_766);
    const bundle = join(out, I766, 'tron-bo.pdf');
    const letterPages = pages(join(out, I766, 'cong-van-766.pdf'));
    const range = (first: number, last: number) =>
      spawnSync('pdftotext', ['-f', String(first), '-l', String(last), bundle, '-'], {
        encoding: 'utf8',
      }).stdout;
    const letter = range(1, letterPages);
    const annex = range(letterPages + 1, pages(bundle));
    for (const name of ['Tằng Loỏng', 'Nghĩa Tâm', 'Ngũ Chỉ Sơn']) {
      expect([name, letter.includes(name)]).toEqual([name, true]);
      expect([name, annex.includes(`Xã ${name}`)]).toEqual([name, true]);
    }
    expect(letter).toContain('82,16 điểm');
  },
  600_000,
);

maybe(
  'bundles: report or letter first, then the annex; one bookmark each; metadata of the package',
  async () => {
    build(SAMPLE_Q1);
    build(SAMPLE_766);
    const q1 = join(out, Q1, 'tron-bo.pdf');
    const report = pages(join(out, Q1, 'bao-cao.pdf'));
    expect(pages(q1)).toBe(report + pages(join(out, Q1, 'phu-luc-bieu-mau.pdf')));
    expect(outline(q1)).toEqual([
      ['Báo cáo công tác kiểm soát thủ tục hành chính Quý I năm 2026', 1],
      ['Phụ lục: Biểu mẫu thống kê II.02c, II.03b, 05b, 06c', report + 1],
    ]);
    const i766 = join(out, I766, 'tron-bo.pdf');
    expect(outline(i766)).toEqual([
      [
        'Công văn V/v tiếp tục triển khai Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ',
        1,
      ],
      [
        'Phụ lục: Kết quả Bộ chỉ số 766 của các cơ quan, địa phương tỉnh Lào Cai',
        pages(join(out, I766, 'cong-van-766.pdf')) + 1,
      ],
      [
        'Phụ lục: Kết quả thực hiện các chỉ tiêu của các cơ quan, địa phương tỉnh Lào Cai',
        pages(join(out, I766, 'cong-van-766.pdf')) + pages(join(out, I766, 'xep-hang-766.pdf')) + 1,
      ],
    ]);
    expect(pages(i766)).toBe(
      ['cong-van-766.pdf', 'xep-hang-766.pdf', 'chi-tieu-don-vi.pdf']
        .map((f) => pages(join(out, I766, f)))
        .reduce((a, b) => a + b),
    );
    const info = spawnSync('pdfinfo', [q1], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^Title: +Báo cáo công tác kiểm soát thủ tục hành chính Quý I năm 2026$/m);
    expect(info).toMatch(/^Author: +ỦY BAN NHÂN DÂN TỈNH LÀO CAI$/m);
    expect(info).toMatch(/^Subject: +Báo cáo .*; Phụ lục: Biểu mẫu thống kê/m);
    expect(info).toMatch(/^Keywords: +tỉnh Lào Cai; Quý I năm 2026; .*06c$/m);
    expect(info).toMatch(/^Creator: +tthc$/m);
    // ThongTin.csv: ngay_bao_cao 2026-03-16.
    const doc = await PDFDocument.load(readFileSync(q1), { updateMetadata: false });
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-16T00:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-03-16T00:00:00.000Z');
    // pdfinfo shows dates in the local time zone; CI runs in Asia/Ho_Chi_Minh.
    const utc = { encoding: 'utf8' as const, env: { ...process.env, TZ: 'UTC' } };
    expect(spawnSync('pdfinfo', [i766], utc).stdout).toMatch(
      /^CreationDate: +Tue Aug 26 00:00:00 2025 UTC$/m,
    );
  },
  600_000,
);

maybe(
  'page 1 has no number, page 2 has "2" at the top centre; the annex numbers its pages anew',
  () => {
    build(SAMPLE_Q1);
    build(SAMPLE_766);
    const q1 = join(out, Q1, 'tron-bo.pdf');
    const reportDocx = join(out, Q1, 'bao-cao.docx');
    expect(topMargin(q1, 1, reportDocx).words).toEqual([]);
    expectNumberAtTopCentre(q1, 2, reportDocx, '2');
    expectNumberAtTopCentre(q1, 3, reportDocx, '3');
    const annexAt = pages(join(out, Q1, 'bao-cao.pdf')) + 1;
    const annexDocx = join(out, Q1, 'phu-luc-bieu-mau.docx');
    expect(topMargin(q1, annexAt, annexDocx).words).toEqual([]);
    expectNumberAtTopCentre(q1, annexAt + 1, annexDocx, '2');
    const i766 = join(out, I766, 'tron-bo.pdf');
    const letterDocx = join(out, I766, 'cong-van-766.docx');
    expect(topMargin(i766, 1, letterDocx).words).toEqual([]);
    expectNumberAtTopCentre(i766, 2, letterDocx, '2');
  },
  600_000,
);

maybe(
  'every document has its PDF, each titled, and the build says so',
  () => {
    const r = build(SAMPLE_766);
    for (const f of ['cong-van-766', 'xep-hang-766', 'xep-hang-766-bang-tinh'])
      expect([f, existsSync(join(out, I766, `${f}.pdf`))]).toEqual([f, true]);
    expect(outline(join(out, I766, 'xep-hang-766-bang-tinh.pdf'))).toEqual([
      ['Phụ lục: Kết quả Bộ chỉ số 766 của các cơ quan, địa phương tỉnh Lào Cai (bảng tính)', 1],
    ]);
    expect(String(r.stdout)).toContain('tron-bo.pdf');
    // All the files in one call of the converter.
    expect(String(r.stderr)).toContain(
      'Đang chuyển 5 tệp sang PDF bằng LibreOffice: cong-van-766.docx, xep-hang-766.docx, xep-hang-766.xlsx, chi-tieu-don-vi.docx, chi-tieu-don-vi.xlsx…',
    );
    build(SAMPLE_Q1);
    expect(pdfAllText(join(out, Q1, 'bieu-mau.pdf'))).toContain('176.319');
  },
  600_000,
);

maybe(
  'the read-back catches a bundle that lost a page or a part that is not its document',
  async () => {
    build(SAMPLE_Q1);
    const model = await modelOf(SAMPLE_Q1);
    const titles = documentTitles(model, fillForms(model), null);
    const files = (name: string) =>
      existsSync(join(out, Q1, name)) ? readFileSync(join(out, Q1, name)) : null;
    expect(await verifyPackagePdfs(files, titles)).toEqual([]);
    const bundle = await PDFDocument.load(readFileSync(join(out, Q1, 'tron-bo.pdf')));
    bundle.removePage(1);
    const short = Buffer.from(await bundle.save());
    const swapped = (name: string) =>
      name === 'tron-bo.pdf'
        ? short
        : name === 'bao-cao.pdf'
          ? readFileSync(join(out, Q1, 'phu-luc-bieu-mau.pdf'))
          : files(name);
    const found = await verifyPackagePdfs(swapped, titles);
    expect(found).toContainEqual(
      expect.objectContaining({
        file: 'bao-cao.pdf',
        kind: 'pdf',
        at: { detail: 'chữ trên trang' },
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ file: 'tron-bo.pdf', expected: 'chữ như bao-cao.pdf' }),
    );
    // The page count on its own, with the real parts: with the annex standing for the report,
    // the bundle short of one page can have as many pages as the parts (report = annex + 1).
    const lost = await verifyPackagePdfs(
      (name) => (name === 'tron-bo.pdf' ? short : files(name)),
      titles,
    );
    expect(lost).toContainEqual(
      expect.objectContaining({ file: 'tron-bo.pdf', at: { detail: 'số trang' } }),
    );
  },
  600_000,
);

maybe(
  'the read-back catches a bundle whose pages are all there but out of order',
  async () => {
    build(SAMPLE_Q1);
    const model = await modelOf(SAMPLE_Q1);
    const titles = documentTitles(model, fillForms(model), null);
    const bundle = await PDFDocument.load(readFileSync(join(out, Q1, 'tron-bo.pdf')));
    // Pages 2 and 3 of the report change places: same page count, same bookmarks.
    const [third] = await bundle.copyPages(bundle, [2]);
    bundle.removePage(2);
    bundle.insertPage(1, third!);
    const shuffled = Buffer.from(await bundle.save());
    const files = (name: string) =>
      name === 'tron-bo.pdf'
        ? shuffled
        : existsSync(join(out, Q1, name))
          ? readFileSync(join(out, Q1, name))
          : null;
    const reportPages = pages(join(out, Q1, 'bao-cao.pdf'));
    expect(await verifyPackagePdfs(files, titles)).toEqual([
      {
        kind: 'pdf',
        file: 'tron-bo.pdf',
        at: { detail: `trang 1–${reportPages} (bao-cao.docx)` },
        expected: 'chữ như bao-cao.pdf',
        found: 'trang 2, 3 khác',
      },
    ]);
    // A build reads the bundle's text as soon as it is assembled (`early`): that text stands
    // only for the very bytes it was read from. The right bundle's text does not hide the
    // shuffled bundle now in the file...
    const right = readFileSync(join(out, Q1, 'tron-bo.pdf'));
    const early = new Map([['tron-bo.pdf', readEarly(right)]]);
    expect(await verifyPackagePdfs(files, titles, { early })).toHaveLength(1);
    // ...and for the same bytes it is what is compared: here a text of its pages swapped.
    const text = await early.get('tron-bo.pdf')!.pages;
    const told = [text[0]!, text[2]!, text[1]!, ...text.slice(3)];
    const stale = new Map([['tron-bo.pdf', { pdf: right, pages: Promise.resolve(told) }]]);
    const same = (name: string) =>
      existsSync(join(out, Q1, name)) ? readFileSync(join(out, Q1, name)) : null;
    expect(await verifyPackagePdfs(same, titles, { early: stale })).toEqual([
      expect.objectContaining({ file: 'tron-bo.pdf', found: 'trang 2, 3 khác' }),
    ]);
  },
  600_000,
);

maybe(
  'the read-back counts words: one copy of any figure lost from the real PDF text is caught',
  () => {
    build(SAMPLE_Q1);
    let repeated = 0;
    for (const name of ['bao-cao', 'phu-luc-bieu-mau']) {
      const source = docxWords(readFileSync(join(out, Q1, `${name}.docx`)));
      const printed = printedWords(
        pdfPages(readFileSync(join(out, Q1, `${name}.pdf`))),
        source.numberedPages,
      );
      expect(missingWords(source.words, printed)).toEqual([]);
      const figures = [...new Set(source.words.filter((w) => /^\d[\d.,]*$/.test(w)))];
      const escaped = figures.filter((figure) => {
        const at = printed.indexOf(figure);
        if (at < 0) return false;
        if (source.words.filter((w) => w === figure).length > 1) repeated++;
        const lost = printed.filter((_, i) => i !== at);
        return !missingWords(source.words, lost).some((m) => m.word === figure);
      });
      expect([name, escaped]).toEqual([name, []]);
      // A changed figure: "1.827" (the TTHC of the province level, twice in the report).
      const changed = printed.map((w) => (w === '1.827' ? '1.828' : w));
      if (name === 'bao-cao')
        expect(missingWords(source.words, changed)).toEqual([
          { word: '1.827', expected: 2, found: 0 },
        ]);
    }
    // Most figures stand more than once (totals, zeros, row numbers): the case to catch.
    expect(repeated).toBeGreaterThan(100);
  },
  600_000,
);

maybe(
  'a unit whose name holds "###" builds with --pdf: only a cell too narrow is an overflow',
  () => {
    const data = copySample('766');
    // DonVi.csv line 4: Sở Tư pháp, a row of the ranking and compliance annexes and workbooks.
    setCell(data, 'DonVi.csv', 4, 'ten', 'Sở Tư pháp ###');
    const r = spawnSync(
      process.execPath,
      [MAIN, 'build', '--data', data, '--out', join(outDir(), 'hash'), '--pdf'],
      { encoding: 'utf8', timeout: 600_000 },
    );
    expect([r.status, r.stderr.includes('LỖI')]).toEqual([0, false]);
    const workbook = pdfAllText(join(outDir(), 'hash', I766, 'xep-hang-766-bang-tinh.pdf'));
    expect(workbook).toContain('Sở Tư pháp ###');
  },
  600_000,
);
