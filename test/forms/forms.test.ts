import type { ReportModel } from '../../src/compute/report-model';
import { checkFormTable } from '../../src/forms/check-equations';
import { equationsOf } from '../../src/forms/equations-of';
import { fillForms, FORMS, type FormTable } from '../../src/forms';
import { modelOf, SAMPLE_Q1 } from '../helpers/load-sample';

let model: ReportModel;
let tables: FormTable[];
beforeAll(async () => {
  model = await modelOf(SAMPLE_Q1);
  tables = fillForms(model);
});
const table = (code: string) => tables.find((t) => t.form.code === code)!;
const last = (t: FormTable) => t.rows[t.rows.length - 1]!;

test('the four forms are filled for the sample, in the order II.02c, II.03b, 05b, 06c', () => {
  expect(tables.map((t) => t.form.code)).toEqual(['II.02c', 'II.03b', '05b', '06c']);
});

test('equations come from the data contract: 06c has (3)=(4)+(5)+(6) … (3)=(7)+(11)', () => {
  expect(equationsOf('06c')).toEqual([
    { label: '(3) = (4) + (5) + (6)', total: 3, parts: [4, 5, 6] },
    { label: '(7) = (8) + (9) + (10)', total: 7, parts: [8, 9, 10] },
    { label: '(11) = (12) + (13)', total: 11, parts: [12, 13] },
    { label: '(3) = (7) + (11)', total: 3, parts: [7, 11] },
  ]);
});

test('columns are numbered 1…N without gaps in every form', () => {
  for (const f of FORMS)
    expect(f.columns.map((c) => c.number)).toEqual(f.columns.map((_, i) => i + 1));
});

// Seed 003 figures (REFERENCE §8), typed from the seed.
test('06c: sections I and II carry the agency and commune subtotals; the last row the grand total', () => {
  const t = table('06c');
  const sections = t.rows.filter((r) => r.kind === 'subtotal');
  expect(
    sections.map((r) => [r.cells[1], r.cells[2], r.cells[3], r.cells[7], r.cells[11]]),
  ).toEqual([
    ['I', 'Các sở, ban, ngành', 53225, 48193, 5032],
    ['II', 'UBND các xã, phường', 123094, 118811, 4283],
  ]);
  expect(last(t).cells).toMatchObject({
    2: 'Tổng số',
    3: 176319,
    4: 148977,
    5: 15175,
    6: 12167,
    7: 167004,
    8: 150893,
    9: 13599,
    10: 2512,
    11: 9315,
    12: 8495,
    13: 820,
  });
  expect(t.rows.filter((r) => r.kind === 'item')).toHaveLength(model.unitCount.agencies + 99);
});

test('05b total: 66 = 64 + 02; 61 handled on time; 05 in progress in time', () => {
  expect(last(table('05b')).cells).toMatchObject({ 3: 66, 4: 64, 5: 2, 6: 61, 7: 61, 9: 5, 10: 5 });
});

test('II.03b: 76 decisions; 124 legal documents; 1.008 = 123 + 585 + 300; stock under the table', () => {
  const t = table('II.03b');
  expect(t.rows.filter((r) => r.kind === 'item')).toHaveLength(76);
  expect(last(t).cells).toMatchObject({ 4: 124, 5: 1008, 6: 123, 7: 585, 8: 300 });
  expect(t.notes.join('\n')).toContain('2.148 TTHC');
  expect(t.notes.join('\n')).toContain('cấp tỉnh: 1.827 TTHC; cấp xã: 311 TTHC');
  expect(t.notes.join('\n')).toContain('10 TTHC (cấp tỉnh: 05 TTHC; cấp xã: 05 TTHC)');
});

test('II.02c: 03 drafts containing 08 TTHC, 02 assessed', () => {
  const t = table('II.02c');
  expect(t.rows.filter((r) => r.kind === 'item')).toHaveLength(3);
  expect(last(t).cells).toMatchObject({ 5: 8, 9: 2 });
});

test('every identity and every subtotal holds on the sample forms', () => {
  for (const t of tables) expect(checkFormTable(t)).toEqual([]);
});

test('a changed cell breaks its row identity and the subtotal above it', () => {
  const t = table('06c');
  const i = t.rows.findIndex((r) => r.kind === 'item');
  const rows = t.rows.map((r, k) =>
    k === i ? { ...r, cells: { ...r.cells, 4: Number(r.cells[4]) + 1 } } : r,
  );
  const breaks = checkFormTable({ ...t, rows });
  expect(breaks.map((b) => [b.row, b.label])).toEqual([
    [i - 1, '(4) = tổng các dòng'],
    [i, '(3) = (4) + (5) + (6)'],
  ]);
});
