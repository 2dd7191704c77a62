import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TABLES } from '../../src/contract/tables';
import { readRegistry } from '../../src/ingest/read-registry';
import { parseXlsx } from '../../src/ingest/read-xlsx';
import { emptyDataset } from '../../src/init/empty-dataset';
import { writeWorkbook } from '../../src/render/init/write-workbook';
import { schemaErrors } from '../helpers/ooxml-validator';

const registry = readRegistry();
const province = { code: '12', name: 'Lai Châu' };
const period = { year: 2026, kind: 'quarter', quarter: 2 } as const;
const dataset = emptyDataset({ province, period, communes: registry.communes });
const info = { province, period, createdAt: new Date(Date.UTC(2026, 2, 15)) };

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-init-'));
  file = join(dir, 'du-lieu.xlsx');
  await writeWorkbook(file, dataset, info);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeWorkbook', () => {
  it('reads back with parseXlsx: HuongDan, one sheet per table, DanhMuc', async () => {
    const { tables, issues } = await parseXlsx(readFileSync(file), 'du-lieu.xlsx');
    expect(issues).toEqual([]);
    expect(tables.map((t) => t.name)).toEqual(['HuongDan', ...TABLES.map((t) => t.id), 'DanhMuc']);
    const units = tables.find((t) => t.name === 'DonVi');
    expect(units?.headers.map((h) => h.text)).toEqual(TABLES[3].columns.map((c) => c.header));
    expect(units?.headerRow).toBe(1);
    expect(units?.rows).toHaveLength(38);
    expect(units?.rows[0]?.cells).toEqual([
      '03637',
      'xa',
      'Xã Mường Kim',
      'Mường Kim',
      'xa_phuong',
    ]);
    const meta = tables.find((t) => t.name === 'ThongTin');
    expect(meta?.headers.map((h) => h.text)).toEqual(['Trường', 'Giá trị', 'Mô tả']);
    expect(meta?.rows[0]?.cells.slice(0, 2)).toEqual(['tinh', '12']);
    const guide = tables.find((t) => t.name === 'HuongDan');
    const text = [guide?.headers[0]?.text, ...(guide?.rows.map((r) => r.cells[0]) ?? [])].join(
      '\n',
    );
    expect(text).toContain('tthc validate --data');
    expect(text).toContain('HoSo-<nguồn>');
  });

  it('has 39 used rows on DonVi, a drop-down on "loai" and hides DanhMuc', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const units = wb.getWorksheet('DonVi');
    expect(units?.actualRowCount).toBe(39);
    const loai = units?.getCell('B2').dataValidation;
    expect(loai?.type).toBe('list');
    expect(loai?.formulae[0]).toMatch(/^DanhMuc!\$[A-Z]+\$2:\$[A-Z]+\$5$/);
    expect(units?.getCell('B539').dataValidation?.type).toBe('list');
    expect(units?.getCell(1, 2).note).toBeDefined();
    expect(units?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.getWorksheet('DanhMuc')?.state).toBe('hidden');
    expect(wb.getWorksheet('HoSo')?.getCell('D2').dataValidation?.type).toBe('whole');
    expect(wb.getWorksheet('VanBan')?.getColumn(3).numFmt).toBe('dd/mm/yyyy');
    // docProps/core.xml: the author is the issuing body, as on the package's files (issue 16).
    expect(wb.creator).toBe('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
    expect(wb.created.toISOString()).toBe('2026-03-15T00:00:00.000Z');
  });

  it('prefills HoSo with the units of DonVi, grey, with a drop-down of DonVi’s codes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const units = wb.getWorksheet('DonVi')!;
    const dossiers = wb.getWorksheet('HoSo')!;
    expect(dossiers.getCell('A1').value).toBe('Mã đơn vị');
    expect(dossiers.getCell('B1').value).toBe('Tên đơn vị');
    // 38 communes of Lai Châu on rows 2…39, code and official name as DonVi has them.
    for (const r of [2, 20, 39]) {
      expect(dossiers.getCell(r, 1).value).toBe(units.getCell(r, 1).value);
      expect(dossiers.getCell(r, 2).value).toBe(units.getCell(r, 3).value);
    }
    expect(dossiers.getCell('A2').value).toBe('03637');
    expect(dossiers.getCell('B2').value).toBe('Xã Mường Kim');
    expect(dossiers.getCell('A40').value).toBeNull();
    // The drop-down covers DonVi's 38 units and its 500 rows left for agencies.
    const list = dossiers.getCell('A2').dataValidation;
    expect(list).toMatchObject({ type: 'list', formulae: ['DonVi!$A$2:$A$539'] });
    expect(list?.errorStyle).toBe('warning');
    expect(dossiers.getCell('A539').dataValidation?.type).toBe('list');
    // Grey where prefilled, white where the official types.
    expect(dossiers.getCell('B2').fill).toMatchObject({
      type: 'pattern',
      fgColor: { argb: 'FFEDEDED' },
    });
    expect(dossiers.getCell('E2').fill).toBeUndefined();
  });

  it('shows examples of its own province, neutral names and dd/mm/yyyy dates in its notes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const notes: string[] = [];
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const note = cell.note;
          if (note)
            notes.push(
              typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join(''),
            );
        }),
      ),
    );
    const all = notes.join('\n');
    expect(notes.length).toBeGreaterThan(50);
    // The contract's samples come from Lào Cai and seed 003's signer: none is shown here.
    for (const foreign of ['Lào Cai', 'LÀO CAI', 'Tằng Loỏng', 'Ngô Hạnh Phúc', '02908'])
      expect(all).not.toContain(foreign);
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(all).toContain('Ví dụ: ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
    expect(all).toContain('Ví dụ: Lai Châu');
    expect(all).toContain('Ví dụ: 2026-Q2');
    expect(all).toContain('Ví dụ: 25/01/2026');
    expect(all).toContain('Ví dụ: 03637');
    expect(all).toContain('Ví dụ: Xã Mường Kim');
  });

  it('ends HoSo, PAKN, CongBo and DuThao with a grey "Kiểm tra" formula and a red-row rule', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // Lai Châu: 38 units, so HoSo's checks run on rows 2…539 (38 + 500 spare + header).
    for (const [name, letter, last] of [
      ['HoSo', 'O', 539],
      ['PAKN', 'L', 501],
      ['CongBo', 'J', 501],
      ['DuThao', 'J', 501],
    ] as const) {
      const sheet = wb.getWorksheet(name)!;
      expect([name, sheet.getCell(`${letter}1`).value]).toEqual([name, 'Kiểm tra']);
      expect(sheet.getCell(`${letter}1`).note).toBeDefined();
      const master = sheet.getCell(`${letter}2`).value as ExcelJS.CellFormulaValue;
      expect(master.formula).toMatch(/^TRIM\(/);
      expect(sheet.getCell(`${letter}${last}`).value).toMatchObject({
        sharedFormula: `${letter}2`,
      });
      expect(sheet.getCell(`${letter}${last + 1}`).value).toBeNull();
      expect(sheet.getCell(`${letter}${last}`).fill).toMatchObject({
        fgColor: { argb: 'FFEDEDED' },
      });
      type Formatting = { ref: string; rules: ExcelJS.ConditionalFormattingRule[] };
      const [format] = (sheet as unknown as { conditionalFormattings: Formatting[] })
        .conditionalFormattings;
      expect(format?.ref).toBe(`A2:${letter}${last}`);
      expect(format?.rules[0]).toMatchObject({ type: 'expression', formulae: [`$${letter}2<>""`] });
    }
    // Tables without an equation have no check.
    expect(wb.getWorksheet('DonVi')!.getCell('F1').value).toBeNull();
    expect(wb.getWorksheet('VanBan')!.getRow(1).values).not.toContain('Kiểm tra');
  });

  it('gives every field of ThongTin and SoLieu its note, blank or not, in a copy exceljs saves too', async () => {
    const first = new ExcelJS.Workbook();
    await first.xlsx.readFile(file);
    // A copy saved by exceljs (as tests and some offices' tools do): blank cells keep theirs.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await first.xlsx.writeBuffer());
    for (const name of ['ThongTin', 'SoLieu']) {
      const sheet = wb.getWorksheet(name)!;
      const table = TABLES.find((t) => t.id === name)!;
      const seen: string[] = [];
      for (let r = 2; r <= sheet.rowCount; r++) {
        const key = String(sheet.getCell(r, 1).value);
        const note = sheet.getCell(r, 2).note;
        const text =
          typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
        expect([name, key, text.startsWith(`Mã cột: ${key}\n`)]).toEqual([name, key, true]);
        seen.push(key);
      }
      expect(seen).toEqual(table.columns.map((c) => c.key));
    }
    // The SoLieu fields are all blank: their notes are those at stake.
    expect(wb.getWorksheet('SoLieu')!.getCell('B2').value).toBeNull();
  });

  it('is valid against the Office Open XML schemas (Excel opens it without repair)', async () => {
    expect(await schemaErrors(file)).toEqual([]);
  }, 60_000);

  it('writes the same bytes at another time of day', async () => {
    const later = join(dir, 'lai.xlsx');
    jest.useFakeTimers({
      now: new Date(Date.UTC(2030, 0, 1, 13, 37, 42)),
      doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'queueMicrotask'],
    });
    try {
      await writeWorkbook(later, dataset, info);
    } finally {
      jest.useRealTimers();
    }
    expect(readFileSync(later).equals(readFileSync(file))).toBe(true);
  });
});
