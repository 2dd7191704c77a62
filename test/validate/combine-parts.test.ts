/**
 * How the parts' tables are combined (src/validate/parts/combine-parts.ts), table by table, on
 * the fixture quarters and the index-766 sample. Values read by eye from the CSV files.
 */
import { join } from 'node:path';
import type { Dataset } from '../../src/domain/dataset';
import type { RawDataset, RawTable } from '../../src/domain/raw-table';
import { projectRoot } from '../../src/tools/project-root';
import { combineParts } from '../../src/validate/parts/combine-parts';
import type { Part } from '../../src/validate/parts/part';
import { SAMPLE_766, validatePath } from '../helpers/load-sample';

const QUARTERS = join(projectRoot(), 'test', 'fixtures', 'quarters');
const own: RawDataset = { source: 'ky', tables: [], issues: [] };
let q1: Part;
let q2: Part;
let readings: Part;

beforeAll(async () => {
  const read = async (path: string): Promise<Part> => ({
    path,
    dataset: (await validatePath(path)).dataset as Dataset,
  });
  [q1, q2, readings] = await Promise.all([
    read(join(QUARTERS, 'lao-cai-2026-q1')),
    read(join(QUARTERS, 'lao-cai-2026-q2')),
    read(SAMPLE_766),
  ]);
});

const tablesOf = (parts: Part[], name: string): RawTable[] =>
  combineParts(own, parts).dataset.tables.filter((t) => t.name === name);
const cell = (t: RawTable, row: number, key: string) =>
  t.rows[row]!.cells[t.headers.findIndex((h) => h.text === key)];

test('HoSo: one row per unit, flows added, carry-over first, pending last, totals left blank', () => {
  const [hoSo] = tablesOf([q1, q2], 'HoSo');
  expect(hoSo!.rows).toHaveLength(115);
  // SO-NNMT: online 15.206 + 15.966; carried over 2.301 (Q1); pending 2.335 + 102 (Q2).
  expect(cell(hoSo!, 0, 'ma_don_vi')).toBe('SO-NNMT');
  expect(cell(hoSo!, 0, 'tiep_nhan_truc_tuyen')).toBe(31_172);
  expect(cell(hoSo!, 0, 'ky_truoc_chuyen_sang')).toBe(2_301);
  expect(cell(hoSo!, 0, 'dang_giai_quyet_trong_han')).toBe(2_335);
  expect(cell(hoSo!, 0, 'tong_tiep_nhan')).toBeNull();
});

test('a unit absent from the last part has no pending at the end: its stock cells are blank', () => {
  const without = {
    ...q2,
    dataset: {
      ...q2.dataset,
      dossiers: q2.dataset.dossiers.filter((r) => r.ma_don_vi !== 'SO-CT'),
    },
  };
  const [hoSo] = tablesOf([q1, without], 'HoSo');
  // SO-CT, line 3 of Q1: online 1.074, carried over 158.
  expect(cell(hoSo!, 1, 'ma_don_vi')).toBe('SO-CT');
  expect(cell(hoSo!, 1, 'tiep_nhan_truc_tuyen')).toBe(1_074);
  expect(cell(hoSo!, 1, 'ky_truoc_chuyen_sang')).toBe(158);
  expect(cell(hoSo!, 1, 'dang_giai_quyet_trong_han')).toBeNull();
});

test('lists keep each quarter’s file and rows; a standing decision listed in both is kept once', () => {
  const vanBan = tablesOf([q1, q2], 'VanBan');
  expect(vanBan.map((t) => [t.file, t.rows.length])).toEqual([
    // Q1: 8 letters and plans + 2 decisions of 2025; Q2: its 4 new ones only.
    [`${q1.path}/VanBan.csv`, 10],
    [`${q2.path}/VanBan.csv`, 4],
  ]);
  expect(vanBan[1]!.rows.map((r) => r.number)).toEqual([2, 3, 4, 5]);
});

test('readings as of a date come whole from the last part that has them', () => {
  const chiSo = tablesOf([readings, q1], 'ChiSo766');
  expect(chiSo.map((t) => t.file)).toEqual([`${SAMPLE_766}/ChiSo766.csv`]);
  expect(chiSo[0]!.rows).toHaveLength(readings.dataset.indexReadings.length);
});

test('units: every part’s, each unit once, from the latest part that lists it', () => {
  const fewer = {
    ...q2,
    dataset: { ...q2.dataset, units: q2.dataset.units.filter((u) => u.id !== 'SO-CT') },
  };
  const donVi = tablesOf([q1, fewer], 'DonVi');
  expect(donVi.map((t) => [t.file, t.rows.length])).toEqual([
    [`${q1.path}/DonVi.csv`, 1],
    [`${q2.path}/DonVi.csv`, 114],
  ]);
});

test('a table the period gives itself is taken from it, with a warning', () => {
  const ownPakn: RawTable = {
    name: 'PAKN',
    file: 'PAKN.csv',
    format: 'csv',
    headers: [{ text: 'linh_vuc' }],
    rows: [],
    headerRow: 1,
  };
  const combined = combineParts({ ...own, tables: [ownPakn] }, [q1, q2]);
  expect(combined.dataset.tables.filter((t) => t.name === 'PAKN')).toEqual([ownPakn]);
  expect(combined.issues.map((i) => i.code)).toEqual(['PART_TABLE_OWN']);
});
