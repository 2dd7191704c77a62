import { choice, optional, text } from '../column';
import type { TableDef } from '../table';

export const UNIT_KINDS = [
  { value: 'co_quan', label: 'Sở, ban, ngành cấp tỉnh' },
  { value: 'xa', label: 'Xã' },
  { value: 'phuong', label: 'Phường' },
  { value: 'dac_khu', label: 'Đặc khu' },
] as const;

export const UNIT_GROUPS = [
  { value: 'so_nganh', label: 'Các sở, ban, ngành' },
  { value: 'xa_phuong', label: 'UBND các xã, phường' },
] as const;

/** The province's agencies and communes. Communes carry their code from the 2025 registry. */
export const units = {
  id: 'DonVi',
  combine: 'units',
  title: 'Đơn vị',
  hint: 'Các sở, ban, ngành và xã, phường, đặc khu của tỉnh. Xã, phường dùng mã và tên theo danh mục 2025.',
  shape: 'rows',
  required: true,
  columns: [
    text('ma_don_vi', 'Mã đơn vị', {
      hint: 'Xã, phường: mã 5 chữ số theo danh mục; sở, ngành: mã tự đặt, không trùng',
      example: '02908',
    }),
    choice('loai', 'Loại đơn vị', UNIT_KINDS, { hint: '', example: 'xa' }),
    text('ten', 'Tên chính thức', {
      hint: 'Đúng chính tả theo danh mục',
      example: 'Xã Tằng Loỏng',
    }),
    optional(
      text('ten_hien_thi', 'Tên hiển thị', {
        hint: 'Tên dùng trong danh sách; mặc định bỏ chữ "Xã", "Phường"',
        example: 'Tằng Loỏng',
      }),
    ),
    optional(
      choice('nhom', 'Nhóm', UNIT_GROUPS, {
        hint: 'Mặc định theo loại đơn vị',
        example: 'xa_phuong',
      }),
    ),
  ],
} as const satisfies TableDef;
