import type { FigureRow } from '../figure-row';

const I7 = { section: 'I.7' } as const;

/** Section I.7: staff of the provincial centre and of the communes' centres (SoLieu). */
export const STAFF_FIGURES: readonly FigureRow[] = [
  {
    id: 'tt_tinh_tong',
    label: 'biên chế của Trung tâm tỉnh',
    unit: 'người',
    format: 'count',
    value: (m) => m.figures.staff.centre.total,
    claim: I7,
    prose: [{ before: 'Biên chế' }],
  },
  {
    id: 'tt_tinh_cong_chuc',
    label: 'số công chức của Trung tâm tỉnh',
    unit: 'công chức',
    format: 'count',
    value: (m) => m.figures.staff.centre.civilServants,
    claim: I7,
    prose: [{ within: 'tt_tinh_tong' }],
  },
  {
    id: 'tt_tinh_vien_chuc',
    label: 'số viên chức của Trung tâm tỉnh',
    unit: 'viên chức',
    format: 'count',
    value: (m) => m.figures.staff.centre.publicEmployees,
    claim: I7,
    prose: [{ within: 'tt_tinh_tong' }],
  },
  {
    id: 'tt_tinh_hop_dong',
    label: 'số hợp đồng lao động của Trung tâm tỉnh',
    unit: 'hợp đồng lao động',
    format: 'count',
    value: (m) => m.figures.staff.centre.contract,
    claim: I7,
    prose: [{ within: 'tt_tinh_tong' }],
  },
  {
    id: 'tt_xa_tong',
    label: 'số cán bộ, công chức tại Trung tâm cấp xã',
    unit: 'người',
    format: 'count',
    value: (m) => m.figures.staff.communes.total,
    claim: I7,
    prose: [{ before: 'cấp xã' }],
  },
  {
    id: 'tt_xa_cu',
    label: 'số công chức được các phòng chuyên môn cử',
    unit: 'công chức',
    format: 'count',
    value: (m) => m.figures.staff.communes.delegated,
    claim: I7,
    prose: [{ after: 'cử', within: 'tt_xa_tong' }],
  },
  {
    id: 'tt_xa_chuyen_trach',
    label: 'số công chức chuyên trách',
    unit: 'công chức',
    format: 'count',
    value: (m) => m.figures.staff.communes.dedicated,
    claim: I7,
    prose: [{ after: 'chuyên trách', within: 'tt_xa_tong' }],
  },
];
