// The workbook `tthc init` writes, opened as an official starts on it (the init tests).
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runInit } from '../../src/cli/commands/init';

/** The column of a table sheet whose heading (row 1) is `header`. */
export const columnOf = (sheet: ExcelJS.Worksheet, header: string): number => {
  let found = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (found === 0) throw new Error(`no column "${header}" on ${sheet.name}`);
  return found;
};

/** Sets the value of a field of a fields sheet (key in column A, value in B). */
export const setField = (sheet: ExcelJS.Worksheet, key: string, value: ExcelJS.CellValue) => {
  let done = false;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === key) {
      row.getCell(2).value = value;
      done = true;
    }
  });
  if (!done) throw new Error(`no field ${key}`);
};

/**
 * `tthc init` for Sơn La, 6 tháng đầu năm 2026, into `<root>/son-la`, its workbook read with
 * exceljs and ThongTin completed as an official completes it (the report's date, the signer),
 * so that the tool reads the tables through. Saved by the caller.
 */
export async function startedSonLaWorkbook(
  root: string,
): Promise<{ wb: ExcelJS.Workbook; file: string }> {
  const out = join(root, 'son-la');
  const code = await runInit(
    { province: 'Sơn La', period: '2026-H1', out, force: false },
    () => undefined,
    () => undefined,
  );
  if (code !== 0) throw new Error(`tthc init exited ${code}`);
  const file = join(out, 'du-lieu-son-la-2026-h1.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  setField(wb.getWorksheet('ThongTin')!, 'ngay_bao_cao', new Date(Date.UTC(2026, 5, 16)));
  setField(wb.getWorksheet('ThongTin')!, 'ky_ho_ten', 'Nguyễn Văn An');
  return { wb, file };
}
