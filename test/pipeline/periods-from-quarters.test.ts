/**
 * A 6-month or annual report from its quarters (issue 17, docs/periods.md) equals the report of
 * the same period entered in full. The full dataset is made here from the quarters' CSV files by
 * rules written out in this file (what the forms mean, REFERENCE §3), not by the code under test:
 * 06c received and resolved summed, carried over from the first quarter, pending from the last;
 * 05b received, handled and published summed, being handled from the last; SoLieu's two flows
 * summed, the rest as of the last quarter; every list one quarter after another, a standing
 * decision listed in every quarter once. The quarters are test/fixtures/quarters/
 * (scripts/derive-quarters.ts), chained: each quarter carries over the last one's pending.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { preparePackage } from '../../src/pipeline/prepare-package';
import { projectRoot } from '../../src/tools/project-root';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

const QUARTERS = join(projectRoot(), 'test', 'fixtures', 'quarters');
const quarter = (q: number) => join(QUARTERS, `lao-cai-2026-q${q}`);

type Row = Record<string, string>;
const readCsv = (dir: string, table: string): Row[] =>
  parse(readFileSync(join(dir, `${table}.csv`), 'utf8'), { columns: true }) as Row[];
const headerOf = (dir: string, table: string) =>
  readFileSync(join(dir, `${table}.csv`), 'utf8')
    .split('\n')[0]!
    .split(',');
const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const writeCsv = (dir: string, table: string, header: string[], rows: Row[]) =>
  writeFileSync(
    join(dir, `${table}.csv`),
    [header.join(','), ...rows.map((r) => header.map((k) => quote(r[k] ?? '')).join(','))].join(
      '\n',
    ) + '\n',
  );

const num = (v: string | undefined) => Number(v === undefined || v === '' ? 0 : v);

/** Rows of one key made one: `sum` columns added, `first` from the first quarter, `last` from the last. */
function byKey(
  quarters: Row[][],
  key: (r: Row) => string,
  rule: { sum: string[]; first: string[]; last: string[] },
): Row[] {
  const keys = [...new Set(quarters.flat().map(key))];
  return keys.map((k) => {
    const rows = quarters.map((q) => q.find((r) => key(r) === k));
    const out: Row = { ...rows.find((r) => r)! };
    for (const c of rule.sum) out[c] = String(rows.reduce((s, r) => s + num(r?.[c]), 0));
    for (const c of rule.first) out[c] = String(num(rows[0]?.[c]));
    for (const c of rule.last) out[c] = String(num(rows[rows.length - 1]?.[c]));
    // Totals left blank: the data contract computes them from their parts.
    for (const c of Object.keys(out)) if (c.startsWith('tong_')) out[c] = '';
    return out;
  });
}

/** The full dataset of the period the quarters 1..last make, written by hand-made rules. */
function directDataset(last: number, own: string, name: string): string {
  const dir = join(tempFolder('tthc-direct-'), name);
  mkdirSync(dir);
  const qs = Array.from({ length: last }, (_, i) => quarter(i + 1));
  const all = (table: string) => qs.map((q) => readCsv(q, table));
  const copy = (from: string, table: string) =>
    writeCsv(dir, table, headerOf(from, table), readCsv(from, table));
  copy(own, 'ThongTin');
  copy(own, 'NoiNhan');
  copy(quarter(1), 'DonVi');
  writeFileSync(join(dir, 'noi-dung.md'), readFileSync(join(own, 'noi-dung.md')));
  writeCsv(
    dir,
    'HoSo',
    headerOf(quarter(1), 'HoSo'),
    byKey(all('HoSo'), (r) => `${r.ma_don_vi}|${r.linh_vuc}`, {
      sum: [
        'tiep_nhan_truc_tuyen',
        'tiep_nhan_truc_tiep',
        'giai_quyet_truoc_han',
        'giai_quyet_dung_han',
        'giai_quyet_qua_han',
      ],
      first: ['ky_truoc_chuyen_sang'],
      last: ['dang_giai_quyet_trong_han', 'dang_giai_quyet_qua_han'],
    }),
  );
  writeCsv(
    dir,
    'PAKN',
    headerOf(quarter(1), 'PAKN'),
    byKey(all('PAKN'), (r) => r.linh_vuc!, {
      sum: ['ve_quy_dinh', 've_hanh_vi', 'da_xu_ly_dung_han', 'da_xu_ly_qua_han', 'da_cong_khai'],
      first: [],
      last: ['dang_xu_ly_trong_han', 'dang_xu_ly_qua_han'],
    }),
  );
  // SoLieu: what was cut or decentralised in the period is added up; the TTHC in force, the
  // cumulative internal TTHC and the staff are as of the period's end.
  const flows = ['quy_dinh_kinh_doanh_cat_giam', 'tthc_phan_cap'];
  const lastFigures = readCsv(qs[qs.length - 1]!, 'SoLieu');
  writeCsv(
    dir,
    'SoLieu',
    ['truong', 'gia_tri'],
    lastFigures.map((r) =>
      flows.includes(r.truong!)
        ? {
            truong: r.truong!,
            gia_tri: String(
              all('SoLieu').reduce(
                (s, q) => s + num(q.find((x) => x.truong === r.truong)?.gia_tri),
                0,
              ),
            ),
          }
        : r,
    ),
  );
  for (const table of ['CongBo', 'DuThao', 'TTHCNoiBo', 'VanBan']) {
    const rows = all(table).flat();
    const seen = new Set<string>();
    const once = rows.filter((r) => {
      const line = JSON.stringify(r);
      return seen.has(line) ? false : (seen.add(line), true);
    });
    writeCsv(dir, table, headerOf(quarter(1), table), once);
  }
  return dir;
}

