/**
 * Synthetic national data for the benchmark: one dataset folder per province of the registry
 * (34), listing every commune of the province (3,321 in all) beside the 16 agencies of the Lào
 * Cai sample. Each folder holds the quarterly tables and the index-766 tables, so `tthc build`
 * makes the full package: report, forms annex, workbook, index-766 letter and ranking annex.
 *
 * The figures are random but consistent, so validation passes: form identities hold, a total
 * score is the sum of its groups, ranks run 1…N by descending total (the province's among 34).
 * Lists and prose (VanBan, CongBo, noi-dung.md, cong-van.md…) are the Lào Cai sample's with
 * the province's name put in. Nothing here is real data; it only has the real sizes.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setInForce } from '../../src/contract/indicator-sets';
import {
  dossiers as dossierTable,
  indexAverages,
  indexReadings,
  unitIndicators,
  units as unitTable,
} from '../../src/contract/tables';
import type { Commune, Province } from '../../src/domain/registry';
import { placeName } from '../../src/domain/registry';
import { provinceSlug } from '../../src/domain/province-slug';
import { parseCivilDate, provinceMention } from '../../src/format';
import { readRegistry } from '../../src/ingest/read-registry';
import { projectRoot } from '../../src/tools/project-root';
import { toCsv } from '../../src/render/init/write-csv-folder';
import { intBetween, mulberry32, type Rng } from '../random';

const SAMPLE_Q1 = join(projectRoot(), 'data', 'lao-cai-2026-q1');
const SAMPLE_766 = join(projectRoot(), 'data', 'lao-cai-766-2025-08');

/** Tables and files taken from the sample as they are: lists, prose, recipients. */
const COPIED_Q1 = ['NoiNhan', 'PAKN', 'CongBo', 'DuThao', 'VanBan', 'TTHCNoiBo', 'SoLieu'];
const COPIED_766 = ['KinhGui.csv', 'chu-thich.yaml'];

/** The previous and the current index reading, inside the quarter the report covers. */
const PREVIOUS = '2026-02-28';
const CURRENT = '2026-03-14';
/**
 * The group scores of Decision 766 and their maxima in hundredths, as the indicator set in
 * force at the readings' date scores them (the columns of ChiSo766 hold every set's groups; a
 * group of another set stays blank). The 2026 set's maxima add up to 100.
 */
const GROUPS = setInForce(parseCivilDate(CURRENT)!)!.groups.map((g) => ({
  key: g.column,
  max: g.max * 100,
}));
const MAXIMA = GROUPS.map((g) => g.max);

interface Unit {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly group: 'so_nganh' | 'xa_phuong';
}

/** Five group scores and their total, in hundredths. */
interface Score {
  readonly groups: readonly number[];
  readonly total: number;
}

const dec = (hundredths: number) => String(hundredths / 100);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function score(r: Rng, quality: number): Score {
  const groups = MAXIMA.map((max) =>
    Math.min(max, Math.round(max * Math.min(0.99, quality + (r() - 0.5) * 0.1))),
  );
  return { groups, total: sum(groups) };
}

/** A reading a few points away from `s`, for the comparison with the previous date. */
const drift = (r: Rng, s: Score): Score => {
  const groups = s.groups.map((g, i) =>
    Math.max(0, Math.min(MAXIMA[i]!, g + intBetween(r, -120, 120))),
  );
  return { groups, total: sum(groups) };
};

/** Ranks 1…N by descending total; ties go to the lower code, so every rank is used once. */
function ranks<T extends { id: string; s: Score }>(items: readonly T[]): Map<string, number> {
  const sorted = [...items].sort((a, b) => b.s.total - a.s.total || a.id.localeCompare(b.id));
  return new Map(sorted.map((x, i) => [x.id, i + 1]));
}

type Cells = Record<string, string | number>;

