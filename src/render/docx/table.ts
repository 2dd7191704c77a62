import { mm } from './xml';

export interface TableCell {
  /** Paragraph XML; a Word cell must hold at least one paragraph. */
  readonly content: string;
  /** Number of grid columns the cell covers. */
  readonly span?: number;
  /** Vertical merge: the first cell of a merged block restarts, the ones below continue. */
  readonly vMerge?: 'restart' | 'continue';
  readonly vAlign?: 'top' | 'center' | 'bottom';
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** Repeated at the top of every page the table runs onto. */
  readonly header?: boolean;
  /** Least height in points (the row grows with its text beyond it). */
  readonly minHeight?: number;
}

export interface TableSpec {
  /** Width of each grid column, in millimetres. */
  readonly widths: readonly number[];
  readonly rows: readonly TableRow[];
  readonly borders: boolean;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const NONE = 'w:val="nil"';

function borders(on: boolean): string {
  const b = on ? BORDER : NONE;
  return `<w:tblBorders><w:top ${b}/><w:left ${b}/><w:bottom ${b}/><w:right ${b}/><w:insideH ${b}/><w:insideV ${b}/></w:tblBorders>`;
}

function cell(c: TableCell, width: number): string {
  const props = [
    `<w:tcW w:w="${width}" w:type="dxa"/>`,
    c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : '',
    c.vMerge ? `<w:vMerge${c.vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : '',
    c.vAlign ? `<w:vAlign w:val="${c.vAlign}"/>` : '',
  ].join('');
  return `<w:tc><w:tcPr>${props}</w:tcPr>${c.content}</w:tc>`;
}

/** The grid of a table in twips, the widths its rows' cells add up. */
const gridOf = (widths: readonly number[]): number[] => widths.map(mm);

/** One row of a table on `grid` (twips per column). */
function rowXml(row: TableRow, grid: readonly number[]): string {
  let at = 0;
  const cells = row.cells.map((c) => {
    const span = c.span ?? 1;
    const width = grid.slice(at, at + span).reduce((a, b) => a + b, 0);
    at += span;
    return cell(c, width);
  });
  const height = row.minHeight
    ? `<w:trHeight w:val="${Math.ceil(row.minHeight * 20)}" w:hRule="atLeast"/>`
    : '';
  // CT_TrPr is a choice list: cantSplit, trHeight, tblHeader in any order; this one is Word's.
  const trPr = `<w:trPr><w:cantSplit/>${height}${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`;
  return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
}

/** The table's properties and grid: everything before its first row. */
function tableHead(widths: readonly number[], hasBorders: boolean): string {
  const grid = gridOf(widths);
  const total = grid.reduce((a, b) => a + b, 0);
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>${borders(hasBorders)}` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  );
}

/** A fixed-layout table on a grid of columns; cells may span columns and merge down. */
export function table(spec: TableSpec): string {
  const grid = gridOf(spec.widths);
  return `${tableHead(spec.widths, spec.borders)}${spec.rows.map((r) => rowXml(r, grid)).join('')}</w:tbl>`;
}

/**
 * The same table as `table()`, as UTF-8 pieces, its rows taken from `rows` one at a time: a
 * table of tens of thousands of rows (a national ranking annex) never exists as one string,
 * and each row's cell objects are garbage before the next row is made. Joined, the pieces are
 * exactly the UTF-8 bytes of `table()` for the same rows.
 */
export function tablePieces(spec: Omit<TableSpec, 'rows'>, rows: Iterable<TableRow>): Buffer[] {
  const grid = gridOf(spec.widths);
  const pieces = [Buffer.from(tableHead(spec.widths, spec.borders))];
  for (const row of rows) pieces.push(Buffer.from(rowXml(row, grid)));
  pieces.push(Buffer.from('</w:tbl>'));
  return pieces;
}
