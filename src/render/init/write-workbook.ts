import { writeFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import type { TableDef } from '../../contract/table';
import { TABLES } from '../../contract/tables';
import type { Province } from '../../domain/registry';
import type { PlainDataset } from '../../init/empty-dataset';
import type { Period } from '../../format/calendar-types';
import { instructionLines } from './instructions';
import { OptionLists } from './option-lists';
import { addFieldsSheet, addRowsSheet, usedRows } from './table-sheets';
import { excelJs } from '../../tools/exceljs';
import { formatPeriodTitle } from '../../format';
import { issuingBodyLines } from '../../domain/issuing-body';
import { withOfficeProperties } from '../office-properties';
import { columnLetters } from '../../ooxml/cell-address';

export interface WorkbookInfo {
  readonly province: Province;
  readonly period: Period;
  /** Stamped as creation and modification time, so equal inputs give equal bytes. */
  readonly createdAt: Date;
}

function addInstructions(wb: ExcelJS.Workbook, dataset: PlainDataset, info: WorkbookInfo): void {
  const sheet = wb.addWorksheet('HuongDan');
  sheet.getColumn(1).width = 120;
  // Printed on A4 by some offices: one page wide, as many pages tall as needed.
  sheet.pageSetup = { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  for (const line of instructionLines(info.province, info.period, dataset.DonVi.rows.length)) {
    const row = sheet.addRow([line.text]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (line.heading) row.getCell(1).font = { bold: true, size: 12 };
  }
}

/** The absolute range of DonVi's codes, its prefilled units and the rows left to add agencies. */
function unitCodesRange(column: number, rows: number): string {
  const letter = columnLetters(column);
  return `DonVi!$${letter}$2:$${letter}$${usedRows(rows)}`;
}

/**
 * The workbook an official fills in Excel: HuongDan, one sheet per table named by its id
 * (Vietnamese headers with notes, drop-downs and number/date checks), hidden DanhMuc.
 */
export function buildWorkbook(dataset: PlainDataset, info: WorkbookInfo): ExcelJS.Workbook {
  const wb = new (excelJs().Workbook)();
  wb.creator = 'tthc';
  wb.lastModifiedBy = 'tthc';
  wb.created = info.createdAt;
  wb.modified = info.createdAt;
  addInstructions(wb, dataset, info);
  const lists = new OptionLists();
  const tables: readonly TableDef[] = TABLES;
  const units = dataset.DonVi;
  const cell = (key: string) => units.rows[0]?.[units.headers.indexOf(key)];
  const code = cell('ma_don_vi');
  const ctx = {
    province: info.province,
    period: info.period,
    commune: code ? { code, name: cell('ten') ?? '' } : undefined,
    unitCodes: unitCodesRange(units.headers.indexOf('ma_don_vi') + 1, units.rows.length),
  };
  for (const def of tables) {
    const table = dataset[def.id as keyof PlainDataset];
    if (def.shape === 'fields') addFieldsSheet(wb, def, table, lists, ctx);
    else addRowsSheet(wb, def, table, lists, ctx);
  }
  lists.addSheet(wb);
  return wb;
}

/** Writes the workbook to `file`; byte-identical for identical inputs. */
export async function writeWorkbook(
  file: string,
  dataset: PlainDataset,
  info: WorkbookInfo,
): Promise<void> {
  const bytes = await buildWorkbook(dataset, info).xlsx.writeBuffer();
  const props = {
    title: `Dữ liệu báo cáo kiểm soát thủ tục hành chính ${formatPeriodTitle(info.period)} của ${info.province.name}`,
    author: issuingBodyLines(info.province).join(' '),
    created: info.createdAt,
  };
  writeFileSync(file, withOfficeProperties(Buffer.from(bytes), props));
}
