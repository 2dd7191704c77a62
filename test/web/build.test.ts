// Step 3 through the routes: the build of an uploaded dataset, its progress, its files and
// the whole package as .zip; with LibreOffice, the PDFs, tron-bo.pdf and the pictures of pages.
import PizZip from 'pizzip';
import { readDocxText } from '../../src/ooxml/docx-text';
import type { WebApp } from '../../src/web/server';
import { removeTempFolders } from '../helpers/sample-copy';
import { sofficeTest, testPool } from '../helpers/soffice';
import { allEntries, mainText, Session, testApp } from '../helpers/web-app';
import { q1Content, q1Workbook } from '../helpers/web-samples';

afterAll(removeTempFolders);

const docxText = (bytes: Buffer) =>
  readDocxText(bytes)
    .body.map((p) => p.text)
    .join('\n');

async function uploaded(app: WebApp): Promise<{ s: Session; job: string }> {
  const s = new Session(app);
  await s.get('/nop-du-lieu');
  const sent = await s.upload('/nop-du-lieu', [
    { name: 'du_lieu', filename: 'lao-cai-2026-q1.xlsx', bytes: await q1Workbook() },
    { name: 'noi_dung', filename: 'noi-dung.md', bytes: q1Content() },
  ]);
  const job = Session.jobOf(sent);
  await s.get(`/viec/${job}`);
  return { s, job };
}

describe('without PDF', () => {
  let app: WebApp;
  let s: Session;
  let job: string;
  beforeAll(async () => {
    app = await testApp();
    ({ s, job } = await uploaded(app));
    const r = await s.form(`/viec/${job}/lap`, { pdf: '1' });
    expect(r.status).toBe(303);
    expect(await s.waitForBuild(job)).toBe('built');
    // A build on a busy machine takes longer than jest's 5 s for a hook.
  }, 120_000);
  afterAll(() => app.stop());

  test('the page says what was proven and lists each file', async () => {
    const text = mainText((await s.get(`/viec/${job}`)).body);
    expect(text).toContain('Đã lập 5 tệp.');
    expect(text).toMatch(
      /Đã đọc lại các tệp: [\d.]+ số liệu, ô bảng và đoạn văn lấy từ dữ liệu đều khớp với dữ liệu\./,
    );
    expect(text).toContain('Các văn bản Word đúng thể thức Nghị định 30/2020.');
    expect(text).toContain('Máy chủ chưa cài LibreOffice nên chưa lập được bản PDF');
    for (const f of [
      'bao-cao.docx',
      'phu-luc-bieu-mau.docx',
      'bieu-mau.xlsx',
      'model.json',
      'tom-tat.txt',
    ])
      expect(text).toContain(f);
  });

  test('the report downloads as Word with the figure of seed 003', async () => {
    const r = await s.get(`/viec/${job}/tep/bao-cao.docx`);
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toBe('attachment; filename="bao-cao.docx"');
    expect(r.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docxText(r.raw)).toContain('176.319');
  });

  test('the whole package as .zip, in a folder of its name', async () => {
    const r = await s.get(`/viec/${job}/ca-bo.zip`);
    expect(r.headers['content-disposition']).toBe('attachment; filename="lao-cai-2026-q1.zip"');
    const zip = new PizZip(r.raw);
    expect(Object.keys(zip.files).sort()).toEqual(
      ['bao-cao.docx', 'bieu-mau.xlsx', 'model.json', 'phu-luc-bieu-mau.docx', 'tom-tat.txt'].map(
        (f) => `lao-cai-2026-q1/${f}`,
      ),
    );
    expect(docxText(zip.file('lao-cai-2026-q1/bao-cao.docx')!.asNodeBuffer())).toContain('176.319');
  });

  test('a file name that is not one of the job’s files is not found, whatever it says', async () => {
    for (const name of [
      'job.json',
      '..%2Fjob.json',
      '..%2F..%2Finput%2Flao-cai-2026-q1.xlsx',
      'bao-cao.pdf',
    ])
      expect((await s.get(`/viec/${job}/tep/${name}`)).status).toBe(404);
  });

  test('no temporary folder is left in the job', () => {
    expect(allEntries(app.context.jobs.dir(job)).filter((e) => e.includes('.tmp'))).toEqual([]);
  });
});

describe('with PDF through the server’s warm pool', () => {
  let app: WebApp;
  let s: Session;
  let job: string;
  const pdfTest = sofficeTest('của ứng dụng web với PDF');
  beforeAll(async () => {
    app = await testApp({ pdf: true, converter: testPool() });
    ({ s, job } = await uploaded(app));
  }, 120_000);
  afterAll(() => app.stop());

  pdfTest(
    'tron-bo.pdf, each PDF with its pages, and the picture of a page',
    async () => {
      await s.form(`/viec/${job}/lap`, { pdf: '1' });
      expect(await s.waitForBuild(job, 3000)).toBe('built');
      const page = (await s.get(`/viec/${job}`)).body;
      expect(mainText(page)).toContain('Đã lập 9 tệp.');
      expect(page).toContain(`href="/viec/${job}/tep/tron-bo.pdf"`);
      const bundle = await s.get(`/viec/${job}/tep/tron-bo.pdf`);
      expect(bundle.headers['content-type']).toBe('application/pdf');
      expect(bundle.raw.subarray(0, 5).toString()).toBe('%PDF-');
      const pictures = [
        ...page.matchAll(/<img src="(\/viec\/[^"]+\/trang\/bao-cao\.pdf\/(\d+))"/g),
      ];
      expect(pictures.length).toBeGreaterThan(5);
      const png = await s.get(pictures[0]![1]!);
      expect(png.headers['content-type']).toBe('image/png');
      expect(png.raw.subarray(1, 4).toString()).toBe('PNG');
      // A page past the end, or not a number: not found.
      expect((await s.get(`/viec/${job}/trang/bao-cao.pdf/999`)).status).toBe(404);
      expect((await s.get(`/viec/${job}/trang/bao-cao.pdf/1e3`)).status).toBe(404);
      // The PDF to show in the browser is sent inline, without the pages' script policy.
      const inline = await s.get(`/viec/${job}/tep/bao-cao.pdf?xem=1`);
      expect(inline.headers['content-disposition']).toBe('inline; filename="bao-cao.pdf"');
      expect(inline.headers['content-security-policy']).toBeUndefined();
    },
    300_000,
  );
});
