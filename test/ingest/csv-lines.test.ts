import { parseCsv } from '../../src/ingest/read-csv';
import type { RawTable } from '../../src/domain/raw-table';
import { copySample, removeTempFolders, setLine, validatePath } from '../helpers/sample-copy';

afterAll(removeTempFolders);

test('a quoted value spanning lines is reported at the line where its record starts', () => {
  const text = 'a,b\n1,"two\nlines"\n\n3,x\n';
  const t = parseCsv(text, 'T', 'T.csv') as RawTable;
  // Record 1 starts on line 2 (and ends on 3); line 4 is blank; record 2 is on line 5.
  expect(t.rows.map((r) => r.number)).toEqual([2, 5]);
  expect(t.rows[0]!.cells).toEqual(['1', 'two\nlines']);
});

test('cells beyond the header (an unquoted comma) are an error, not silently dropped', async () => {
  const dir = copySample('q1');
  // "Các sở, ban, ngành thuộc UBND tỉnh" written without quotes splits into three cells.
  setLine(dir, 'NoiNhan.csv', 5, ['Các sở', ' ban', ' ngành thuộc UBND tỉnh']);
  const { issues } = await validatePath(dir);
  const extra = issues.filter((i) => i.code === 'EXTRA_CELLS');
  expect(extra).toHaveLength(1);
  expect(extra[0]!.severity).toBe('error');
  expect(extra[0]!.location).toMatchObject({ file: 'NoiNhan.csv', row: 5 });
});
