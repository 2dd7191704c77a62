import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TABLES } from '../../src/contract/tables';
import { readRegistry } from '../../src/ingest/read-registry';
import { parseXlsx } from '../../src/ingest/read-xlsx';
import { emptyDataset } from '../../src/init/empty-dataset';
import { writeWorkbook } from '../../src/render/init/write-workbook';

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
    expect(wb.getWorksheet('HoSo')?.getCell('C2').dataValidation?.type).toBe('whole');
    expect(wb.getWorksheet('VanBan')?.getColumn(3).numFmt).toBe('dd/mm/yyyy');
    // docProps/core.xml: the author is the issuing body, as on the package's files (issue 16).
    expect(wb.creator).toBe('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
    expect(wb.created.toISOString()).toBe('2026-03-15T00:00:00.000Z');
  });

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
