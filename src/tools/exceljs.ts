import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use and from its prebuilt single-file bundle ("bare": without the
 * browser polyfills). The package's main entry requires some 660 modules, about 0,4 s of CPU at
 * every start; the bundle is the same library in one file and loads in about a third of that.
 * Only a command that reads or writes a workbook pays for it (docs/performance.md). Every use
 * here goes through buffers (`xlsx.load`, `xlsx.writeBuffer`), which the bundle supports.
 */
export function excelJs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('exceljs/dist/exceljs.bare.min.js') as typeof ExcelJS;
}
