/**
 * Text of a SpreadsheetML part with every "_x" that a reader could take for the start of an
 * escaped character written as "_x005F_x" (ECMA-376 ST_Xstring: "_xHHHH_" stands for the
 * character HHHH, and "_x005F_" for "_"). exceljs writes text as it is, and LibreOffice reads
 * even "_xa_" (one hex digit) as a line feed: the SoLieu field "tt_xa_cong_chuc_cu" came back
 * from Calc as "tt\ncong_chuc_cu", an unknown field whose figure was lost. Excel and exceljs
 * read "_x005F_" back as "_".
 * @example escapeUnderscoreX('<t>tt_xa_cong_chuc_cu</t>') // '<t>tt_x005F_xa_cong_chuc_cu</t>'
 */
export function escapeUnderscoreX(xml: string): string {
  return xml.replace(/_x(?=[0-9A-Fa-f]{1,4}_)/g, '_x005F_x');
}

/** The parts of an .xlsx whose text readers decode: shared strings and notes. */
export const isDecodedTextPart = (name: string): boolean =>
  name === 'xl/sharedStrings.xml' || /^xl\/comments\d*\.xml$/.test(name);
