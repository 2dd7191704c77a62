import type { Para } from '../ooxml/docx-model';

/** Whether two paragraphs share a box: the same table cell, or both outside tables. */
export const sameBox = (a: Para, b: Para): boolean =>
  (a.cell === null && b.cell === null) ||
  (a.cell !== null &&
    b.cell !== null &&
    a.cell.table === b.cell.table &&
    a.cell.row === b.cell.row &&
    a.cell.cell === b.cell.cell);
