// The web app in a real browser (Debian's Chromium through playwright-core), as an official
// uses it: the empty workbook of step 1, the sample uploaded as a workbook and as a zip of CSV
// files, the issue table of a broken workbook, the build with PDF (its progress, the pictures of
// its pages, its downloads), audit and check-format of the downloaded report, a letter.
// With TTHC_SCREENSHOTS=<folder>, each page is also saved there (docs/images/ is made so).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import PizZip from 'pizzip';
import { parseXlsx } from '../../src/ingest/read-xlsx';
import { readDocxText } from '../../src/ooxml/docx-text';
import { findProgram } from '../../src/render/pdf/pdf-tools';
import { PDFTOTEXT, sofficeCommand } from '../../src/tools/programs';
import { projectRoot } from '../../src/tools/project-root';
import type { WebApp } from '../../src/web/server';
import { browserTest, openBrowser } from '../helpers/browser';
import { GatedConverter } from '../helpers/gated-converter';
import { alter } from '../helpers/generated-drafts';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';
import { pdfAllText, testPool } from '../helpers/soffice';
import { testApp } from '../helpers/web-app';
import { brokenQ1Workbook, q1Content, q1Workbook, q1Zip } from '../helpers/web-samples';

const e2e = browserTest('trên trình duyệt (ứng dụng web)');
const withPdf =
  (findProgram(sofficeCommand()) !== null && findProgram(PDFTOTEXT) !== null) ||
  process.env.TTHC_REQUIRE_SOFFICE === '1';
const shots = process.env.TTHC_SCREENSHOTS;
const LONG = 300_000;

let app: WebApp;
let url: string;
let gate: GatedConverter | null = null;
let page: Page;
let closeBrowser: () => Promise<void> = async () => undefined;
let report: Buffer;

beforeAll(async () => {
  gate = withPdf ? new GatedConverter(testPool()) : null;
  app = await testApp({ port: 0, pdf: gate !== null, ...(gate ? { converter: gate } : {}) });
  url = await app.listen();
  try {
    const browser = await openBrowser();
    closeBrowser = browser.close;
    page = await browser.context.newPage();
  } catch (err) {
    // Skipped (no Chromium, not required): the tests below are skipped too.
    if (process.env.TTHC_REQUIRE_BROWSER === '1' || process.env.TTHC_REQUIRE_SOFFICE === '1')
      throw err;
  }
}, LONG);

afterAll(async () => {
  await closeBrowser();
  await app.stop();
  removeTempFolders();
});

async function shot(name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `web-${name}.png`), fullPage: true });
}

/** Clicks a download link and returns the file's bytes. */
async function download(selector: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync((await file.path())!);
}

const text = (selector = 'main') => page.locator(selector).innerText();

/** Waits (bounded) until an image has loaded with pixels. */
async function drawn(img: Locator): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const ok = await img.evaluate((e) => {
      const image = e as unknown as { complete: boolean; naturalWidth: number };
      return image.complete && image.naturalWidth > 0;
    });
    if (ok) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('an image did not load');
}

e2e(
  'step 1: a province and a period, and the empty workbook downloads',
  async () => {
    await page.goto(`${url}/bat-dau`);
    expect(await page.title()).toBe('Bắt đầu kỳ báo cáo — Báo cáo kiểm soát thủ tục hành chính');
    await shot('1-bat-dau');
    await page.selectOption('#chon-tinh', '15');
    await page.selectOption('#chon-ky', 'Q1');
    await page.fill('#nam', '2026');
    await page.click('main button[type=submit]');
    await page.waitForSelector('h1:has-text("Bảng tính trống của Lào Cai, Quý I năm 2026")');
    await shot('1-bang-tinh-trong');
    const bytes = await download('a[href$="/du-lieu-lao-cai-2026-q1.xlsx"]');
    const { tables } = await parseXlsx(bytes, 'du-lieu-lao-cai-2026-q1.xlsx');
    const meta = tables.find((t) => t.name === 'ThongTin')!;
    expect(meta.rows.slice(0, 2).map((r) => r.cells.slice(0, 2))).toEqual([
      ['tinh', '15'],
      ['ky_bao_cao', '2026-Q1'],
    ]);
  },
  LONG,
);

