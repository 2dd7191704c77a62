import type { IndicatorSet } from './indicator-set';

/**
 * The five groups letters of 2025 print (seed 000, August 2025: "Dịch vụ công trực tuyến đạt
 * 16,63/22 điểm"), in the order they list them. The portal of 2025 is not captured here: the
 * set carries no sub-indicators.
 */
export const SET_2025: IndicatorSet = {
  id: '2025',
  name: 'Bộ chỉ số 766 (5 nhóm, áp dụng đến hết năm 2025)',
  from: { year: 2022, month: 6, day: 23 },
  groups: [
    {
      column: 'cong_khai_minh_bach',
      name: 'Công khai, minh bạch',
      letterName: 'Công khai minh bạch',
      max: 18,
      subIndicators: [],
    },
    {
      column: 'tien_do_giai_quyet',
      name: 'Tiến độ giải quyết',
      letterName: 'Tiến độ giải quyết',
      max: 20,
      subIndicators: [],
    },
    {
      column: 'dich_vu_cong_truc_tuyen',
      name: 'Dịch vụ công trực tuyến',
      letterName: 'Dịch vụ công trực tuyến',
      max: 22,
      subIndicators: [],
    },
    {
      column: 'muc_do_hai_long',
      name: 'Mức độ hài lòng',
      letterName: 'Mức độ hài lòng',
      max: 18,
      subIndicators: [],
    },
    {
      column: 'so_hoa_ho_so',
      name: 'Số hóa hồ sơ',
      letterName: 'Số hóa hồ sơ',
      max: 22,
      subIndicators: [],
    },
  ],
  total: { compose: 'sum', max: 100 },
  source: 'Công văn của UBND tỉnh Lào Cai, tháng 8/2025 (seed 000); REFERENCE §4.',
};
