import type ExcelJS from 'exceljs';
import type { ColumnDef } from '../../contract/column';
import { exampleFor, type NoteContext } from './column-examples';

/** Text hover note of a header: what the tool reads, how to fill, which codes are allowed. */
export function columnNote(col: ColumnDef, ctx: NoteContext): string {
  const need = col.blankIsZero
    ? 'Để trống được đọc là 0'
    : col.required
      ? 'Bắt buộc'
      : 'Không bắt buộc';
  const lines = [`Mã cột: ${col.key}`, need];
  if (col.hint) lines.push(`Hướng dẫn: ${col.hint}`);
  const example = exampleFor(col, ctx);
  if (example) lines.push(`Ví dụ: ${example}`);
  if (col.options) lines.push('Chọn mã:', ...col.options.map((o) => `${o.value} = ${o.label}`));
  if (col.max !== undefined) lines.push(`Tối đa: ${col.max}`);
  return lines.join('\n');
}

/**
 * Cell format of a column. Text columns are "@" so Excel keeps codes such as "03637" and
 * "1/2" as typed instead of turning them into numbers or dates.
 */
export function columnFormat(col: ColumnDef): string | undefined {
  if (col.type === 'date') return 'dd/mm/yyyy';
  return col.type === 'text' || col.type === 'enum' ? '@' : undefined;
}

const EARLIEST = new Date(Date.UTC(2000, 0, 1));

/**
 * Excel validation of a column; `listRange` is the DanhMuc range of an enum's codes.
 * Numbers and dates only warn: an Excel in another locale may not parse "25/01/2026",
 * which the tool itself accepts, so the official must be able to keep it.
 */
export function columnValidation(
  col: ColumnDef,
  listRange?: string,
): ExcelJS.DataValidation | undefined {
  const bad = (error: string) =>
    ({ showErrorMessage: true, errorTitle: col.header, error, allowBlank: true }) as const;
  const warn = (error: string) => ({ ...bad(error), errorStyle: 'warning' });
  switch (col.type) {
    case 'enum':
      if (listRange === undefined) return undefined;
      return { type: 'list', formulae: [listRange], ...bad('Chọn một mã trong danh sách.') };
    case 'count':
      return {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        ...warn('Nhập số nguyên không âm, không dùng dấu phân cách.'),
      };
    case 'decimal':
    case 'percent':
      return col.max === undefined
        ? {
            type: 'decimal',
            operator: 'greaterThanOrEqual',
            formulae: [0],
            ...warn('Nhập số không âm.'),
          }
        : {
            type: 'decimal',
            operator: 'between',
            formulae: [0, col.max],
            ...warn(`Nhập số từ 0 đến ${col.max}.`),
          };
    case 'date':
      return {
        type: 'date',
        operator: 'greaterThanOrEqual',
        formulae: [EARLIEST],
        ...warn('Nhập ngày dạng dd/mm/yyyy.'),
      };
    case 'text':
      return undefined;
  }
}
