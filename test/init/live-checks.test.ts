/**
 * The live checks of the init workbook (issue 17), as an official meets them: a wrong total
 * typed into the workbook `tthc init` wrote, opened in LibreOffice Calc, shows in the row's
 * "Kiểm tra" cell and turns the row red; a row that adds up shows nothing. The rows are typed
 * with exceljs, which keeps each check formula's old cached result, then LibreOffice
 * recalculates and saves a copy, which is read back. Needs soffice (skipped with a notice
 * without it, unless TTHC_REQUIRE_SOFFICE=1). Every expected text is written by hand from the
 * rows below.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { figures } from '../../src/contract/tables';
import { readDataset } from '../../src/ingest/read-dataset';
import { readRegistry } from '../../src/ingest/read-registry';
import { sofficeCommand } from '../../src/tools/programs';
import { validateSource } from '../../src/validate/package/validate-source';
import { columnOf, startedSonLaWorkbook } from '../helpers/init-workbook';
import { sofficeTest } from '../helpers/soffice';

const maybe = sofficeTest('kiểm tra trực tiếp của bảng tính init trong LibreOffice');

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tthc-live-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A LibreOffice profile that recalculates every formula of an .xlsx on load. By default Calc
 * keeps the results a file carries (OOXMLRecalcMode 1, "never"); an official who types a
 * number gets the recalculation anyway, as Calc recalculates what the new value changes.
 */
function recalculatingProfile(dir: string): string {
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
      '</oor:items>',
    ].join('\n'),
  );
  return pathToFileURL(dir).href;
}

/** Opens `files` in LibreOffice, which recalculates them, and saves them as .xlsx into `outDir`. */
function recalculate(files: readonly string[], outDir: string): void {
  const profile = recalculatingProfile(join(root, 'profile'));
  const run = spawnSync(
    sofficeCommand(),
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 170_000 },
  );
  if (run.status !== 0) throw new Error(`soffice: ${run.status} ${run.stderr}`);
}

/** Types `values` (header → value) on row `row`. */
const type = (sheet: ExcelJS.Worksheet, row: number, values: Record<string, ExcelJS.CellValue>) => {
  for (const [header, value] of Object.entries(values))
    sheet.getCell(row, columnOf(sheet, header)).value = value;
};

/**
 * The check cell's value as a file stores it: the formula's cached result ("" is stored as an
 * empty <v>, which exceljs reads as no result).
 */
const checkOf = (sheet: ExcelJS.Worksheet, row: number): unknown => {
  const value = sheet.getCell(row, columnOf(sheet, 'Kiểm tra')).value;
  if (
    value === null ||
    typeof value !== 'object' ||
    !('formula' in value || 'sharedFormula' in value)
  )
    throw new Error(`${sheet.name} row ${row}: no formula in the check column`);
  return value.result ?? '';
};

const HOSO_ROW_2 =
  'Tổng số hồ sơ tiếp nhận (D) phải bằng E + F + G: 130 ≠ 120. ' +
  'Tổng số hồ sơ tiếp nhận (D) phải bằng H + L: 130 ≠ 120.';
const HOSO_ROW_5 =
  'Tổng số hồ sơ tiếp nhận (D để trống, tính = E + F + G) phải bằng H + L: 10 ≠ 4.';
const PAKN_ROW_2 = 'Tổng số PAKN tiếp nhận (B) phải bằng C + D: 12 ≠ 11.';
const CONGBO_ROW_2 = 'Tổng số TTHC công bố (E) phải bằng F + G + H: 10 ≠ 9.';
const DUTHAO_ROW_2 = 'Tổng số TTHC trong dự thảo (D) phải bằng E + F + G: 5 ≠ 3.';

