/**
 * The column `tthc init` adds after the data of every table with form equations (HoSo, PAKN,
 * CongBo, DuThao): a formula that says, in the sheet itself, which equation of the row does
 * not add up (issue 17). It is computed by Excel, never typed, and never data: the readers
 * skip it under either name, in a workbook or in a CSV saved from one.
 */
export const CHECK_COLUMN = { key: 'kiem_tra', header: 'Kiểm tra' } as const;
