import { buildModel } from '../../src/compute/build-model';
import { fillForms } from '../../src/forms';
import {
  cellOf,
  copySample,
  removeTempFolders,
  setCell,
  validatePath,
} from '../helpers/sample-copy';
import { modelOf, SAMPLE_Q1 } from '../helpers/load-sample';

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
