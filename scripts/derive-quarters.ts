// Writes test/fixtures/quarters/: the four quarters of 2026 for the Lào Cai sample, and the
// frames of its 6-month and annual reports, for building a longer period from its quarters
// (issue 17, docs/periods.md). Quarter I is the sample of data/lao-cai-2026-q1 (its feedback
// pending at the quarter's end counted as handled: form 05b has no carried-over column);
// quarters II-IV are derived from it by fixed rules, chained: each unit carries over exactly what
// it had pending at the end of the quarter before. Run: npx tsc -p tsconfig.scripts.json
// --outDir dist && node dist/scripts/derive-quarters.js
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

type Row = Record<string, string>;

const SAMPLE = 'data/lao-cai-2026-q1';
const OUT = 'test/fixtures/quarters';

function read(table: string): Row[] {
  return parse(readFileSync(join(SAMPLE, `${table}.csv`), 'utf8'), { columns: true }) as Row[];
}

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function write(dir: string, table: string, rows: readonly Row[], header?: readonly string[]) {
  const keys = header ?? Object.keys(rows[0]!);
  const lines = [keys.join(','), ...rows.map((r) => keys.map((k) => quote(r[k] ?? '')).join(','))];
  writeFileSync(join(dir, `${table}.csv`), lines.join('\n') + '\n');
}

const n = (v: string | undefined) => Number(v ?? 0);
const s = (v: number) => String(v);

/** The date three months × k later, in the same quarter position; a 31st becomes the 30th. */
function shift(date: string, k: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) + 3 * k;
  const [year, month] = [Math.floor(months / 12), (months % 12) + 1];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** "2365/QĐ-UBND" of quarter k: its number raised by 3000 × k, so that no number repeats. */
const renumber = (no: string, k: number) =>
  no.replace(/^(\d+)/, (digits) => String(Number(digits) + 3000 * k));

const meta = read('ThongTin');
const dossiers = read('HoSo');
const feedback = read('PAKN');
const figures = read('SoLieu');
const publications = read('CongBo');
const drafts = read('DuThao');
const documents = read('VanBan');
const internal = read('TTHCNoiBo');

/** Quarter I's feedback: what was pending at its end counted as handled on time. */
const feedbackQ1 = feedback.map((r) => ({
  ...r,
  da_xu_ly_dung_han: s(n(r.da_xu_ly_dung_han) + n(r.dang_xu_ly_trong_han)),
  dang_xu_ly_trong_han: '0',
  dang_xu_ly_qua_han: '0',
}));

/** Quarter q's dossiers from the quarter before: carried over = what was pending there. */
function nextDossiers(before: readonly Row[], k: number): Row[] {
  return before.map((prev, i) => {
    const base = dossiers[i]!;
    const online = Math.round(n(base.tiep_nhan_truc_tuyen) * (1 + 0.05 * k)) + (i % 5);
    const direct = Math.max(0, Math.round(n(base.tiep_nhan_truc_tiep) * (1 - 0.04 * k)));
    const carried = n(prev.dang_giai_quyet_trong_han) + n(prev.dang_giai_quyet_qua_han);
    const pendingIn = Math.round(n(base.dang_giai_quyet_trong_han) * (1 + 0.1 * k)) + (i % 3);
    const pendingLate = Math.max(0, n(base.dang_giai_quyet_qua_han) - k + (i % 2));
    const resolved = online + direct + carried - pendingIn - pendingLate;
    const late = Math.min(resolved, Math.max(0, n(base.giai_quyet_qua_han) - 2 * k));
    const onTime = Math.min(
      resolved - late,
      Math.round(n(base.giai_quyet_dung_han) * (1 + 0.02 * k)),
    );
    return {
      ma_don_vi: base.ma_don_vi!,
      linh_vuc: base.linh_vuc ?? '',
      tong_tiep_nhan: '',
      tiep_nhan_truc_tuyen: s(online),
      tiep_nhan_truc_tiep: s(direct),
      ky_truoc_chuyen_sang: s(carried),
      tong_da_giai_quyet: '',
      giai_quyet_truoc_han: s(resolved - late - onTime),
      giai_quyet_dung_han: s(onTime),
      giai_quyet_qua_han: s(late),
      tong_dang_giai_quyet: '',
      dang_giai_quyet_trong_han: s(pendingIn),
      dang_giai_quyet_qua_han: s(pendingLate),
    };
  });
}

/** Feedback of quarter q: a little more each quarter; pending only at the year's end (Q4). */
function feedbackOf(k: number): Row[] {
  return feedback.map((r, i) => {
    const regulation = n(r.ve_quy_dinh) + k + (i % 2);
    const conduct = n(r.ve_hanh_vi);
    const pending = k === 3 && i < 2 ? 1 : 0;
    const late = k === 2 && i === 0 ? 1 : 0;
    const handled = regulation + conduct - pending;
    return {
      linh_vuc: r.linh_vuc!,
      tong_tiep_nhan: '',
      ve_quy_dinh: s(regulation),
      ve_hanh_vi: s(conduct),
      tong_da_xu_ly: '',
      da_xu_ly_dung_han: s(handled - late),
      da_xu_ly_qua_han: s(late),
      tong_dang_xu_ly: '',
      dang_xu_ly_trong_han: s(pending),
      dang_xu_ly_qua_han: '0',
      da_cong_khai: s(handled - (k % 2)),
    };
  });
}