/** Dossier counts of one unit that satisfy the 06c identities; the totals are left to compute. */
function dossiers(r: Rng, unit: Unit): Cells {
  const received = unit.group === 'so_nganh' ? intBetween(r, 200, 20000) : intBetween(r, 100, 4000);
  const carried = Math.round(received * 0.07 * r());
  const online = Math.round((received - carried) * (0.6 + 0.38 * r()));
  const pending = Math.round(received * 0.08 * r());
  const resolved = received - pending;
  const late = Math.round(resolved * 0.02 * r());
  const onTime = Math.round((resolved - late) * 0.3 * r());
  const overdue = Math.round(pending * 0.1 * r());
  return {
    ma_don_vi: unit.id,
    tiep_nhan_truc_tuyen: online,
    tiep_nhan_truc_tiep: received - carried - online,
    ky_truoc_chuyen_sang: carried,
    giai_quyet_truoc_han: resolved - late - onTime,
    giai_quyet_dung_han: onTime,
    giai_quyet_qua_han: late,
    dang_giai_quyet_trong_han: pending - overdue,
    dang_giai_quyet_qua_han: overdue,
  };
}

/** A table as CSV under its contract columns, in their order; cells not given stay blank. */
function writeTable(
  dir: string,
  table: { readonly id: string; readonly columns: readonly { readonly key: string }[] },
  records: readonly Cells[],
) {
  const headers = table.columns.map((c) => c.key);
  const rows = records.map((rec) => headers.map((h) => String(rec[h] ?? '')));
  writeFileSync(join(dir, `${table.id}.csv`), toCsv({ headers, rows }));
}

/** A reading's group scores and total as the CSV writes them: 15.34, 82.16. */
const scoreCells = (s: Score): Cells => ({
  ...Object.fromEntries(GROUPS.map((g, i) => [g.key, dec(s.groups[i]!)])),
  tong_diem: dec(s.total),
});

interface ProvincePlan {
  readonly province: Province;
  readonly units: readonly Unit[];
  readonly previous: ReadonlyMap<string, Score>;
  readonly current: ReadonlyMap<string, Score>;
}

