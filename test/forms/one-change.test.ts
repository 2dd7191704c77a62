import { buildModel } from '../../src/compute/build-model';
import { fillForms } from '../../src/forms';
import {
  cellOf,
  copySample,
  removeTempFolders,
  setCell,
  validatePath,
} from '../helpers/sample-copy';
import { readDocxText } from '../../src/ooxml/docx-text';
import { verifyReportDocx } from '../../src/verify/report-docx';
import { reportSections } from '../../src/verify/report-sections';
import { modelOf, SAMPLE_Q1 } from '../helpers/load-sample';
import { sampleReport } from '../helpers/sample-report';

afterAll(removeTempFolders);

test("one commune's online dossiers move its 06c row, the communes' subtotal and the grand total together", async () => {
  const before = fillForms(await modelOf(SAMPLE_Q1)).find((t) => t.form.code === '06c')!;
  const dir = copySample('q1');
  // The last HoSo line is a commune; +100 online and +100 resolved early keeps (3) = (7) + (11).
  const line = before.rows.filter((r) => r.kind === 'item').length + 1;
  const unit = cellOf(dir, 'HoSo.csv', line, 'ma_don_vi');
  for (const col of ['tiep_nhan_truc_tuyen', 'giai_quyet_truoc_han'])
    setCell(dir, 'HoSo.csv', line, col, String(Number(cellOf(dir, 'HoSo.csv', line, col)) + 100));
  const { dataset } = await validatePath(dir);
  const after = fillForms(buildModel(dataset!)).find((t) => t.form.code === '06c')!;
  const changed = after.rows.flatMap((r, i) =>
    r.cells[4] !== before.rows[i]!.cells[4] ? [i] : [],
  );
  const subtotal = after.rows.findIndex((r) => r.cells[1] === 'II');
  const unitRow = after.rows.findIndex(
    (r) => r.kind === 'item' && r.cells[2] === dataset!.units.find((u) => u.id === unit)!.name,
  );
  expect(changed).toEqual([subtotal, unitRow, after.rows.length - 1]);
  for (const i of changed)
    expect(Number(after.rows[i]!.cells[4]) - Number(before.rows[i]!.cells[4])).toBe(100);
});

test("the same change moves the report's narrative figures with the forms", async () => {
  const dir = copySample('q1');
  const base = await sampleReport(dir);
  const line =
    fillForms(base.model)
      .find((t) => t.form.code === '06c')!
      .rows.filter((r) => r.kind === 'item').length + 1;
  for (const col of ['tiep_nhan_truc_tuyen', 'giai_quyet_truoc_han'])
    setCell(dir, 'HoSo.csv', line, col, String(Number(cellOf(dir, 'HoSo.csv', line, col)) + 100));
  const after = await sampleReport(dir);
  const i6 = reportSections(readDocxText(after.bytes!).body).get('I.6')!;
  // Seed figures + 100: received 176.319 → 176.419, online 148.977 → 149.077, resolved
  // 167.004 → 167.104, early 150.893 → 150.993; communes 123.094 → 123.194, 118.811 → 118.911.
  for (const figure of [
    '176.419 hồ sơ',
    'trực tuyến: 149.077 hồ sơ',
    '167.104 hồ sơ',
    '150.993 hồ sơ',
    '123.194 hồ sơ',
    '118.911 hồ sơ',
  ])
    expect(i6).toContain(figure);
  for (const stale of ['176.319', '148.977', '167.004', '123.094']) expect(i6).not.toContain(stale);
  // Agencies did not move.
  expect(i6).toContain('53.225 hồ sơ');
  expect(
    verifyReportDocx(
      after.bytes!,
      after.model,
      after.quarterly!,
      fillForms(after.model),
      'bao-cao.docx',
    ).mismatches,
  ).toEqual([]);
});