/** SoLieu of quarter q: stocks move a little; flows (cut, decentralised) vary by quarter. */
function figuresOf(k: number): Row[] {
  const stock: Record<string, number> = {
    tthc_tw_cap_tinh: 3 * k,
    tthc_tw_cap_xa: k,
    tthc_lien_thong_cung_cap: 2 * k,
    tthc_lien_thong_cac_cap: k,
    tthc_noi_bo_luy_ke: 10 * k,
    tt_tinh_cong_chuc: k % 2,
    tt_xa_chuyen_trach: -k,
  };
  const flow: Record<string, readonly number[]> = {
    quy_dinh_kinh_doanh_cat_giam: [0, 2, 0, 1],
    tthc_phan_cap: [0, 0, 4, 0],
  };
  return figures.map((r) => {
    const key = r.truong!;
    if (flow[key]) return { truong: key, gia_tri: s(flow[key][k]!) };
    return { truong: key, gia_tri: s(n(r.gia_tri) + (stock[key] ?? 0)) };
  });
}

const QUARTER_END = ['2026-03-16', '2026-06-16', '2026-09-16', '2026-12-16'];

rmSync(OUT, { recursive: true, force: true });
let before: Row[] = dossiers;
for (let k = 0; k < 4; k++) {
  const dir = join(OUT, `lao-cai-2026-q${k + 1}`);
  mkdirSync(dir, { recursive: true });
  for (const copied of ['DonVi', 'NoiNhan'])
    cpSync(join(SAMPLE, `${copied}.csv`), join(dir, `${copied}.csv`));
  write(
    dir,
    'ThongTin',
    meta.map((r) =>
      r.truong === 'ky_bao_cao'
        ? { ...r, gia_tri: `2026-Q${k + 1}` }
        : r.truong === 'ngay_bao_cao'
          ? { ...r, gia_tri: QUARTER_END[k]! }
          : r,
    ),
  );
  const quarterDossiers = k === 0 ? dossiers : nextDossiers(before, k);
  write(dir, 'HoSo', quarterDossiers, Object.keys(dossiers[0]!));
  before = quarterDossiers;
  write(dir, 'PAKN', k === 0 ? feedbackQ1 : feedbackOf(k), Object.keys(feedback[0]!));
  write(dir, 'SoLieu', k === 0 ? figures : figuresOf(k));
  const dated = <R extends Row>(rows: readonly R[], date: string, no: string, count: number) =>
    rows
      .slice(0, count)
      .map((r) => ({ ...r, [date]: shift(r[date]!, k), [no]: renumber(r[no]!, k) }));
  write(
    dir,
    'CongBo',
    k === 0 ? publications : dated(publications, 'ngay_quyet_dinh', 'so_quyet_dinh', 20 - 3 * k),
  );
  // Drafts in quarters I and III only; Quarter III's are new drafts, not Quarter I's again.
  const draftsOf =
    k === 0
      ? drafts
      : k === 2
        ? drafts.slice(0, 1).map((r) => ({ ...r, ten_du_thao: `${r.ten_du_thao} (lần 2)` }))
        : [];
  write(dir, 'DuThao', draftsOf, Object.keys(drafts[0]!));
  // Letters and plans of the quarter, and the standing decisions of 2025 listed every quarter.
  const directing = documents.filter((r) => r.nhom === 'chi_dao');
  const standing = documents.filter((r) => r.nhom !== 'chi_dao');
  write(dir, 'VanBan', [
    ...(k === 0 ? directing : dated(directing, 'ngay', 'so_ky_hieu', 4)),
    ...standing,
  ]);
  write(dir, 'TTHCNoiBo', k === 0 ? internal : dated(internal, 'ngay', 'so_ky_hieu', 2));
  cpSync(join(SAMPLE, 'noi-dung.md'), join(dir, 'noi-dung.md'));
}

/** The frame of a longer period: its ThongTin, Nơi nhận and content file, no figures. */
function periodFolder(name: string, code: string, date: string, words: string) {
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  write(
    dir,
    'ThongTin',
    meta.map((r) =>
      r.truong === 'ky_bao_cao'
        ? { ...r, gia_tri: code }
        : r.truong === 'ngay_bao_cao'
          ? { ...r, gia_tri: date }
          : r,
    ),
  );
  cpSync(join(SAMPLE, 'NoiNhan.csv'), join(dir, 'NoiNhan.csv'));
  const content = readFileSync(join(SAMPLE, 'noi-dung.md'), 'utf8').replace(
    'báo cáo cải cách TTHC quý I năm 2026',
    `báo cáo cải cách TTHC ${words}`,
  );
  writeFileSync(join(dir, 'noi-dung.md'), content);
}

periodFolder('lao-cai-2026-h1', '2026-H1', '2026-06-16', '6 tháng đầu năm 2026');
periodFolder('lao-cai-2026-9m', '2026-9M', '2026-09-16', '9 tháng năm 2026');
periodFolder('lao-cai-2026', '2026', '2026-12-16', 'năm 2026');
