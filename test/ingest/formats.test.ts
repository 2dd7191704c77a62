/**
 * The same tables as a CSV folder, an XLSX workbook (typed cells, as Excel holds them) and
 * a JSON document give the same report model; reading problems of each format are located
 * in that format's terms (sheet and cell, JSON index).
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildModel } from '../../src/compute/build-model';
import type { ReportModel } from '../../src/compute/report-model';
import type { Validation } from '../../src/validate/validate-dataset';
import { codesOf, csvAt, headerOf, mentioning } from '../helpers/issues';
import {
  copySample,
  removeTempFolders,
  SAMPLES,
  tempFolder,
  validatePath,
  writeDataFile,
  type SampleName,
} from '../helpers/sample-copy';
import {
  readCsvFolder,
  toJsonDocument,
  toWorkbook,
  workbookBytes,
  type CsvTable,
} from '../helpers/sample-formats';

afterAll(removeTempFolders);

function modelOf(v: Validation): ReportModel {
  if (!v.dataset) throw new Error(`no dataset: ${JSON.stringify(v.issues, null, 1)}`);
  return buildModel(v.dataset);
}

/** Writes a file named after the sample (e.g. lao-cai-2026-q1.xlsx) in a fresh folder. */
function sampleFile(sample: SampleName, ext: string, content: string | Buffer): string {
  const path = join(tempFolder(), `${basename(SAMPLES[sample])}.${ext}`);
  writeFileSync(path, content);
  return path;
}

