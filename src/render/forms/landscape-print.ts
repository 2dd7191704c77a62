import type ExcelJS from 'exceljs';

/**
 * Print setup shared by the forms and the ranking annex: A4 landscape, one page wide, the
 * heading rows `top`…`last` repeated on every page and frozen with the first two columns.
 */
export function landscapePrint(ws: ExcelJS.Worksheet, top: number, last: number): void {
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: last }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${top}:${last}`,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}