afterAll(removeTempFolders);

describe.each([
  ['6 tháng đầu năm 2026', 2, 'lao-cai-2026-h1'],
  ['năm 2026', 4, 'lao-cai-2026'],
])('%s from its quarters', (title, last, name) => {
  const own = join(QUARTERS, name);
  const content = join(own, 'noi-dung.md');
  const parts = Array.from({ length: last }, (_, i) => quarter(i + 1));

  test('equals the full dataset of the period built directly (models compared)', async () => {
    const direct = directDataset(last, own, name);
    const [combined, full] = await Promise.all([
      preparePackage({ data: own, parts, content }),
      preparePackage({ data: direct, content }),
    ]);
    expect(combined.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(full.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(combined.model).not.toBeNull();
    expect(combined.model?.report?.period.title).toBe(title);
    expect(combined.model).toEqual(full.model);
  });

  test('the quarters given in any order make the same period', async () => {
    const [inOrder, reversed] = await Promise.all([
      preparePackage({ data: own, parts, content }),
      preparePackage({ data: own, parts: [...parts].reverse(), content }),
    ]);
    expect(reversed.model).toEqual(inOrder.model);
  });
});

// Figures read by eye from the quarters' HoSo.csv, line 2 (Sở Nông nghiệp và Môi trường):
// online 15.206 (Q1) + 15.966 (Q2); carried over 2.301 at the start of Q1; pending at the end
// of Q2 2.335 + 102.
test('6 months: flows added, carried over from Quarter I, pending at the end of Quarter II', async () => {
  const own = join(QUARTERS, 'lao-cai-2026-h1');
  const prepared = await preparePackage({ data: own, parts: [quarter(1), quarter(2)] });
  const row = prepared.model!.report!.dossiers!.rows.find((r) => r.unitId === 'SO-NNMT')!;
  expect(row).toMatchObject({
    online: 31_172,
    carriedOver: 2_301,
    pendingInTime: 2_335,
    pendingOverdue: 102,
  });
});

// A 6-month dataset stands for Quarters I and II: it carries over into Quarter III as they do.
test('9 months from a 6-month dataset and Quarter III equals 9 months from the three quarters', async () => {
  const own = join(QUARTERS, 'lao-cai-2026-9m');
  const half = directDataset(2, join(QUARTERS, 'lao-cai-2026-h1'), 'lao-cai-2026-h1');
  const [fromHalf, fromQuarters] = await Promise.all([
    preparePackage({ data: own, parts: [half, quarter(3)] }),
    preparePackage({ data: own, parts: [quarter(1), quarter(2), quarter(3)] }),
  ]);
  expect(fromHalf.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(fromHalf.model?.report?.period.title).toBe('9 tháng năm 2026');
  expect(fromHalf.model).toEqual(fromQuarters.model);
});