/** A CSV file as Excel in a Vietnamese locale writes it: BOM, ";" separators, CRLF. */
function semicolonCsv(table: CsvTable): string {
  const quote = (c: string) => (/[;,"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [table.header, ...table.rows].map((cells) => cells.map(quote).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

describe('the converted samples', () => {
  test('the workbook holds typed cells, as Excel would', () => {
    const workbook = toWorkbook(readCsvFolder(SAMPLES['766']));
    const cell = (sheet: string, ref: string) => workbook.getWorksheet(sheet)?.getCell(ref).value;
    expect(cell('ChiSo766', 'A2')).toBe('TINH');
    expect(cell('ChiSo766', 'B2')).toEqual(new Date(Date.UTC(2025, 6, 31)));
    expect(cell('ChiSo766', 'C2')).toBe(15.02);
    expect(cell('ChiSo766', 'I2')).toBe(13);
    expect(cell('ChiSo766', 'J3')).toBeNull(); // blank so_don_vi_xep_hang
    expect(cell('ThongTin', 'B2')).toBe('15'); // tinh is text
    expect(cell('ThongTin', 'B4')).toEqual(new Date(Date.UTC(2025, 7, 26))); // ngay_bao_cao
    expect(cell('DonVi', 'A18')).toBe('04465'); // commune codes keep their leading zero
  });

  test('the JSON document has typed values and ThongTin as one object', () => {
    const doc = toJsonDocument(readCsvFolder(SAMPLES.q1));
    expect(doc.ThongTin).toMatchObject({ tinh: '15', ky_bao_cao: '2026-Q1', so_van_ban: null });
    expect(doc.SoLieu).toContainEqual({ truong: 'tthc_tw_cap_tinh', gia_tri: 1827 });
    expect(doc.VanBan).toContainEqual(
      expect.objectContaining({ so_ky_hieu: '25/KH-UBND', ngay: '2026-01-25' }),
    );
  });

  test('the models compared below carry the seed figures', async () => {
    const q1 = modelOf(await validatePath(SAMPLES.q1));
    expect(q1.dossiers?.province).toMatchObject({ received: 176319, online: 148977 });
    const letter = modelOf(await validatePath(SAMPLES['766']));
    expect(letter.index766?.province).toMatchObject({ total: 82.16, rank: 15, of: 34 });
  });
});

describe.each<SampleName>(['q1', '766'])('sample %s in other formats', (sample) => {
  let csv: Validation;
  beforeAll(async () => {
    csv = await validatePath(SAMPLES[sample]);
  });

  test('the CSV folder itself is valid', () => {
    expect(codesOf(csv.issues, 'error')).toEqual([]);
  });

  test('as an XLSX workbook: same model, same warnings', async () => {
    const workbook = toWorkbook(readCsvFolder(SAMPLES[sample]));
    const xlsx = await validatePath(sampleFile(sample, 'xlsx', await workbookBytes(workbook)));
    expect(codesOf(xlsx.issues, 'error')).toEqual([]);
    expect(codesOf(xlsx.issues, 'warning')).toEqual(codesOf(csv.issues, 'warning'));
    expect(modelOf(xlsx)).toEqual(modelOf(csv));
  });

  test('as a JSON document: same model, same warnings', async () => {
    const json = JSON.stringify(toJsonDocument(readCsvFolder(SAMPLES[sample])), null, 2);
    const fromJson = await validatePath(sampleFile(sample, 'json', json));
    expect(codesOf(fromJson.issues, 'error')).toEqual([]);
    expect(codesOf(fromJson.issues, 'warning')).toEqual(codesOf(csv.issues, 'warning'));
    expect(modelOf(fromJson)).toEqual(modelOf(csv));
  });

  test('as CSV files with a UTF-8 BOM, ";" separators and CRLF: same model, same issues', async () => {
    const dir = tempFolder();
    for (const table of readCsvFolder(SAMPLES[sample]))
      writeDataFile(dir, `${table.name}.csv`, semicolonCsv(table));
    const semicolons = await validatePath(dir);
    expect(semicolons.issues).toEqual(csv.issues);
    expect(modelOf(semicolons)).toEqual(modelOf(csv));
  });
});

describe('the 766 total-score warning in each format', () => {
  // CSV line 118 = sheet row 118 (header on row 1) = JSON record 116 (first record = 0).
  const tables = () => readCsvFolder(SAMPLES['766']);
  test('CSV: line 118, column tong_diem', async () => {
    const { issues } = await validatePath(SAMPLES['766']);
    expect(issues.map((i) => i.location)).toEqual([csvAt('ChiSo766', 118, 'tong_diem')]);
  });

  test('XLSX: sheet ChiSo766, cell H118', async () => {
    const path = sampleFile('766', 'xlsx', await workbookBytes(toWorkbook(tables())));
    const { issues } = await validatePath(path);
    expect(issues.map((i) => i.location)).toEqual([
      {
        file: 'lao-cai-766-2025-08.xlsx',
        format: 'xlsx',
        table: 'ChiSo766',
        row: 118,
        column: 'tong_diem',
        header: 'Tổng điểm',
        cell: 'H118',
      },
    ]);
  });

  test('JSON: ChiSo766[116].tong_diem', async () => {
    const path = sampleFile('766', 'json', JSON.stringify(toJsonDocument(tables())));
    const { issues } = await validatePath(path);
    expect(issues.map((i) => i.location)).toEqual([
      {
        file: 'lao-cai-766-2025-08.json',
        format: 'json',
        table: 'ChiSo766',
        row: 116,
        column: 'tong_diem',
        header: 'Tổng điểm',
      },
    ]);
  });
});

describe('XLSX cells', () => {
  test.each<[SampleName, string, string, string, string, number]>([
    // sheet, cell, text typed into it, column key of that cell, number read
    ['766', 'ChiTieuDonVi', 'C2', '176.319', 'ho_so_qua_han', 176319],
    ['q1', 'HoSo', 'E5', '150', 'tiep_nhan_truc_tiep', 150],
  ])(
    '%s %s!%s typed as text "%s" → NUMBER_AS_TEXT at that cell',
    async (sample, sheet, cell, text, column, number) => {
      const workbook = toWorkbook(readCsvFolder(SAMPLES[sample]));
      workbook.getWorksheet(sheet)!.getCell(cell).value = text;
      const file = `${basename(SAMPLES[sample])}.xlsx`;
      const { issues } = await validatePath(
        sampleFile(sample, 'xlsx', await workbookBytes(workbook)),
      );
      expect(codesOf(issues, 'error')).toEqual([]);
      expect(issues).toContainEqual({
        code: 'NUMBER_AS_TEXT',
        severity: 'warning',
        message: mentioning(text, String(number)),
        location: {
          file,
          format: 'xlsx',
          table: sheet,
          row: Number(cell.slice(1)),
          column,
          header: headerOf(sheet, column),
          cell,
        },
      });
    },
  );

  test('a field of ThongTin is located at its value cell (column B)', async () => {
    const workbook = toWorkbook(readCsvFolder(SAMPLES.q1));
    workbook.getWorksheet('ThongTin')!.getCell('B2').value = 'Lào Kai';
    const { issues } = await validatePath(sampleFile('q1', 'xlsx', await workbookBytes(workbook)));
    expect(issues).toEqual([
      {
        code: 'UNKNOWN_PROVINCE',
        severity: 'error',
        message: mentioning('Lào Kai', 'Lào Cai'),
        location: {
          file: 'lao-cai-2026-q1.xlsx',
          format: 'xlsx',
          table: 'ThongTin',
          row: 2,
          column: 'tinh',
          header: 'Tỉnh, thành phố',
          cell: 'B2',
        },
      },
    ]);
  });
});

describe('JSON cells', () => {
  test.each<[string, unknown, string, string]>([
    ['text in a count', 'mười', 'NOT_A_NUMBER', 'error'],
    ['number as a string', '1.074', 'NUMBER_AS_TEXT', 'warning'],
  ])('%s: HoSo[1].tiep_nhan_truc_tuyen = %j → %s', async (_name, value, code, severity) => {
    const doc = toJsonDocument(readCsvFolder(SAMPLES.q1));
    // HoSo[1] is the second record: SO-CT, 1074 received online.
    const hoSo = doc.HoSo as Record<string, unknown>[];
    expect(hoSo[1]).toMatchObject({ ma_don_vi: 'SO-CT', tiep_nhan_truc_tuyen: 1074 });
    hoSo[1]!.tiep_nhan_truc_tuyen = value;
    const { issues } = await validatePath(sampleFile('q1', 'json', JSON.stringify(doc)));
    expect(issues).toEqual([
      {
        code,
        severity,
        message: expect.any(String),
        location: {
          file: 'lao-cai-2026-q1.json',
          format: 'json',
          table: 'HoSo',
          row: 1,
          column: 'tiep_nhan_truc_tuyen',
          header: 'Tiếp nhận trực tuyến',
        },
      },
    ]);
  });
});

describe('reading problems', () => {
  test('a file named .xlsx that is not a zip → NOT_A_WORKBOOK', async () => {
    const path = join(tempFolder(), 'du-lieu.xlsx');
    writeFileSync(path, 'ma_don_vi,loai\nSO-TP,co_quan\n');
    const { dataset, issues } = await validatePath(path);
    expect(dataset).toBeNull();
    expect(issues).toEqual([
      {
        code: 'NOT_A_WORKBOOK',
        severity: 'error',
        message: expect.any(String),
        location: { file: 'du-lieu.xlsx', format: 'xlsx' },
      },
    ]);
  });

  test.each([
    ['nothing', ''],
    ['only a BOM', '\uFEFF'],
    ['only blank lines', '\r\n\r\n'],
  ])('a CSV holding %s → FILE_EMPTY', async (_name, text) => {
    const dir = copySample('q1');
    writeDataFile(dir, 'DuThao.csv', text);
    const { dataset, issues } = await validatePath(dir);
    // The other tables are still checked; the error alone keeps build from writing.
    expect(dataset).not.toBeNull();
    expect(issues).toEqual([
      {
        code: 'FILE_EMPTY',
        severity: 'error',
        message: expect.any(String),
        location: { file: 'DuThao.csv', format: 'csv' },
      },
    ]);
  });

  test('an .xlsx beside the CSV files is ignored with WORKBOOK_IGNORED', async () => {
    const dir = copySample('q1');
    const workbook = toWorkbook(readCsvFolder(SAMPLES.q1));
    writeDataFile(dir, 'du-lieu.xlsx', await workbookBytes(workbook));
    const { dataset, issues } = await validatePath(dir);
    expect(dataset).not.toBeNull();
    expect(issues).toEqual([
      {
        code: 'WORKBOOK_IGNORED',
        severity: 'warning',
        message: mentioning(join(dir, 'du-lieu.xlsx')),
      },
    ]);
  });
});
