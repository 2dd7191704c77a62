// Steps 1, 4, 5 and 6 through the routes: the empty workbook of `tthc init`, audit of a draft
// (with and without data), check-format of Word files, a letter from its content file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { parseXlsx } from '../../src/ingest/read-xlsx';
import { readDocxText } from '../../src/ooxml/docx-text';
import { projectRoot } from '../../src/tools/project-root';
import type { WebApp } from '../../src/web/server';
import { alter } from '../helpers/generated-drafts';
import { SAMPLE_Q1 } from '../helpers/load-sample';
import { removeTempFolders } from '../helpers/sample-copy';
import { sampleReport } from '../helpers/sample-report';
import { mainText, Session, testApp } from '../helpers/web-app';
import { q1Content, q1Json } from '../helpers/web-samples';

let app: WebApp;
let s: Session;
let report: Buffer;
beforeAll(async () => {
  app = await testApp();
  s = new Session(app);
  await s.get('/');
  report = (await sampleReport(SAMPLE_Q1)).bytes!;
});
afterAll(async () => {
  await app.stop();
  removeTempFolders();
});

describe('step 1: the empty dataset', () => {
  let job: string;
  beforeAll(async () => {
    await s.get('/bat-dau');
    job = Session.jobOf(await s.form('/bat-dau', { tinh: '12', ky: 'Q2', nam: '2026' }));
  });

  test('the page offers the workbook, the content file and the whole folder', async () => {
    const page = await s.get(`/viec/${job}`);
    expect(page.body).toContain('<h1>Bảng tính trống của Lai Châu, Quý II năm 2026</h1>');
    const text = mainText(page.body);
    expect(text).toContain('du-lieu-lai-chau-2026-q2.xlsx');
    expect(text).toContain('noi-dung.md');
    expect(text).toMatch(/Bảng DonVi đã có sẵn \d+ xã, phường, đặc khu theo danh mục 2025\./);
  });

  test('the workbook is the one of `tthc init`: HuongDan, the tables, the communes', async () => {
    const r = await s.get(`/viec/${job}/tep/du-lieu-lai-chau-2026-q2.xlsx`);
    expect(r.headers['content-disposition']).toBe(
      'attachment; filename="du-lieu-lai-chau-2026-q2.xlsx"',
    );
    const { tables, issues } = await parseXlsx(r.raw, 'du-lieu.xlsx');
    expect(issues).toEqual([]);
    expect(tables[0]!.name).toBe('HuongDan');
    const meta = tables.find((t) => t.name === 'ThongTin')!;
    expect(meta.rows.slice(0, 2).map((row) => row.cells.slice(0, 2))).toEqual([
      ['tinh', '12'],
      ['ky_bao_cao', '2026-Q2'],
    ]);
  });

  test('the zip holds the workbook, the CSV files and noi-dung.md', async () => {
    const zip = new PizZip((await s.get(`/viec/${job}/ca-bo.zip`)).raw);
    const names = Object.keys(zip.files);
    expect(names).toContain('du-lieu-lai-chau-2026-q2/noi-dung.md');
    expect(names).toContain('du-lieu-lai-chau-2026-q2/DonVi.csv');
  });

  test('a province or period the form does not offer: 400 in words, no job', async () => {
    const before = app.context.jobs.list(s.cookie ? app.context.jobs.all()[0]!.owner : '').length;
    const r = await s.form('/bat-dau', { tinh: '99', ky: 'Q2', nam: '2026' });
    expect(r.status).toBe(400);
    expect(mainText(r.body)).toContain('Tỉnh, thành phố không có trong danh mục.');
    expect((await s.form('/bat-dau', { tinh: '12', ky: 'Q5', nam: '2026' })).status).toBe(400);
    expect(app.context.jobs.list(app.context.jobs.all()[0]!.owner).length).toBe(before);
  });
});

