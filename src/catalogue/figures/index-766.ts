import type { GroupScores } from '../../compute/index-766';
import type { ReportModel } from '../../compute/report-model';
import { GROUP_COLUMNS, INDICATOR_SETS, SET_2026 } from '../../contract/indicator-sets';
import type { FigureRow } from '../figure-row';

const province = (m: ReportModel) => m.index766?.province ?? null;
const setOf = (m: ReportModel) => INDICATOR_SETS.find((s) => s.id === m.index766?.setId);

/** The province's score in one group of index 766, as a letter states it ("đạt 15,34/18 điểm"). */
function groupScore(id: string, key: keyof GroupScores, name: string): FigureRow {
  return {
    id,
    label: `điểm nhóm ${name}`,
    unit: 'điểm',
    format: 'score',
    value: (m) => province(m)?.scores[key] ?? null,
    prose: [{ before: name, sentence: 'tỉnh {tinh}', fraction: true }],
  };
}

/** The maximum of a group in the indicator set of the reading ("…/12 điểm" since 2026). */
const groupMax = (column: (typeof GROUP_COLUMNS)[number]): FigureRow => ({
  id: `toi_da_${column}`,
  label: `điểm tối đa của nhóm ${SET_2026.groups.find((g) => g.column === column)!.name} (theo bộ chỉ số của lần đọc)`,
  unit: 'điểm',
  format: 'number',
  value: (m) => setOf(m)?.groups.find((g) => g.column === column)?.max ?? null,
});

/** Index 766 (letters): the province's standing at the latest reading. */
export const INDEX_766_FIGURES: readonly FigureRow[] = [
  {
    id: 'tinh_xep_hang',
    label: 'thứ hạng của tỉnh',
    unit: '',
    format: 'number',
    value: (m) => province(m)?.rank ?? null,
    prose: [
      { before: 'xếp thứ', sentence: 'tỉnh {tinh}', fraction: true, over: 'tinh_so_xep_hang' },
    ],
  },
  {
    id: 'tinh_vi_tri',
    label: 'thứ hạng của tỉnh trên số tỉnh, thành phố, như công văn viết ("07/34")',
    unit: '',
    format: 'rank',
    value: (m) => province(m)?.rank ?? null,
    over: (m) => province(m)?.of ?? null,
    prose: [
      { before: 'vị trí thứ', sentence: 'tỉnh {tinh}', fraction: true, over: 'tinh_so_xep_hang' },
    ],
  },
  {
    id: 'tinh_so_xep_hang',
    label: 'số tỉnh, thành phố được xếp hạng',
    unit: '',
    format: 'number',
    value: (m) => province(m)?.of ?? null,
  },
  {
    id: 'tinh_tong_diem',
    label: 'tổng điểm Chỉ số 766 của tỉnh',
    unit: 'điểm',
    format: 'score',
    value: (m) => province(m)?.total ?? null,
    prose: [{ before: 'đạt', sentence: 'tỉnh {tinh}' }],
  },
  groupScore('tinh_cong_khai_minh_bach', 'transparency', 'Công khai minh bạch'),
  groupScore('tinh_tien_do_giai_quyet', 'progress', 'Tiến độ giải quyết'),
  groupScore('tinh_dich_vu_cong_truc_tuyen', 'onlineService', 'Dịch vụ công trực tuyến'),
  groupScore('tinh_thanh_toan_truc_tuyen', 'payment', 'Thanh toán trực tuyến'),
  groupScore('tinh_muc_do_hai_long', 'satisfaction', 'Mức độ hài lòng'),
  groupScore('tinh_so_hoa_ho_so', 'digitisation', 'Số hóa hồ sơ'),
  ...GROUP_COLUMNS.map(groupMax),
  {
    id: 'toi_da_tong',
    label: 'tổng điểm tối đa của bộ chỉ số',
    unit: 'điểm',
    format: 'number',
    value: (m) => setOf(m)?.total.max ?? null,
  },
];
