import type ExcelJS from 'exceljs';
import { stabilizeZipTimes } from './stable-zip-times';

/**
 * A workbook's bytes with its parts stored, not deflated, and every entry stamped with `when`.
 * withOfficeProperties, which every file of a package goes through, deflates each part with
 * Node's zlib; JSZip's deflate inside exceljs is pako, JavaScript, several times slower
 * (docs/performance.md).
 */
export async function storedWorkbook(wb: ExcelJS.Workbook, when: Date): Promise<Buffer> {
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return stabilizeZipTimes(Buffer.from(stored), when);
}