maybe(
  'a wrong total typed into the init workbook is named in "Kiểm tra" and turns the row red in LibreOffice',
  async () => {
    const { wb, file } = await startedSonLaWorkbook(root);
    const dossiers = wb.getWorksheet('HoSo')!;
    // As written by init: every row adds up, so every check is empty.
    for (const r of [2, 3, 4, 5, 300]) expect(checkOf(dossiers, r)).toBe('');
    // HoSo: A code, B name, C field, D (3), E F G (4) (5) (6), H (7), I J K (8) (9) (10),
    // L (11), M N (12) (13), O the check.
    expect(columnOf(dossiers, 'Kiểm tra')).toBe(15);
    // Row 2: 130 received against 120 + 0 + 0, and against (7) = 100 + (11) = 20.
    type(dossiers, 2, {
      'Tổng số hồ sơ tiếp nhận': 130,
      'Tiếp nhận trực tuyến': 120,
      'Đã giải quyết trước hạn': 100,
      'Đang giải quyết trong hạn': 20,
    });
    // Row 3 adds up with its totals left blank: 40 + 10 received = 50 resolved + 0 pending.
    type(dossiers, 3, {
      'Tiếp nhận trực tuyến': 40,
      'Tiếp nhận trực tiếp và qua BCCI': 10,
      'Đã giải quyết đúng hạn': 50,
    });
    // Row 4: nothing typed, but its check carries a stale result that must go.
    dossiers.getCell('O4').value = { sharedFormula: 'O2', result: 'cũ' };
    // Row 5: (3) left blank is 10, against 4 resolved + 0 pending.
    type(dossiers, 5, { 'Tiếp nhận trực tuyến': 10, 'Đã giải quyết trước hạn': 4 });
    // PAKN: 12 received against 11 + 0; (3) = (6) + (9) holds: 10 + 2.
    const feedback = wb.getWorksheet('PAKN')!;
    type(feedback, 2, {
      'Lĩnh vực': 'Đất đai',
      'Tổng số PAKN tiếp nhận': 12,
      'Về quy định hành chính': 11,
      'Đã xử lý đúng hạn': 10,
      'Đang xử lý trong hạn': 2,
    });
    type(feedback, 3, {
      'Lĩnh vực': 'Tư pháp',
      'Về hành vi hành chính': 1,
      'Đã xử lý đúng hạn': 1,
    });
    // CongBo: 10 published against 2 + 3 + 4.
    type(wb.getWorksheet('CongBo')!, 2, {
      'Số quyết định': '15/QĐ-UBND',
      'Ngày quyết định': new Date(Date.UTC(2026, 1, 5)),
      'Cơ quan, lĩnh vực': 'Sở Tư pháp',
      'Số VBQPPL có TTHC được công bố': 1,
      'Tổng số TTHC công bố': 10,
      'TTHC mới ban hành': 2,
      'TTHC sửa đổi, bổ sung, thay thế': 3,
      'TTHC bãi bỏ': 4,
    });
    // DuThao: 5 in the draft against 3 + 0 + 0.
    type(wb.getWorksheet('DuThao')!, 2, {
      'Tên dự thảo': 'Nghị quyết quy định mức thu phí',
      'Loại văn bản': 'nghi_quyet_hdnd',
      'Cơ quan chủ trì soạn thảo': 'Sở Tài chính',
      'Tổng số TTHC trong dự thảo': 5,
      'TTHC quy định mới': 3,
    });
    const typedDir = join(root, 'typed');
    mkdirSync(typedDir);
    const typed = join(typedDir, 'du-lieu.xlsx');
    await wb.xlsx.writeFile(typed);
    // exceljs computes nothing: the file still says every row adds up (and row 4 "cũ").
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(typed);
    expect(checkOf(before.getWorksheet('HoSo')!, 2)).toBe('');
    expect(checkOf(before.getWorksheet('HoSo')!, 4)).toBe('cũ');

    const recalculatedDir = join(root, 'recalculated');
    mkdirSync(recalculatedDir);
    // The workbook as init wrote it (the typing went to a copy).
    recalculate([typed, file], recalculatedDir);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(join(recalculatedDir, 'du-lieu.xlsx'));
    const hoso = after.getWorksheet('HoSo')!;
    expect([2, 3, 4, 5, 6].map((r) => checkOf(hoso, r))).toEqual([
      HOSO_ROW_2,
      '',
      '',
      HOSO_ROW_5,
      '',
    ]);
    expect([2, 3].map((r) => checkOf(after.getWorksheet('PAKN')!, r))).toEqual([PAKN_ROW_2, '']);
    expect(checkOf(after.getWorksheet('CongBo')!, 2)).toBe(CONGBO_ROW_2);
    expect(checkOf(after.getWorksheet('DuThao')!, 2)).toBe(DUTHAO_ROW_2);

    // The row turns red while its check says anything: one rule over the data and the check.
    type Formatting = { ref: string; rules: ExcelJS.ConditionalFormattingRule[] };
    const formats = (hoso as unknown as { conditionalFormattings: Formatting[] })
      .conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0]!.ref).toBe('A2:O576');
    const rule = formats[0]!.rules[0] as ExcelJS.ExpressionRuleType;
    expect(rule.type).toBe('expression');
    expect(rule.formulae).toEqual(['$O2<>""']);
    expect(rule.style?.fill).toMatchObject({ bgColor: { argb: 'FFFFC7CE' } });

    // The rows the sheet marks are the rows the tool refuses, and only those.
    const { issues } = validateSource(
      await readDataset(join(recalculatedDir, 'du-lieu.xlsx')),
      'du-lieu.xlsx',
      readRegistry(),
    );
    const refused = issues
      .filter((i) => i.code === 'EQUATION_MISMATCH')
      .map((i) => `${i.location?.table}!${i.location?.cell}`);
    expect(refused).toEqual(['HoSo!D2', 'HoSo!D2', 'HoSo!D5', 'PAKN!B2', 'CongBo!E2', 'DuThao!D2']);
    // The workbook as init wrote it, opened in Calc: every field keeps its name (Calc once read
    // "tt_xa_cong_chuc_cu" as "tt\ncong_chuc_cu", "_xa_" being an escaped line feed to it).
    const opened = new ExcelJS.Workbook();
    await opened.xlsx.readFile(join(recalculatedDir, 'du-lieu-son-la-2026-h1.xlsx'));
    const fieldNames: unknown[] = [];
    opened.getWorksheet('SoLieu')!.eachRow((row, n) => {
      if (n > 1) fieldNames.push(row.getCell(1).value);
    });
    expect(fieldNames).toEqual(figures.columns.map((c) => c.key));
    // The check column is no data and no unknown column; the rows that hold only its formula
    // are no blank rows either: only HoSo's 72 units without figures (75, rows 2, 3, 5 typed).
    expect(issues.filter((i) => /Kiểm tra|kiem_tra/.test(i.message))).toEqual([]);
    expect(
      issues
        .filter((i) => i.code === 'BLANK_ROWS_SKIPPED')
        .map((i) => [i.location?.table, i.message.split(' ')[0]]),
    ).toEqual([['HoSo', '72']]);
  },
  200_000,
);