describe('step 4: audit of a draft', () => {
  let dataset: string;
  beforeAll(async () => {
    await s.get('/nop-du-lieu');
    dataset = Session.jobOf(
      await s.upload('/nop-du-lieu', [
        { name: 'du_lieu', filename: 'lao-cai-2026-q1.json', bytes: q1Json() },
        { name: 'noi_dung', filename: 'noi-dung.md', bytes: q1Content() },
      ]),
    );
  });

  test('the session’s datasets are offered to compare with', async () => {
    expect((await s.get('/soat-du-thao')).body).toMatch(new RegExp(`<option value="${dataset}"`));
  });

  test('our own report against its data: nothing found', async () => {
    await s.get('/soat-du-thao');
    const job = Session.jobOf(
      await s.upload(
        '/soat-du-thao',
        [{ name: 'du_thao', filename: 'bao-cao.docx', bytes: report }],
        { bo_du_lieu: dataset },
      ),
    );
    const text = mainText((await s.get(`/viec/${job}`)).body);
    expect(text).toContain('Không thấy vấn đề nào trong "bao-cao.docx".');
    expect(text).toContain(
      'Đối chiếu với bộ dữ liệu: Lào Cai, Quý I năm 2026 (lao-cai-2026-q1.json)',
    );
  });

  test('a figure changed by hand: the finding with its paragraph and the sentence quoted', async () => {
    await s.get('/soat-du-thao');
    const altered = alter(report, 'liên thông cùng cấp: 130 TTHC', 'liên thông cùng cấp: 131 TTHC');
    const job = Session.jobOf(
      await s.upload(
        '/soat-du-thao',
        [{ name: 'du_thao', filename: 'bao-cao-sua.docx', bytes: altered }],
        { bo_du_lieu: dataset },
      ),
    );
    const page = (await s.get(`/viec/${job}`)).body;
    const row = /<tr class="error">([\s\S]*?)<\/tr>/.exec(page)?.[1] ?? '';
    const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => mainText(m[1]!));
    expect(cells).toContain('đoạn 32, câu 1');
    expect(cells.find((c) => c.includes('liên thông cùng cấp: 131 TTHC'))).toBeDefined();
    expect(row).toContain('AUDIT_FIGURE_MISMATCH');
  });

  test('another session’s dataset cannot be chosen', async () => {
    const other = new Session(app);
    await other.get('/soat-du-thao');
    const r = await other.upload(
      '/soat-du-thao',
      [{ name: 'du_thao', filename: 'bao-cao.docx', bytes: report }],
      { bo_du_lieu: dataset },
    );
    expect(r.status).toBe(400);
    expect(mainText(r.body)).toContain('Bộ dữ liệu đã chọn không còn');
  });
});

describe('step 5: check-format', () => {
  test('several files at once, each with its verdict and deviations', async () => {
    await s.get('/kiem-tra-the-thuc');
    const broken = alter(
      report,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
    );
    const job = Session.jobOf(
      await s.upload('/kiem-tra-the-thuc', [
        { name: 'van_ban', filename: 'bao-cao.docx', bytes: report },
        { name: 'van_ban', filename: 'Bản sửa.docx', bytes: broken },
      ]),
    );
    const text = mainText((await s.get(`/viec/${job}`)).body);
    expect(text).toContain('bao-cao.docx: báo cáo, đúng thể thức Nghị định 30/2020.');
    expect(text).toMatch(/Bản sửa\.docx: báo cáo, \d+ sai lệch so với Nghị định 30\/2020\./);
    expect(text).toContain('FORMAT_');
  });

  test('a file that is not a Word file: said so, not a crash', async () => {
    await s.get('/kiem-tra-the-thuc');
    const job = Session.jobOf(
      await s.upload('/kiem-tra-the-thuc', [
        { name: 'van_ban', filename: 'gia.docx', bytes: 'đây không phải tệp Word' },
      ]),
    );
    const text = mainText((await s.get(`/viec/${job}`)).body);
    expect(text).toContain('gia.docx: không đọc được.');
    expect(text).toContain('FORMAT_UNREADABLE');
  });
});

describe('step 6: a letter', () => {
  test('from its content file: checked, built, the Word file to download', async () => {
    await s.get('/cong-van');
    const file = join(projectRoot(), 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
    const job = Session.jobOf(
      await s.upload('/cong-van', [
        { name: 'cong_van', filename: '004-thuc-day-dvc-truc-tuyen.md', bytes: readFileSync(file) },
      ]),
    );
    expect(await s.waitForBuild(job)).toBe('built');
    const page = mainText((await s.get(`/viec/${job}`)).body);
    expect(page).toContain('Đã lập 1 tệp.');
    const docx = await s.get(`/viec/${job}/tep/004-thuc-day-dvc-truc-tuyen.docx`);
    expect(
      readDocxText(docx.raw)
        .body.map((p) => p.text)
        .join('\n'),
    ).toContain('Kính gửi');
  });

  test('a content file with errors: every problem shown, nothing built', async () => {
    await s.get('/cong-van');
    const job = Session.jobOf(
      await s.upload('/cong-van', [
        { name: 'cong_van', filename: 'sai.md', bytes: '---\nso_hieu: 1\n---\nKhông có khung.' },
      ]),
    );
    const page = mainText((await s.get(`/viec/${job}`)).body);
    expect(page).toMatch(/Tệp nội dung có \d+ lỗi: chưa lập được công văn/);
    expect(JSON.parse((await s.get(`/viec/${job}/trang-thai`)).body).state).toBe('invalid');
  });
});
