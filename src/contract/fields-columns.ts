import { optional, text } from './column';

/** The columns of a `fields` table on disk: one row per field of the table definition. */
export const FIELD_COLUMNS = [
  text('truong', 'Trường', { hint: 'Tên trường (không sửa)', example: 'tinh' }),
  optional(text('gia_tri', 'Giá trị', { hint: '', example: '15' })),
  optional(text('mo_ta', 'Mô tả', { hint: 'Chỉ để đọc', example: '' })),
] as const;