const AGENCIES: readonly Unit[] = readFileSync(join(SAMPLE_Q1, 'DonVi.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .filter((line) => line.includes(',co_quan,'))
  .map((line) => {
    const [id = '', kind = '', ...rest] = line.split(',');
    // The one quoted name of the sample ("Sở Văn hóa, Thể thao và Du lịch") holds commas.
    const name = rest.slice(0, -2).join(',').replace(/^"|"$/g, '');
    return { id, kind, name, group: 'so_nganh' as const };
  });

function plan(province: Province, communes: readonly Commune[], r: Rng): ProvincePlan {
  const units: Unit[] = [
    ...AGENCIES,
    ...communes.map((c) => ({
      id: c.code,
      kind: c.kind,
      name: c.name,
      group: 'xa_phuong' as const,
    })),
  ];
  const current = new Map<string, Score>();
  const previous = new Map<string, Score>();
  for (const id of ['TINH', ...units.map((u) => u.id)]) {
    const s = score(r, 0.6 + 0.35 * r());
    current.set(id, s);
    previous.set(id, drift(r, s));
  }
  return { province, units, previous, current };
}

const fields = (rows: readonly (readonly [string, string])[]) =>
  toCsv({ headers: ['truong', 'gia_tri'], rows });

/** ThongTin of the sample with the province's code. */
function meta(province: Province): string {
  const rows = readFileSync(join(SAMPLE_Q1, 'ThongTin.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const comma = l.indexOf(',');
      return [l.slice(0, comma), l.slice(comma + 1).replace(/^"|"$/g, '')] as const;
    });
  return fields(rows.map(([k, v]) => [k, k === 'tinh' ? province.code : v] as const));
}

/** The sample's prose with this province's name: "tỉnh Lào Cai" → "thành phố Hà Nội". */
const renamed = (text: string, p: Province) =>
  text.replace(/tỉnh Lào Cai/g, provinceMention(p.name)).replace(/Lào Cai/g, placeName(p));

function indexTables(p: ProvincePlan, provinceRank: (date: string) => number): Cells[] {
  const readings: Cells[] = [];
  for (const [date, scores] of [
    [PREVIOUS, p.previous],
    [CURRENT, p.current],
  ] as const) {
    const reading = (id: string, rank: number, of?: number) =>
      readings.push({
        ma_don_vi: id,
        ngay: date,
        ...scoreCells(scores.get(id)!),
        xep_hang: rank,
        ...(of ? { so_don_vi_xep_hang: of } : {}),
      });
    reading('TINH', provinceRank(date), 34);
    for (const group of ['so_nganh', 'xa_phuong'] as const) {
      const members = p.units
        .filter((u) => u.group === group)
        .map((u) => ({ id: u.id, s: scores.get(u.id)! }));
      const rank = ranks(members);
      for (const m of members) reading(m.id, rank.get(m.id)!);
    }
  }
  return readings;
}

/** Overdue dossiers and the five rates (15–100 %) of each unit at the current reading. */
const indicators = (r: Rng, units: readonly Unit[]): Cells[] =>
  units.map((u) => ({
    ...Object.fromEntries(
      unitIndicators.columns
        .filter((c) => c.key.startsWith('ty_le_'))
        .map((c) => [c.key, dec(intBetween(r, 1500, 10000))]),
    ),
    ma_don_vi: u.id,
    ngay: CURRENT,
    ho_so_qua_han: Math.floor(r() ** 3 * 300),
  }));

/** National averages of the current readings, by group; a total is the sum of its groups. */
function averages(plans: readonly ProvincePlan[]): Cells[] {
  const of = (scores: readonly Score[]): Score => {
    const groups = MAXIMA.map((_, i) =>
      Math.round(sum(scores.map((s) => s.groups[i]!)) / scores.length),
    );
    return { groups, total: sum(groups) };
  };
  const group = (g: Unit['group']) =>
    plans.flatMap((p) => p.units.filter((u) => u.group === g).map((u) => p.current.get(u.id)!));
  const row = (nhom: string, scores: readonly Score[]) => ({
    nhom,
    ngay: CURRENT,
    ...scoreCells(of(scores)),
  });
  return [
    row(
      'tinh',
      plans.map((p) => p.current.get('TINH')!),
    ),
    row('so_nganh', group('so_nganh')),
    row('xa_phuong', group('xa_phuong')),
  ];
}

function writeProvince(dir: string, p: ProvincePlan, national: ProvinceRanks, avg: Cells[]) {
  mkdirSync(dir, { recursive: true });
  const r = mulberry32(Number(p.province.code) * 7919);
  writeFileSync(join(dir, 'ThongTin.csv'), meta(p.province));
  for (const t of COPIED_Q1) copyFileSync(join(SAMPLE_Q1, `${t}.csv`), join(dir, `${t}.csv`));
  for (const f of COPIED_766) copyFileSync(join(SAMPLE_766, f), join(dir, f));
  writeTable(
    dir,
    unitTable,
    p.units.map((u) => ({ ma_don_vi: u.id, loai: u.kind, ten: u.name, nhom: u.group })),
  );
  writeTable(
    dir,
    dossierTable,
    p.units.map((u) => dossiers(r, u)),
  );
  writeTable(
    dir,
    indexReadings,
    indexTables(p, (date) => national.get(date)!.get(p.province.code)!),
  );
  writeTable(dir, unitIndicators, indicators(r, p.units));
  writeTable(dir, indexAverages, avg);
  const content = readFileSync(join(SAMPLE_Q1, 'noi-dung.md'), 'utf8');
  writeFileSync(join(dir, 'noi-dung.md'), renamed(content, p.province));
  const letter = readFileSync(join(SAMPLE_766, 'cong-van.md'), 'utf8')
    .replace(/^tinh: .*$/m, `tinh: '${p.province.code}'`)
    .replace(/^ngay: .*$/m, `ngay: ${CURRENT.slice(0, 7)}`);
  writeFileSync(join(dir, 'cong-van.md'), renamed(letter, p.province));
}

/** Per reading date, each province's national rank by descending total. */
type ProvinceRanks = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface NationalData {
  /** One dataset folder per province, in registry order. */
  readonly folders: readonly string[];
  readonly communes: number;
}

/**
 * Writes the 34 synthetic province datasets into `root` (one folder each, named like their
 * packages: "ha-noi-2026-q1"). The same registry gives the same files on every run.
 */
export function writeNationalDatasets(root: string): NationalData {
  const registry = readRegistry();
  const r = mulberry32(766);
  const plans = registry.provinces.map((p) =>
    plan(
      p,
      registry.communes.filter((c) => c.provinceCode === p.code),
      r,
    ),
  );
  const national = new Map(
    [PREVIOUS, CURRENT].map((date) => {
      const scores = date === CURRENT ? 'current' : 'previous';
      return [
        date,
        ranks(plans.map((p) => ({ id: p.province.code, s: p[scores].get('TINH')! }))),
      ] as const;
    }),
  );
  const avg = averages(plans);
  const folders = plans.map((p) => {
    const dir = join(root, `${provinceSlug(p.province)}-2026-q1`);
    writeProvince(dir, p, national, avg);
    return dir;
  });
  return { folders, communes: sum(plans.map((p) => p.units.length - AGENCIES.length)) };
}

/**
 * The full package of the sample province in one folder: Lào Cai's quarterly dataset with the
 * index-766 tables, letter and rules of its 766 dataset beside it.
 */
export function writeSampleDataset(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const q1 = ['ThongTin', 'DonVi', 'HoSo', ...COPIED_Q1].map((t) => `${t}.csv`);
  for (const f of [...q1, 'noi-dung.md']) copyFileSync(join(SAMPLE_Q1, f), join(dir, f));
  const index = ['ChiSo766.csv', 'ChiTieuDonVi.csv', 'TrungBinh766.csv', 'cong-van.md'];
  for (const f of [...index, ...COPIED_766]) copyFileSync(join(SAMPLE_766, f), join(dir, f));
  return dir;
}

/** What a single-province quarterly dataset is made for: its period and the size of its figures. */
export interface ReportDatasetOptions {
  /** The period key of ThongTin ("2026", "2026-Q4", "2026-H1"). */
  readonly period: string;
  /** ngay_bao_cao, after the period's end ("2026-12-16"). */
  readonly reportDate: string;
  /** Dossier counts are a quarter's times this (4 for a year: the largest real figures). */
  readonly scale?: number;
  /** Months added to every date of the sample's lists, to bring them inside the period. */
  readonly shiftMonths?: number;
}

/** "2026-01-25" moved `months` later, the day kept inside the month. */
function shiftDate(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * One province's quarterly dataset for `tthc build` (no index-766 tables): every commune of the
 * registry and the sample's 16 agencies, random dossier counts satisfying the 06c identities
 * (times `scale`), the sample's lists with their dates moved by `shiftMonths`, its content file
 * with the province's name put in. For the tests of big figures and of cities (issue 16).
 */
export function writeReportDataset(
  dir: string,
  provinceCode: string,
  options: ReportDatasetOptions,
): string {
  const registry = readRegistry();
  const province = registry.provinces.find((p) => p.code === provinceCode);
  if (!province) throw new Error(`no province ${provinceCode}`);
  const communes = registry.communes.filter((c) => c.provinceCode === provinceCode);
  const units: Unit[] = [
    ...AGENCIES,
    ...communes.map((c) => ({
      id: c.code,
      kind: c.kind,
      name: c.name,
      group: 'xa_phuong' as const,
    })),
  ];
  mkdirSync(dir, { recursive: true });
  const r = mulberry32(Number(provinceCode) * 104729);
  const scale = options.scale ?? 1;
  const shift = options.shiftMonths ?? 0;
  writeFileSync(
    join(dir, 'ThongTin.csv'),
    meta(province)
      .replace(/^ky_bao_cao,.*$/m, `ky_bao_cao,${options.period}`)
      .replace(/^ngay_bao_cao,.*$/m, `ngay_bao_cao,${options.reportDate}`),
  );
  for (const t of COPIED_Q1) {
    const text = readFileSync(join(SAMPLE_Q1, `${t}.csv`), 'utf8');
    const moved =
      shift === 0 ? text : text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => shiftDate(d, shift));
    writeFileSync(join(dir, `${t}.csv`), moved);
  }
  writeTable(
    dir,
    unitTable,
    units.map((u) => ({ ma_don_vi: u.id, loai: u.kind, ten: u.name, nhom: u.group })),
  );
  writeTable(
    dir,
    dossierTable,
    units.map((u) => {
      const cells = dossiers(r, u);
      return Object.fromEntries(
        Object.entries(cells).map(([k, v]) => [k, typeof v === 'number' ? v * scale : v]),
      );
    }),
  );
  const content = readFileSync(join(SAMPLE_Q1, 'noi-dung.md'), 'utf8');
  writeFileSync(join(dir, 'noi-dung.md'), renamed(content, province));
  return dir;
}
