// The largest real figures (issue 16): a synthetic Thành phố Hồ Chí Minh dataset, every commune
// of the registry, a whole year of dossiers at four times a quarter's counts, built with `tthc
// build --pdf` as a user would, and its PDFs read back with poppler (pdftotext -bbox).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReportDataset } from '../../../scripts/bench/national-datasets';
import { projectRoot } from '../../../src/tools/project-root';
import { schemaErrorsOf } from '../../helpers/ooxml-validator';
import { formsLayoutFaults, reportLayoutFaults } from '../../helpers/pdf-layout';
import {
  pageText,
  pageWords,
  pdfAllText,
  sofficeTest,
  type PlacedWord,
} from '../../helpers/soffice';

const maybe = sofficeTest('số liệu cỡ cả nước (tthc build --pdf)');
const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');

// Made on first use: when every test is skipped, jest runs no afterAll to remove it.
let root = '';
afterAll(() => root && rmSync(root, { recursive: true, force: true }));

let built: { status: number | null; stdout: string; stderr: string; folder: string } | undefined;
/** Writes the dataset and builds it with --pdf once, on first use. */
function build() {
  if (built) return built;
  root = mkdtempSync(join(tmpdir(), 'tthc-national-'));
  const data = writeReportDataset(join(root, 'ho-chi-minh'), '79', {
    period: '2026',
    reportDate: '2026-12-16',
    scale: 4,
  });
  const out = join(root, 'out');
  const r = spawnSync(process.execPath, [MAIN, 'build', '--data', data, '--out', out, '--pdf'], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  built = {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    folder: join(out, 'ho-chi-minh-2026'),
  };
  return built;
}

/** "2098572" → "2.098.572", written here rather than taken from src/format. */
const dotted = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '.');

/** The 06c grand totals, columns (3) to (13), summed from HoSo.csv by this test. */
function totals06c(): string[] {
  const [head, ...lines] = readFileSync(join(root, 'ho-chi-minh', 'HoSo.csv'), 'utf8')
    .trim()
    .split('\n');
  const keys = head!.split(',');
  const sum = (k: string) =>
    lines.reduce((s, l) => s + Number(l.split(',')[keys.indexOf(k)] || 0), 0);
  const [online, direct, carried] = [
    'tiep_nhan_truc_tuyen',
    'tiep_nhan_truc_tiep',
    'ky_truoc_chuyen_sang',
  ].map(sum) as [number, number, number];
  const [early, onTime, late] = [
    'giai_quyet_truoc_han',
    'giai_quyet_dung_han',
    'giai_quyet_qua_han',
  ].map(sum) as [number, number, number];
  const [pending, overdue] = ['dang_giai_quyet_trong_han', 'dang_giai_quyet_qua_han'].map(sum) as [
    number,
    number,
  ];
  return [
    online + direct + carried,
    online,
    direct,
    carried,
    early + onTime + late,
    early,
    onTime,
    late,
    pending + overdue,
    pending,
    overdue,
  ].map(dotted);
}

const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);

const allPages = (pdf: string) =>
  Array.from({ length: pageCount(pdf) }, (_, i) => pageWords(pdf, i + 1).words);

maybe(
  'Hồ Chí Minh, a year at national scale: the build succeeds and writes every PDF',
  () => {
    const r = build();
    expect([r.status, r.stderr.includes('LỖI')]).toEqual([0, false]);
    for (const f of ['bao-cao.pdf', 'phu-luc-bieu-mau.pdf', 'bieu-mau.pdf', 'tron-bo.pdf'])
      expect([f, existsSync(join(r.folder, f))]).toEqual([f, true]);
    // The content file is the Lào Cai sample's prose with the name changed: its "UBND tỉnh"
    // is a city calling itself tỉnh, which the build says instead of "đúng thể thức".
    expect(r.stderr).toMatch(/CẢNH BÁO \[FORMAT_CITY_WORDING\] bao-cao\.docx.*"UBND tỉnh"/);
    expect(r.stdout).toMatch(/có \d+ cảnh báo thể thức ở trên/);
    expect(r.stdout).not.toContain('đúng thể thức');
  },
  600_000,
);

