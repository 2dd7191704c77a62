/**
 * Writes the binary fixtures of the bad-input corpus (test/fixtures/bad-input/): workbooks with
 * a wrong sheet name, a merged header, formulas, error values…, each made from the small base
 * dataset (test/fixtures/bad-input/base/*.csv) with one fault. The text fixtures are written by
 * hand; the large inputs (100,000 rows, zip bombs) are made by the test itself.
 *
 *   npx tsc -p tsconfig.scripts.json --outDir dist && node dist/scripts/make-bad-input-fixtures.js
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { TABLES } from '../src/contract/tables';
import { projectRoot } from '../src/tools/project-root';
import { stabilizeZipTimes } from '../src/render/stable-zip-times';

const ROOT = join(projectRoot(), 'test', 'fixtures', 'bad-input');
/** Fixed time stamps, so that running the script twice writes the same bytes. */
const WHEN = new Date(Date.UTC(2026, 0, 1));

type Sheet = { name: string; rows: ExcelJS.CellValue[][] };

/** A base CSV file as sheet rows, numbers and dates typed as Excel would hold them. */
function baseSheet(table: string): Sheet {
  const [header = [], ...rows] = parse(
    readFileSync(join(ROOT, 'base', `${table}.csv`), 'utf8'),
  ) as string[][];
  const def = TABLES.find((t) => t.id === table);
  const typeOf = (key: string): string | undefined =>
    (def?.columns as readonly { key: string; type: string }[] | undefined)?.find(
      (c) => c.key === key,
    )?.type;
  const typed = (key: string, text: string): ExcelJS.CellValue => {
    if (text === '') return null;
    const type = def?.shape === 'rows' ? typeOf(key) : undefined;
    if (type === 'count' || type === 'decimal' || type === 'percent') return Number(text);
    if (type === 'date') return new Date(`${text}T00:00:00Z`);
    return text;
  };
  return {
    name: table,
    rows: [header, ...rows.map((r) => r.map((c, i) => typed(header[i] ?? '', c)))],
  };
}

const BASE = ['ThongTin', 'DonVi', 'HoSo', 'PAKN', 'VanBan', 'CongBo'];

async function workbook(sheets: Sheet[], edit: (wb: ExcelJS.Workbook) => void = () => {}) {
  const wb = new ExcelJS.Workbook();
  wb.created = WHEN;
  wb.modified = WHEN;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  edit(wb);
  return stabilizeZipTimes(Buffer.from(await wb.xlsx.writeBuffer()), WHEN);
}

const base = () => BASE.map(baseSheet);
const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;

function write(id: string, file: string, bytes: Buffer) {
  mkdirSync(join(ROOT, id), { recursive: true });
  writeFileSync(join(ROOT, id, file), bytes);
  console.log(`${id}/${file}: ${bytes.length} bytes`);
}

