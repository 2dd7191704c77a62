import PizZip from 'pizzip';
import { columnLetters, columnNumber } from '../ooxml/cell-address';
import { zipBytes } from '../tools/zip-bytes';

const TAG = /<(row|c)\b([^>]*)>/g;
const REFERENCE = /\sr\s*=\s*"([^"]*)"/;

/** A sheet's XML with every row and cell given its reference, counted as Excel counts them. */
function withReferences(xml: string): string {
  let row = 0;
  let column = 0;
  return xml.replace(TAG, (tag, name: string, attributes: string) => {
    const given = REFERENCE.exec(attributes)?.[1];
    if (name === 'row') {
      row = given && /^\d+$/.test(given) ? Number(given) : row + 1;
      column = 0;
      return given ? tag : `<row r="${row}"${attributes}>`;
    }
    column = given ? columnNumber(given) || column + 1 : column + 1;
    return given ? tag : `<c r="${columnLetters(column)}${row}"${attributes}>`;
  });
}

/**
 * The workbook with the row and cell references (r="B3") that the format allows a program to
 * leave out and exceljs needs, or null when none was missing. Excel reads such a file; so must
 * we, rather than call a valid workbook damaged.
 */
export function addCellReferences(workbook: Buffer): Buffer | null {
  const zip = new PizZip(workbook);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = zip.file(name)!.asText();
    const fixed = withReferences(xml);
    if (fixed === xml) continue;
    zip.file(name, fixed);
    changed = true;
  }
  return changed ? zipBytes(zip) : null;
}