e2e(
  'step 2: the sample workbook with its content file is valid, with its figures',
  async () => {
    await page.goto(`${url}/nop-du-lieu`);
    await shot('2-nop-du-lieu');
    await page.setInputFiles('#tep-du_lieu', {
      name: 'lao-cai-2026-q1.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await q1Workbook(),
    });
    await page.setInputFiles('#tep-noi_dung', {
      name: 'noi-dung.md',
      mimeType: 'text/markdown',
      buffer: q1Content(),
    });
    await page.click('main button[type=submit]');
    await page.waitForSelector('text=Dữ liệu hợp lệ: Lào Cai, Quý I năm 2026, 115 đơn vị.');
    expect(await text('.summary')).toContain('Hồ sơ tiếp nhận: 176.319 (trực tuyến 148.977)');
    await shot('2-du-lieu-hop-le');
  },
  LONG,
);

e2e(
  'step 3: the build shows its progress, then each document with its pages and downloads',
  async () => {
    await page.click('main button:has-text("Lập văn bản")');
    if (gate) {
      // Held at LibreOffice: the page polls and shows where the build is.
      await gate.waiting();
      await page.waitForSelector('progress');
      await page.waitForSelector('.progress .line:has-text("Đang chuyển 3 tệp sang PDF")');
      await shot('3-dang-lap');
      gate.open();
    }
    // The page reloads itself when the build ends.
    await page.waitForSelector('text=Đã lập', { timeout: LONG });
    expect(await text()).toContain('Các văn bản Word đúng thể thức Nghị định 30/2020.');
    const docx = await download('a.download[href$="/bao-cao.docx"]');
    report = docx;
    expect(
      readDocxText(docx)
        .body.map((p) => p.text)
        .join('\n'),
    ).toContain('176.319');
    const zip = new PizZip(await download('a[href$="/ca-bo.zip"]'));
    expect(Object.keys(zip.files)).toContain('lao-cai-2026-q1/bao-cao.docx');
    if (gate) {
      expect(await text()).toContain('Đã lập 9 tệp.');
      // The first page of the report, drawn from its PDF, is shown.
      const first = page.locator('img[src$="/trang/bao-cao.pdf/1"]');
      await first.scrollIntoViewIfNeeded();
      // The picture has arrived and has pixels.
      await drawn(first);
      const bundle = await download('a.button[href$="/tron-bo.pdf"]');
      const saved = join(tempFolder('tthc-e2e-'), 'tron-bo.pdf');
      writeFileSync(saved, bundle);
      expect(pdfAllText(saved)).toContain('176.319');
    }
    if (shots && gate) {
      // For the picture of the page: every page drawn (they load as they come into view).
      for (const img of await page.locator('img[loading="lazy"]').all()) {
        await img.scrollIntoViewIfNeeded();
        await drawn(img);
      }
      await page
        .locator('.pages')
        .evaluateAll((rows) =>
          rows.forEach((r) => ((r as unknown as { scrollLeft: number }).scrollLeft = 0)),
        );
      await page.locator('h1').scrollIntoViewIfNeeded();
    }
    await shot('3-da-lap');
  },
  LONG,
);

e2e(
  'step 2 with the CSV folder as a zip: valid too',
  async () => {
    await page.goto(`${url}/nop-du-lieu`);
    await page.setInputFiles('#tep-du_lieu', {
      name: 'lao-cai-2026-q1.zip',
      mimeType: 'application/zip',
      buffer: q1Zip(),
    });
    await page.click('main button[type=submit]');
    await page.waitForSelector('text=Dữ liệu hợp lệ: Lào Cai, Quý I năm 2026, 115 đơn vị.');
  },
  LONG,
);