maybe(
  "the 06c totals, above the largest real city's, stand whole on the Tổng số line of the annex and the workbook",
  () => {
    const r = build();
    const expected = totals06c();
    // Thành phố Hồ Chí Minh's real year 2025 total received was 1.669.536 (issue 16).
    expect(Number(expected[0]!.replace(/\./g, ''))).toBeGreaterThan(1_669_536);
    for (const pdf of ['phu-luc-bieu-mau.pdf', 'bieu-mau.pdf']) {
      const text = pdfAllText(join(r.folder, pdf));
      const line = new RegExp(`^\\s*Tổng số\\s+${expected.join('\\s+')}\\s*$`, 'm');
      expect([pdf, line.test(text)]).toEqual([pdf, true]);
      // Each figure is one word of the page: nothing wrapped inside its cell.
      const words = new Set(allPages(join(r.folder, pdf)).flatMap((p) => p.map((w) => w.text)));
      for (const t of expected) expect([pdf, t, words.has(t)]).toEqual([pdf, t, true]);
    }
  },
  600_000,
);

/** The top of "STT" (centred down the whole heading block) to the top of the "(1)" below it. */
function headingDepth(words: readonly PlacedWord[]): number | null {
  const stt = words.find((w) => w.text === 'STT');
  const one = words.find((w) => w.text === '(1)' && stt && w.yMin > stt.yMin);
  return stt && one ? Math.round(one.yMin - stt.yMin) : null;
}

maybe(
  'every page of a form repeats its heading block whole: as deep as on its first page',
  () => {
    const r = build();
    const pdf = join(r.folder, 'phu-luc-bieu-mau.pdf');
    let form = '';
    const depths = new Map<string, number[]>();
    for (const words of allPages(pdf)) {
      const code = words.find((w) => /^(II\.02c|II\.03b|05b|06c)\/VPCP\/KSTT$/.test(w.text));
      if (code) form = code.text;
      const depth = headingDepth(words);
      if (depth !== null) depths.set(form, [...(depths.get(form) ?? []), depth]);
    }
    // II.02c, II.03b and 06c run over several pages here; a clipped heading is shallower.
    expect([...depths.keys()].sort()).toEqual(
      ['05b/VPCP/KSTT', '06c/VPCP/KSTT', 'II.02c/VPCP/KSTT', 'II.03b/VPCP/KSTT'].sort(),
    );
    for (const [code, list] of depths) {
      expect([code, list.length > 1 || code === '05b/VPCP/KSTT']).toEqual([code, true]);
      for (const d of list) expect([code, Math.abs(d - list[0]!) <= 1]).toEqual([code, true]);
    }
  },
  600_000,
);

maybe(
  'no page holds the signatures alone: the last rows and the Tổng số line go over with them',
  () => {
    const r = build();
    for (const pdf of ['phu-luc-bieu-mau.pdf', 'bieu-mau.pdf']) {
      const file = join(r.folder, pdf);
      const pages = Array.from({ length: pageCount(file) }, (_, i) => pageText(file, i + 1));
      const signed = pages.filter((p) => p.includes('NGƯỜI LẬP BIỂU'));
      expect([pdf, signed.length]).toEqual([pdf, 4]);
      // The column numbers of a table and the form's total line on the page of its signatures.
      for (const p of signed)
        expect([pdf, /^\s*\(1\)\s+\(2\)/m.test(p), /^\s*Tổng số\s+\d/m.test(p)]).toEqual([
          pdf,
          true,
          true,
        ]);
    }
  },
  600_000,
);

maybe(
  "the report and the forms' PDFs at national scale pass the layout checks of test/helpers/pdf-layout.ts",
  () => {
    const r = build();
    const [docx, pdf] = [join(r.folder, 'bao-cao.docx'), join(r.folder, 'bao-cao.pdf')];
    expect(reportLayoutFaults(docx, pdf)).toEqual([]);
    for (const f of ['phu-luc-bieu-mau.pdf', 'bieu-mau.pdf'])
      expect([f, formsLayoutFaults(join(r.folder, f))]).toEqual([f, []]);
  },
  600_000,
);

maybe(
  'its Word and Excel files have no OOXML schema error',
  async () => {
    const r = build();
    const files = ['bao-cao.docx', 'phu-luc-bieu-mau.docx', 'bieu-mau.xlsx'];
    expect(await schemaErrorsOf(files.map((f) => join(r.folder, f)))).toEqual([]);
  },
  600_000,
);
