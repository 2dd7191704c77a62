import { openDocxPackage } from './docx-package';
import { columnNumber } from './cell-address';
import { attr, kid, kids, type Element } from './xml';

/** SpreadsheetML's main namespace, and the one of relationship ids. */
const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** What a cell holds as its file stores it: a formula's cached result, a shared string's text. */
export type XlsxValue = string | number | boolean | null;

/** One cell: its value, and the two parts of its style the read-backs compare. */
export interface XlsxCell {
  readonly value: XlsxValue;
  readonly bold: boolean;
  /** Its number format's code ("0", "#,##0.00"), undefined for General. */
  readonly numFmt: string | undefined;
}

/** A worksheet's cells by row and column, both from 1. */
export interface XlsxSheet {
  /** The cell there; a cell the file does not have is empty (value null). */
  cell(row: number, column: number): XlsxCell;
  /** The numbers of the rows that have cells, in order. */
  readonly rows: readonly number[];
}

/** A workbook read for its cells: each worksheet by its name. */
export interface XlsxCells {
  sheet(name: string): XlsxSheet | null;
}

const EMPTY: XlsxCell = { value: null, bold: false, numFmt: undefined };

/** The number formats every reader knows by id (ECMA-376 part 1, 18.8.30), those with a code. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The `name` children of `el` in the sheet namespace, and the first of them. */
const sKids = (el: Element | null | undefined, name: string): Element[] =>
  el ? kids(el, name, S) : [];
const sKid = (el: Element | null | undefined, name: string) => kid(el ?? undefined, name, S);

/** The text directly inside `el` (its string children, joined). */
function ownText(el: Element): string {
  let out = '';
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (typeof c === 'string') out += c;
  }
  return out;
}

/** The text of an element's `t` descendants (a shared or inline string, plain or in runs). */
function stringOf(el: Element): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.local === 't' && c.ns === S)
      for (const t of c.children) out += typeof t === 'string' ? t : '';
    else if (c.local === 'r' && c.ns === S) out += stringOf(c);
  }
  return out;
}

/** Each style index's (cellXfs) boldness and number format. */
function stylesOf(root: Element | null): { bold: boolean; numFmt: string | undefined }[] {
  const codes = new Map<number, string>();
  for (const f of sKids(sKid(root, 'numFmts'), 'numFmt'))
    codes.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
  const bold = sKids(sKid(root, 'fonts'), 'font').map((font) => {
    const b = sKid(font, 'b');
    const val = attr(b, 'val');
    return b !== undefined && val !== '0' && val !== 'false';
  });
  return sKids(sKid(root, 'cellXfs'), 'xf').map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    return {
      bold: bold[Number(attr(xf, 'fontId') ?? 0)] ?? false,
      numFmt: codes.get(id) ?? BUILT_IN_FORMATS[id],
    };
  });
}

function valueOf(c: Element, strings: readonly string[]): XlsxValue {
  const type = attr(c, 't');
  if (type === 'inlineStr') {
    const is = sKid(c, 'is');
    return is ? stringOf(is) : '';
  }
  const v = sKid(c, 'v');
  const raw = v ? ownText(v) : null;
  // A formula whose file holds no result reads as 0, as exceljs's reader gives it.
  if (raw === null) return sKid(c, 'f') ? 0 : null;
  if (type === 's') return strings[Number(raw)] ?? null;
  if (type === 'str' || type === 'e') return raw;
  if (type === 'b') return raw === '1';
  return Number(raw);
}

/**
 * Reads a workbook's cells with the project's own zip and XML readers, not with the library
 * that wrote it: the read-back of the forms workbook and the annexes' workbooks compare values,
 * boldness and number formats, which is all this reads (no dates, no merges: a cell of a
 * merged range other than its first reads empty). Throws when the bytes are no workbook.
 */
export function readXlsxCells(bytes: Buffer): XlsxCells {
  const pkg = openDocxPackage(bytes);
  const book = pkg?.part(pkg.main);
  if (!pkg || !book || book.local !== 'workbook' || book.ns !== S)
    throw new Error('not a workbook');
  const strings = sKids(pkg.part(pkg.related('sharedStrings') ?? '') ?? null, 'si').map(stringOf);
  const styles = stylesOf(pkg.part(pkg.related('styles') ?? ''));
  const targets = pkg.relationships(pkg.main);
  const sheets = new Map<string, XlsxSheet | null>();
  const read = (target: string): XlsxSheet => {
    const cells = new Map<number, Map<number, XlsxCell>>();
    const data = sKid(pkg.part(target), 'sheetData');
    // Rows and cells without a reference follow the one before, as the format allows.
    let rowNumber = 0;
    for (const row of sKids(data, 'row')) {
      const line = new Map<number, XlsxCell>();
      rowNumber = Number(attr(row, 'r') ?? rowNumber + 1);
      cells.set(rowNumber, line);
      let column = 0;
      for (const c of sKids(row, 'c')) {
        const ref = attr(c, 'r');
        column = ref === null ? column + 1 : columnNumber(ref);
        const style = styles[Number(attr(c, 's') ?? 0)];
        line.set(column, {
          value: valueOf(c, strings),
          bold: style?.bold ?? false,
          numFmt: style?.numFmt,
        });
      }
    }
    return {
      cell: (row, column) => cells.get(row)?.get(column) ?? EMPTY,
      rows: [...cells.keys()].sort((a, b) => a - b),
    };
  };
  return {
    sheet: (name) => {
      if (!sheets.has(name)) {
        const entry = sKids(sKid(book, 'sheets'), 'sheet').find((s) => attr(s, 'name') === name);
        const target = entry ? targets.get(attr(entry, 'id', R) ?? '')?.target : undefined;
        sheets.set(name, target ? read(target) : null);
      }
      return sheets.get(name)!;
    },
  };
}