e2e(
  'a broken workbook: every issue with its cell and column header, and no build',
  async () => {
    await page.goto(`${url}/nop-du-lieu`);
    await page.setInputFiles('#tep-du_lieu', {
      name: 'lao-cai-2026-q1.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await brokenQ1Workbook(),
    });
    await page.setInputFiles('#tep-noi_dung', {
      name: 'noi-dung.md',
      mimeType: 'text/markdown',
      buffer: q1Content(),
    });
    await page.click('main button[type=submit]');
    await page.waitForSelector('table.issues');
    const rows = await page.locator('table.issues tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('HoSo!E2');
    expect(rows[0]).toContain('Tiếp nhận trực tuyến');
    expect(rows[1]).toContain('HoSo!F3');
    expect(await page.locator('main button:has-text("Lập văn bản")').count()).toBe(0);
    await shot('2-du-lieu-co-loi');
  },
  LONG,
);

e2e(
  'step 4: the downloaded report, a figure changed by hand, audited against the dataset',
  async () => {
    await page.goto(`${url}/soat-du-thao`);
    await shot('4-soat-du-thao');
    const altered = alter(report, 'liên thông cùng cấp: 130 TTHC', 'liên thông cùng cấp: 131 TTHC');
    await page.setInputFiles('#tep-du_thao', {
      name: 'bao-cao-da-sua.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: altered,
    });
    const option = page.locator('#chon-bo_du_lieu option', { hasText: 'lao-cai-2026-q1.xlsx' });
    await page.selectOption('#chon-bo_du_lieu', (await option.first().getAttribute('value'))!);
    await page.click('main button[type=submit]');
    await page.waitForSelector('table.issues');
    const row = await page.locator('table.issues tbody tr.error').first().innerText();
    expect(row).toContain('đoạn 32, câu 1');
    expect(row).toContain('liên thông cùng cấp: 131 TTHC');
    expect(row).toContain('AUDIT_FIGURE_MISMATCH');
    await shot('4-ket-qua-soat');
  },
  LONG,
);

e2e(
  'step 5: the downloaded report checked against Nghị định 30/2020',
  async () => {
    await page.goto(`${url}/kiem-tra-the-thuc`);
    await shot('5-kiem-tra-the-thuc');
    const word = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const lower = alter(
      report,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
    );
    await page.setInputFiles('#tep-van_ban', [
      { name: 'bao-cao.docx', mimeType: word, buffer: report },
      { name: 'bao-cao-sua-tay.docx', mimeType: word, buffer: lower },
    ]);
    await page.click('main button[type=submit]');
    await page.waitForSelector('text=bao-cao.docx: báo cáo, đúng thể thức Nghị định 30/2020.');
    expect(await text()).toMatch(
      /bao-cao-sua-tay\.docx: báo cáo, \d+ sai lệch so với Nghị định 30\/2020\./,
    );
    await shot('5-ket-qua-the-thuc');
  },
  LONG,
);

e2e(
  'step 6: a letter from its content file',
  async () => {
    await page.goto(`${url}/cong-van`);
    await shot('6-cong-van');
    const file = join(projectRoot(), 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
    await page.setInputFiles('#tep-cong_van', {
      name: '004-thuc-day-dvc-truc-tuyen.md',
      mimeType: 'text/markdown',
      buffer: readFileSync(file),
    });
    await page.click('main button[type=submit]');
    await page.waitForSelector('text=Đã lập', { timeout: LONG });
    const docx = await download('a.download[href$="/004-thuc-day-dvc-truc-tuyen.docx"]');
    expect(
      readDocxText(docx)
        .body.map((p) => p.text)
        .join('\n'),
    ).toContain('Kính gửi');
    await shot('6-cong-van-da-lap');
  },
  LONG,
);

e2e(
  'the home page lists the session’s jobs',
  async () => {
    await page.goto(`${url}/`);
    const rows = await page.locator('table.jobs tbody tr').count();
    expect(rows).toBe(7);
    await shot('0-trang-chinh');
  },
  LONG,
);

e2e(
  'with a password, the sign-in page first',
  async () => {
    const locked = await testApp({ port: 0, password: 'mat-khau-van-phong' });
    try {
      const lockedUrl = await locked.listen();
      await page.goto(`${lockedUrl}/`);
      await page.waitForSelector('h1:has-text("Đăng nhập")');
      await shot('0-dang-nhap');
      await page.fill('#mat-khau', 'mat-khau-van-phong');
      await page.click('main button[type=submit]');
      await page.waitForSelector('h1:has-text("Trang chính")');
    } finally {
      await locked.stop();
    }
  },
  LONG,
);
