import type { TableId } from './tables';

/**
 * An identity of a statistical form (REFERENCE §3). A `defines` equation gives an optional
 * total column its value when the cell is blank, and is checked only when it is filled;
 * the others are always checked.
 */
export interface Equation {
  readonly form: string;
  readonly table: TableId;
  readonly label: string;
  readonly total: string;
  readonly parts: readonly string[];
  readonly defines: boolean;
}

const eq = (
  form: string,
  table: TableId,
  label: string,
  total: string,
  parts: string[],
  defines = true,
): Equation => ({ form, table, label, total, parts, defines });

export const EQUATIONS: readonly Equation[] = [
  eq('06c', 'HoSo', '(3) = (4) + (5) + (6)', 'tong_tiep_nhan', [
    'tiep_nhan_truc_tuyen',
    'tiep_nhan_truc_tiep',
    'ky_truoc_chuyen_sang',
  ]),
  eq('06c', 'HoSo', '(7) = (8) + (9) + (10)', 'tong_da_giai_quyet', [
    'giai_quyet_truoc_han',
    'giai_quyet_dung_han',
    'giai_quyet_qua_han',
  ]),
  eq('06c', 'HoSo', '(11) = (12) + (13)', 'tong_dang_giai_quyet', [
    'dang_giai_quyet_trong_han',
    'dang_giai_quyet_qua_han',
  ]),
  eq(
    '06c',
    'HoSo',
    '(3) = (7) + (11)',
    'tong_tiep_nhan',
    ['tong_da_giai_quyet', 'tong_dang_giai_quyet'],
    false,
  ),
  eq('05b', 'PAKN', '(3) = (4) + (5)', 'tong_tiep_nhan', ['ve_quy_dinh', 've_hanh_vi']),
  eq('05b', 'PAKN', '(6) = (7) + (8)', 'tong_da_xu_ly', ['da_xu_ly_dung_han', 'da_xu_ly_qua_han']),
  eq('05b', 'PAKN', '(9) = (10) + (11)', 'tong_dang_xu_ly', [
    'dang_xu_ly_trong_han',
    'dang_xu_ly_qua_han',
  ]),
  eq(
    '05b',
    'PAKN',
    '(3) = (6) + (9)',
    'tong_tiep_nhan',
    ['tong_da_xu_ly', 'tong_dang_xu_ly'],
    false,
  ),
  eq('II.03b', 'CongBo', '(5) = (6) + (7) + (8)', 'tong_tthc', [
    'tthc_moi',
    'tthc_sua_doi',
    'tthc_bai_bo',
  ]),
  eq('II.02c', 'DuThao', '(5) = (6) + (7) + (8)', 'tong_tthc', [
    'tthc_moi',
    'tthc_sua_doi',
    'tthc_bai_bo',
  ]),
];