async function main() {
  write('xlsx-valid', 'du-lieu.xlsx', await workbook(base()));
  write(
    'wrong-sheet-names',
    'du-lieu.xlsx',
    await workbook(
      base().map((s) =>
        s.name === 'ThongTin'
          ? { ...s, name: 'Sheet1' }
          : s.name === 'DonVi'
            ? { ...s, name: 'Đơn vị' }
            : s,
      ),
    ),
  );
  write('missing-sheet', 'du-lieu.xlsx', await workbook(base().filter((s) => s.name !== 'DonVi')));
  write(
    'merged-header',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      // As in the printed form: "Tiếp nhận" over the columns of online and direct.
      const ws = sheet(wb, 'HoSo');
      ws.getCell('D1').value = 'Tiếp nhận';
      ws.mergeCells('D1:E1');
    }),
  );
  write(
    'formulas',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      const ws = sheet(wb, 'HoSo');
      ws.getCell('D2').value = { formula: '900+100', result: 1000 } as ExcelJS.CellFormulaValue;
      ws.getCell('D3').value = { formula: 'SUM(Z3:Z9)' } as ExcelJS.CellFormulaValue;
    }),
  );
  write(
    'error-value',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      sheet(wb, 'HoSo').getCell('E3').value = {
        formula: '5/0',
        result: { error: '#DIV/0!' },
      } as ExcelJS.CellFormulaValue;
    }),
  );
  write(
    'formula-in-fields',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      // The signer's name (ThongTin B9) as a formula saved without its result.
      sheet(wb, 'ThongTin').getCell('B9').value = {
        formula: 'CONCAT(Z1,Z2)',
      } as ExcelJS.CellFormulaValue;
    }),
  );
  write(
    'error-value-in-fields',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      // The report date (ThongTin B4) as a formula whose result is #REF!.
      sheet(wb, 'ThongTin').getCell('B4').value = {
        formula: 'Z1',
        result: { error: '#REF!' },
      } as ExcelJS.CellFormulaValue;
    }),
  );
  write(
    'numbers-as-text',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      sheet(wb, 'HoSo').getCell('D2').value = '1.000';
    }),
  );
  write(
    'date-serial-cell',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      sheet(wb, 'VanBan').getCell('C2').value = 46047;
    }),
  );
  write(
    'stray-far-cell',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      sheet(wb, 'HoSo').getCell('XFD3').value = 'ghi chú';
    }),
  );
  write(
    'empty-sheets',
    'du-lieu.xlsx',
    await workbook([
      { name: 'Sheet1', rows: [] },
      { name: 'Sheet2', rows: [] },
    ]),
  );
  // Robustness II (issue 20): faults that were read as wrong figures or a valid-looking dataset.
  write(
    'percent-format-count',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      // 10 shown as "1000%": the official sees 1000%, Excel stores 10.
      const cell = sheet(wb, 'HoSo').getCell('D2');
      cell.value = 10;
      cell.numFmt = '0%';
    }),
  );
  write(
    'merged-data-cells',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      // "Đang giải quyết trong hạn" 40 merged over the rows of SO-TP and SO-YT, as in a printed
      // form: the value shows in both rows.
      const ws = sheet(wb, 'HoSo');
      ws.getCell('L3').value = null;
      ws.mergeCells('L2:L3');
    }),
  );
  write(
    'sheet-renamed',
    'du-lieu.xlsx',
    await workbook(base().map((s) => (s.name === 'HoSo' ? { ...s, name: 'Hồ sơ' } : s))),
  );
  write(
    'sheet-copy',
    'du-lieu.xlsx',
    await workbook([...base(), { ...baseSheet('HoSo'), name: 'HoSo (2)' }]),
  );
  write(
    'date-in-text-column',
    'du-lieu.xlsx',
    await workbook(base(), (wb) => {
      // Excel turned a number typed as "25/01/2026" into a date in the column of document numbers.
      sheet(wb, 'VanBan').getCell('B2').value = new Date(Date.UTC(2026, 0, 25));
    }),
  );
  const parts = new PizZip(await workbook(base()));
  // The workbook lists HoSo (sheet3) but the zip lacks its part: exceljs drops the sheet silently.
  parts.remove('xl/worksheets/sheet3.xml');
  write(
    'sheet-part-missing',
    'du-lieu.xlsx',
    stabilizeZipTimes(parts.generate({ type: 'nodebuffer', compression: 'DEFLATE' }), WHEN),
  );
  const refs = new PizZip(await workbook(base()));
  // ThongTin (sheet1, every cell filled) written without the optional row and cell references.
  const thongTin = refs.file('xl/worksheets/sheet1.xml')!.asText();
  refs.file(
    'xl/worksheets/sheet1.xml',
    thongTin.replace(/<row r="\d+"/g, '<row').replace(/<c r="[A-Z]+\d+"/g, '<c'),
  );
  write(
    'no-cell-references',
    'du-lieu.xlsx',
    stabilizeZipTimes(refs.generate({ type: 'nodebuffer', compression: 'DEFLATE' }), WHEN),
  );
  const valid = await workbook(base());
  write('truncated-xlsx', 'du-lieu.xlsx', valid.subarray(0, Math.floor(valid.length * 0.6)));
  const docx = new PizZip();
  docx.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>', { date: WHEN });
  docx.file('word/document.xml', '<?xml version="1.0"?><w:document/>', { date: WHEN });
  write(
    'docx-named-xlsx',
    'du-lieu.xlsx',
    docx.generate({ type: 'nodebuffer', compression: 'DEFLATE' }),
  );
  console.log(`${readdirSync(ROOT).length} entries in ${basename(ROOT)}/`);
}

void main();
